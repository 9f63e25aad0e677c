import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemChangesSchema, sessionChangesSchema } from "./programme.schema.ts";
import {
  clampPosition,
  formatTime,
  fundingHoursMet,
  type ItemFacts,
  parseTime,
  programmeItemKinds,
  sessionFieldErrors,
  sessionWarnings,
  teachingMinutes,
} from "./programme.ts";
import { type Role, roleSchema } from "./roles.ts";

const item: fc.Arbitrary<ItemFacts> = fc.record({
  kind: fc.constantFrom(...programmeItemKinds),
  minutes: fc.integer({ min: 5, max: 600 }),
  presenters: fc.array(fc.record({ role: fc.constantFrom(...roleSchema.options) }), { maxLength: 3 }),
});

const talk = (minutes: number, role: Role = "PROFESSIONAL"): ItemFacts => ({
  kind: "TALK",
  minutes,
  presenters: [{ role }],
});

describe("teaching time", () => {
  it("counts every minute but breaks", () => {
    expect(teachingMinutes([talk(45), { kind: "BREAK", minutes: 15, presenters: [] }, talk(30)])).toBe(75);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const breaks = items.filter((i) => i.kind === "BREAK").reduce((sum, i) => sum + i.minutes, 0);
        const all = items.reduce((sum, i) => sum + i.minutes, 0);
        expect(teachingMinutes(items)).toBe(all - breaks);
      }),
    );
  });

  it("meets the hospital funding rule from 7 teaching hours", () => {
    expect(fundingHoursMet(419)).toBe(false);
    expect(fundingHoursMet(420)).toBe(true);
    expect(fundingHoursMet(0)).toBe(false);
  });
});

describe("session warnings", () => {
  const day = { startsAt: 9 * 60, endsAt: 15 * 60 };

  it("warns on a session without a user representative's contribution or experience sharing", () => {
    expect(sessionWarnings({ ...day, items: [] })).toEqual([
      "no_user_representative_contribution",
      "no_experience_sharing",
    ]);
    expect(sessionWarnings({ ...day, items: [talk(60)] })).toEqual([
      "no_user_representative_contribution",
      "no_experience_sharing",
    ]);
  });

  it("is satisfied by a user story from a user representative", () => {
    const story: ItemFacts = { kind: "USER_STORY", minutes: 30, presenters: [{ role: "USER_REPRESENTATIVE" }] };
    expect(sessionWarnings({ ...day, items: [talk(60), story] })).toEqual([]);
  });

  it("counts a group conversation as experience sharing, whoever leads it", () => {
    const conversation: ItemFacts = { kind: "GROUP_CONVERSATION", minutes: 45, presenters: [] };
    expect(sessionWarnings({ ...day, items: [conversation] })).toEqual(["no_user_representative_contribution"]);
  });

  it("warns when the items need more time than the session has", () => {
    const full = [talk(180, "USER_REPRESENTATIVE"), { kind: "USER_STORY", minutes: 180, presenters: [] } as ItemFacts];
    expect(sessionWarnings({ ...day, items: full })).toEqual([]);
    expect(sessionWarnings({ ...day, items: [...full, { kind: "BREAK", minutes: 5, presenters: [] }] })).toEqual([
      "items_exceed_session",
    ]);
  });

  it("warns exactly when each rule is broken", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 439 }),
        fc.array(item, { maxLength: 8 }),
        (startsAt, length, items) => {
          const warnings = sessionWarnings({ startsAt, endsAt: startsAt + length, items });
          const userVoice = items.some((i) => i.presenters.some((p) => p.role === "USER_REPRESENTATIVE"));
          const sharing = items.some((i) => i.kind === "USER_STORY" || i.kind === "GROUP_CONVERSATION");
          const planned = items.reduce((sum, i) => sum + i.minutes, 0);
          expect(warnings.includes("no_user_representative_contribution")).toBe(!userVoice);
          expect(warnings.includes("no_experience_sharing")).toBe(!sharing);
          expect(warnings.includes("items_exceed_session")).toBe(planned > length);
        },
      ),
    );
  });
});

