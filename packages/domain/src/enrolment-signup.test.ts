import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  offerExpiry,
  offerHoldHours,
  offersSeats,
  placementFor,
  referralDateIssue,
  type SignupFacts,
  signupState,
} from "./enrolment.ts";
import { runPhases } from "./phase.ts";

const facts: SignupFacts = {
  phase: "READY",
  enrolment: "DIRECT",
  startsOn: "2030-03-10",
  signupClosesOn: null,
  capacity: 12,
  seatsTaken: 0,
  waiting: 0,
};

describe("the sign-up state", () => {
  it("is open with the seats left, and a waiting list once full or when someone waits", () => {
    expect(signupState({ ...facts, seatsTaken: 5 }, "2030-03-01")).toEqual({ state: "open", seatsLeft: 7 });
    expect(signupState({ ...facts, seatsTaken: 12 }, "2030-03-01")).toEqual({ state: "waiting_list", waiting: 0 });
    expect(signupState({ ...facts, seatsTaken: 11, waiting: 2 }, "2030-03-01")).toEqual({
      state: "waiting_list",
      waiting: 2,
    });
  });

  it("is closed when cancelled, unpublished, started or past the deadline; referral runs take referrals", () => {
    expect(signupState({ ...facts, phase: "CANCELLED" }, "2030-03-01")).toEqual({
      state: "closed",
      reason: "cancelled",
    });
    expect(signupState({ ...facts, phase: "PLANNING" }, "2030-03-01")).toEqual({
      state: "closed",
      reason: "not_published",
    });
    expect(signupState(facts, "2030-03-10")).toEqual({ state: "closed", reason: "started" });
    expect(signupState(facts, "2030-03-09").state).toBe("open");
    expect(signupState({ ...facts, signupClosesOn: "2030-03-05" }, "2030-03-06")).toEqual({
      state: "closed",
      reason: "deadline_passed",
    });
    expect(signupState({ ...facts, enrolment: "REFERRAL" }, "2030-03-01")).toEqual({ state: "referral" });
  });

  it("places a new registration exactly as the state says", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (capacity, seatsTaken, waiting) => {
          const state = signupState({ ...facts, capacity, seatsTaken, waiting }, "2030-03-01");
          const placement = placementFor({ capacity, seatsTaken, waiting });
          expect(placement === "CONFIRMED").toBe(state.state === "open");
          if (seatsTaken >= capacity) expect(placement).toBe("WAITING");
        },
      ),
    );
  });
});

describe("offering freed seats", () => {
  it("happens before the run starts, while it is planned or ready", () => {
    const offered = runPhases.filter((phase) => offersSeats({ phase, startsOn: "2030-03-10" }, "2030-03-09"));
    expect(offered).toEqual(["PLANNING", "READY", "RUNNING"]);
    expect(offersSeats({ phase: "READY", startsOn: "2030-03-10" }, "2030-03-10")).toBe(false);
  });

  it("holds the seat for the offer's hours", () => {
    const now = new Date("2030-03-01T10:00:00Z");
    expect(offerExpiry(now).toISOString()).toBe("2030-03-03T10:00:00.000Z");
    expect(offerExpiry(now).getTime() - now.getTime()).toBe(offerHoldHours * 3_600_000);
  });
});

describe("the referral date", () => {
  it("is required on referral runs and may not lie in the future", () => {
    expect(referralDateIssue("REFERRAL", null, "2030-03-01")).toBe("referral_date_required");
    expect(referralDateIssue("DIRECT", null, "2030-03-01")).toBeNull();
    expect(referralDateIssue("REFERRAL", "2030-03-01", "2030-03-01")).toBeNull();
    expect(referralDateIssue("REFERRAL", "2030-03-02", "2030-03-01")).toBe("referral_date_in_future");
    expect(referralDateIssue("DIRECT", "2030-03-02", "2030-03-01")).toBe("referral_date_in_future");
  });
});
