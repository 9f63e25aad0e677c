import type { RunPhase } from "./phase.ts";

// Who may join a run, and when: pure rules shared by the catalogue (which shows the state), the
// sign-up service (which enforces it under the run's lock) and staff screens.

/** Phases in which a run is published in the public catalogue: signed ready, or under way. */
export const publishedPhases = ["READY", "RUNNING"] as const satisfies readonly RunPhase[];

/** Statuses that hold a seat: a confirmed participant, or one with a seat on offer. */
export const seatHoldingStatuses = ["CONFIRMED", "OFFERED"] as const;
/** Statuses that count as signed up (a second sign-up with the same email is a duplicate). */
export const activeStatuses = ["CONFIRMED", "WAITING", "OFFERED"] as const;

/** How long a freed seat is held for the next person on the waiting list. */
export const offerHoldHours = 48;

export type SignupFacts = {
  phase: RunPhase;
  enrolment: "DIRECT" | "REFERRAL";
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  signupClosesOn: string | null;
  capacity: number;
  /** Seats held now (confirmed + offered). */
  seatsTaken: number;
  /** People waiting (waiting + offered beyond capacity never happens: offers hold seats). */
  waiting: number;
};

/**
 * The sign-up state of a run on a given day (Europe/Oslo calendar date, YYYY-MM-DD):
 * `open` (a seat is free), `waiting_list` (full: a sign-up joins the waiting list), `referral`
 * (staff register referred participants), or `closed` with a reason.
 */
export type SignupState =
  | { state: "open"; seatsLeft: number }
  | { state: "waiting_list"; waiting: number }
  | { state: "referral" }
  | { state: "closed"; reason: "not_published" | "cancelled" | "deadline_passed" | "started" };

/** The last day to sign up: the run's own deadline, or the day before it starts. */
export const lastSignupDay = (facts: Pick<SignupFacts, "startsOn" | "signupClosesOn">): string =>
  facts.signupClosesOn ?? addDays(facts.startsOn, -1);

export function signupState(facts: SignupFacts, today: string): SignupState {
  if (facts.phase === "CANCELLED") return { state: "closed", reason: "cancelled" };
  if (!(publishedPhases as readonly RunPhase[]).includes(facts.phase))
    return { state: "closed", reason: "not_published" };
  if (today >= facts.startsOn) return { state: "closed", reason: "started" };
  if (today > lastSignupDay(facts)) return { state: "closed", reason: "deadline_passed" };
  if (facts.enrolment === "REFERRAL") return { state: "referral" };
  const seatsLeft = facts.capacity - facts.seatsTaken;
  if (seatsLeft > 0 && facts.waiting === 0) return { state: "open", seatsLeft };
  return { state: "waiting_list", waiting: facts.waiting };
}

/** The hospital funding rule: at least 7 teaching hours and at least 80 % attendance. */
export const fundingRule = { minTeachingMinutes: 7 * 60, minAttendanceRate: 0.8 } as const;

export type FundingCheck = {
  teachingMinutes: number;
  /** Share of (participant, session) pairs attended, 0–1; null before any attendance is recorded. */
  attendanceRate: number | null;
  enoughHours: boolean;
  enoughAttendance: boolean;
  met: boolean;
};

export function fundingCheck(teachingMinutes: number, attendanceRate: number | null): FundingCheck {
  const enoughHours = teachingMinutes >= fundingRule.minTeachingMinutes;
  const enoughAttendance = attendanceRate !== null && attendanceRate >= fundingRule.minAttendanceRate;
  return { teachingMinutes, attendanceRate, enoughHours, enoughAttendance, met: enoughHours && enoughAttendance };
}

/** Attendance rate: attended pairs over recorded pairs; null when nothing is recorded. */
export function attendanceRate(records: readonly { present: boolean }[]): number | null {
  if (records.length === 0) return null;
  return records.filter((record) => record.present).length / records.length;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