describe("times of day", () => {
  it("converts between HH:MM and minutes after midnight, both ways", () => {
    expect(parseTime("00:00")).toBe(0);
    expect(parseTime("09:30")).toBe(570);
    expect(parseTime("23:59")).toBe(1439);
    expect(formatTime(570)).toBe("09:30");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseTime(formatTime(minutes))).toBe(minutes);
      }),
    );
  });

  it("refuses what is not a time of day", () => {
    for (const bad of ["24:00", "9:30", "09:60", "0930", "09:30:00", "", " 09:30"]) expect(parseTime(bad)).toBeNull();
    expect(() => formatTime(1440)).toThrow(RangeError);
    expect(() => formatTime(-1)).toThrow(RangeError);
    expect(() => formatTime(1.5)).toThrow(RangeError);
  });
});

describe("a session's date and hours", () => {
  const run = { startsOn: "2030-03-01", endsOn: "2030-03-08" };

  it("must end after it starts and lie within the run", () => {
    expect(sessionFieldErrors({ date: "2030-03-01", startsAt: "09:00", endsAt: "15:00" }, run)).toEqual([]);
    expect(sessionFieldErrors({ date: "2030-03-08", startsAt: "09:00", endsAt: "09:00" }, run)).toEqual([
      { field: "endsAt", code: "before_start" },
    ]);
    expect(sessionFieldErrors({ date: "2030-02-28", startsAt: "15:00", endsAt: "09:00" }, run)).toEqual([
      { field: "endsAt", code: "before_start" },
      { field: "date", code: "outside_run" },
    ]);
    expect(sessionFieldErrors({ date: "2030-03-09", startsAt: "9", endsAt: "10:00" }, run)).toEqual([
      { field: "startsAt", code: "invalid_time" },
      { field: "date", code: "outside_run" },
    ]);
  });

  it("is checked as the schema describes", () => {
    const ok = { date: "2030-03-01", startsAt: "09:00", endsAt: "15:00", place: "Auditoriet", videoLink: null };
    expect(sessionChangesSchema.safeParse(ok).success).toBe(true);
    expect(sessionChangesSchema.safeParse({ ...ok, startsAt: "9:00" }).success).toBe(false);
    expect(sessionChangesSchema.safeParse({ ...ok, videoLink: "javascript:alert(1)" }).success).toBe(false);
    expect(sessionChangesSchema.safeParse({ ...ok, place: "x".repeat(201) }).success).toBe(false);
    const itemOk = { kind: "TALK", title: " Om diabetes ", minutes: 45, presenterIds: [] };
    expect(itemChangesSchema.parse(itemOk).title).toBe("Om diabetes");
    expect(itemChangesSchema.safeParse({ ...itemOk, minutes: 4 }).success).toBe(false);
    expect(itemChangesSchema.safeParse({ ...itemOk, title: "  " }).success).toBe(false);
    expect(
      itemChangesSchema.safeParse({ ...itemOk, presenterIds: Array(7).fill("0193f5d2-7c1a-7000-8000-00000000dead") })
        .success,
    ).toBe(false);
  });
});

describe("positions", () => {
  it("keeps a requested position within the list, at the end when none is asked for", () => {
    expect(clampPosition(undefined, 4)).toBe(4);
    expect(clampPosition(2, 4)).toBe(2);
    expect(clampPosition(9, 4)).toBe(4);
    expect(clampPosition(0, 4)).toBe(1);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }),
        fc.integer({ min: 1, max: 40 }),
        (requested, last) => {
          const position = clampPosition(requested, last);
          expect(position).toBeGreaterThanOrEqual(1);
          expect(position).toBeLessThanOrEqual(last);
        },
      ),
    );
  });
});
