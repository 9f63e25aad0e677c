import { describe, expect, it } from "vitest";
import { catalogueFilterNames, catalogueQuerySchema, signupStateSchema } from "./catalogue.schema.ts";
import { signupState } from "./enrolment.ts";

const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}:${issue.message}`);

describe("the catalogue's query", () => {
  it("pages 20 at a time by default and at most 50", () => {
    expect(catalogueQuerySchema.parse({}).limit).toBe(20);
    expect(catalogueQuerySchema.parse({ limit: "50" }).limit).toBe(50);
    expect(catalogueQuerySchema.safeParse({ limit: "51" }).success).toBe(false);
    expect(catalogueQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
  });

  it("names the later date when the window is reversed, and allows a one-day window", () => {
    expect(fields(catalogueQuerySchema.safeParse({ from: "2031-05-02", to: "2031-05-01" }))).toEqual([
      "to:to_before_from",
    ]);
    expect(catalogueQuerySchema.safeParse({ from: "2031-05-01", to: "2031-05-01" }).success).toBe(true);
  });

  it("offers patients and relatives as target groups (a course for both matches either), and checks codes", () => {
    expect(catalogueQuerySchema.safeParse({ targetGroup: "BOTH" }).success).toBe(false);
    expect(catalogueQuerySchema.safeParse({ format: "FOO" }).success).toBe(false);
    expect(fields(catalogueQuerySchema.safeParse({ language: "Norsk" }))).toEqual(["language:invalid_language"]);
    expect(catalogueQuerySchema.parse({ q: "  diabetes  " }).q).toBe("diabetes");
  });

  it("lists the filters the URL may carry", () => {
    expect(catalogueFilterNames).toEqual([
      "q",
      "region",
      "municipality",
      "unit",
      "diagnosis",
      "targetGroup",
      "format",
      "language",
      "from",
      "to",
    ]);
  });

  it("describes every sign-up state signupState() can give", () => {
    const facts = {
      phase: "READY" as const,
      enrolment: "DIRECT" as const,
      startsOn: "2031-03-10",
      signupClosesOn: null,
      capacity: 2,
      seatsTaken: 0,
      waiting: 0,
    };
    const states = [
      signupState(facts, "2031-03-01"),
      signupState({ ...facts, seatsTaken: 2, waiting: 1 }, "2031-03-01"),
      signupState({ ...facts, enrolment: "REFERRAL" }, "2031-03-01"),
      signupState(facts, "2031-03-10"),
      signupState({ ...facts, phase: "PLANNING" }, "2031-03-01"),
    ];
    expect(states.map((state) => state.state)).toEqual(["open", "waiting_list", "referral", "closed", "closed"]);
    for (const state of states) expect(signupStateSchema.parse(state)).toEqual(state);
  });
});
