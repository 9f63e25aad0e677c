import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceEntriesSchema } from "./attendance.schema.ts";
import {
  attendanceFigures,
  attendancePhases,
  attendanceRate,
  fundingCheck,
  fundingRule,
  isAttendancePhase,
  isRecordableSession,
} from "./enrolment.ts";
import { runPhases } from "./phase.ts";
import { fundingTeachingMinutes } from "./programme.ts";

// The attendance rules of enrolment.ts: the figures, the funding check and when attendance may be recorded.

const participants = ["p1", "p2", "p3", "p4", "p5"].map((id) => ({ id }));
const sessions = [
  { id: "s1", date: "2026-03-02" },
  { id: "s2", date: "2026-03-09" },
  { id: "s3", date: "2026-03-16" },
];
const mark = (registrationId: string, sessionId: string, present = true) => ({ registrationId, sessionId, present });

describe("attendanceFigures", () => {
  it("counts 3 sessions × 5 participants by hand: 12 of 15 is exactly 80 %", () => {
    // p1–p4 at every session; p5 at none (s1 marked absent, s2 and s3 not marked at all).
    const marks = [
      ...["p1", "p2", "p3", "p4"].flatMap((p) => sessions.map((s) => mark(p, s.id))),
      mark("p5", "s1", false),
    ];
    const figures = attendanceFigures({ today: "2026-04-01", participants, sessions, marks });
    expect(figures.sessions).toEqual([
      { sessionId: "s1", counted: true, present: 4, recorded: 5 },
      { sessionId: "s2", counted: true, present: 4, recorded: 4 },
      { sessionId: "s3", counted: true, present: 4, recorded: 4 },
    ]);
    expect(figures.participants.map((p) => [p.registrationId, p.present, p.rate])).toEqual([
      ["p1", 3, 1],
      ["p2", 3, 1],
      ["p3", 3, 1],
      ["p4", 3, 1],
      ["p5", 0, 0],
    ]);
    expect(figures).toMatchObject({ present: 12, expected: 15, rate: 0.8 });
    expect(fundingCheck(7 * 60, figures.rate)).toEqual({
      teachingMinutes: 420,
      attendanceRate: 0.8,
      enoughHours: true,
      enoughAttendance: true,
      met: true,
    });
  });

  it("one absence more is below 80 %: 11 of 15", () => {
    const marks = ["p1", "p2", "p3", "p4"].flatMap((p) =>
      sessions.map((s) => mark(p, s.id, !(p === "p4" && s.id === "s3"))),
    );
    const figures = attendanceFigures({ today: "2026-04-01", participants, sessions, marks });
    expect(figures).toMatchObject({ present: 11, expected: 15 });
    expect(figures.rate).toBeCloseTo(11 / 15);
    expect(fundingCheck(600, figures.rate)).toMatchObject({ enoughHours: true, enoughAttendance: false, met: false });
  });

  it("counts a session once its day is over or once anything is recorded for it, not before", () => {
    const today = "2026-03-09";
    // s1 is over and nobody marked it: everyone counts as absent. s2 is today, s3 ahead: not counted yet.
    const before = attendanceFigures({ today, participants, sessions, marks: [] });
    expect(before.sessions.map((s) => s.counted)).toEqual([true, false, false]);
    expect(before).toMatchObject({ present: 0, expected: 5, rate: 0 });

    // The first mark of today's session makes it count: the other four are expected too.
    const started = attendanceFigures({ today, participants, sessions, marks: [mark("p1", "s2")] });
    expect(started.sessions.map((s) => s.counted)).toEqual([true, true, false]);
    expect(started).toMatchObject({ present: 1, expected: 10, rate: 0.1 });
    expect(started.participants[0]).toEqual({ registrationId: "p1", present: 1, rate: 0.5 });
  });

  it("has no rate while nothing counts, and no rate without participants", () => {
    const early = attendanceFigures({ today: "2026-01-01", participants, sessions, marks: [] });
    expect(early).toMatchObject({ present: 0, expected: 0, rate: null });
    expect(early.participants.every((p) => p.rate === null)).toBe(true);
    expect(fundingCheck(600, early.rate)).toMatchObject({ enoughAttendance: false, met: false });

    const empty = attendanceFigures({ today: "2026-04-01", participants: [], sessions, marks: [] });
    expect(empty).toMatchObject({ expected: 0, rate: null });
  });

  it("ignores marks of registrations that are not confirmed participants, and of unknown sessions", () => {
    const figures = attendanceFigures({
      today: "2026-04-01",
      participants: [{ id: "p1" }],
      sessions: [sessions[0] ?? { id: "s1", date: "2026-03-02" }],
      marks: [mark("p1", "s1"), mark("cancelled", "s1"), mark("p1", "another-run")],
    });
    expect(figures.sessions).toEqual([{ sessionId: "s1", counted: true, present: 1, recorded: 1 }]);
    expect(figures).toMatchObject({ present: 1, expected: 1, rate: 1 });
  });

  it("keeps the last of two marks of the same pair (a changed tap)", () => {
    const figures = attendanceFigures({
      today: "2026-04-01",
      participants: [{ id: "p1" }],
      sessions: [{ id: "s1", date: "2026-03-02" }],
      marks: [mark("p1", "s1", true), mark("p1", "s1", false)],
    });
    expect(figures).toMatchObject({ present: 0, expected: 1, rate: 0 });
    expect(figures.sessions[0]).toMatchObject({ present: 0, recorded: 1 });
  });

  it("always has 0 ≤ present ≤ expected and a rate that is their quotient", () => {
    const ids = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 6 });
    fc.assert(
      fc.property(
        ids,
        fc.uniqueArray(fc.constantFrom("s1", "s2", "s3", "s4"), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "x"), fc.constantFrom("s1", "s2", "s3", "s9"), fc.boolean())),
        fc.constantFrom("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"),
        (people, sessionIds, rawMarks, today) => {
          const figures = attendanceFigures({
            today,
            participants: people.map((id) => ({ id })),
            sessions: sessionIds.map((id, index) => ({ id, date: `2026-01-0${index + 1}` })),
            marks: rawMarks.map(([registrationId, sessionId, present]) => ({ registrationId, sessionId, present })),
          });
          expect(figures.present).toBeGreaterThanOrEqual(0);
          expect(figures.present).toBeLessThanOrEqual(figures.expected);
          expect(figures.rate).toBe(figures.expected === 0 ? null : figures.present / figures.expected);
          const countedSessions = figures.sessions.filter((s) => s.counted);
          expect(figures.expected).toBe(people.length * countedSessions.length);
          expect(figures.present).toBe(countedSessions.reduce((sum, s) => sum + s.present, 0));
          for (const session of figures.sessions) expect(session.present).toBeLessThanOrEqual(session.recorded);
        },
      ),
    );
  });
});

describe("fundingCheck", () => {
  it("needs 7 teaching hours exactly (the programme's rule) and 80 % exactly", () => {
    expect(fundingRule.minTeachingMinutes).toBe(fundingTeachingMinutes);
    expect(fundingCheck(419, 1)).toMatchObject({ enoughHours: false, enoughAttendance: true, met: false });
    expect(fundingCheck(420, 0.8)).toMatchObject({ enoughHours: true, enoughAttendance: true, met: true });
    expect(fundingCheck(420, 0.7999)).toMatchObject({ enoughAttendance: false, met: false });
    expect(fundingCheck(420, null)).toMatchObject({ attendanceRate: null, enoughAttendance: false, met: false });
  });

  it("reads an exact 80 % from whole counts as enough, whatever the counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (k) => {
        expect(fundingCheck(420, attendanceRate(4 * k, 5 * k)).enoughAttendance).toBe(true);
        expect(fundingCheck(420, attendanceRate(4 * k - 1, 5 * k)).enoughAttendance).toBe(false);
      }),
    );
  });
});

describe("when attendance may be recorded", () => {
  it("from the day before a session, never further ahead", () => {
    expect(isRecordableSession("2026-03-09", "2026-03-09")).toBe(true);
    expect(isRecordableSession("2026-03-01", "2026-03-09")).toBe(true);
    expect(isRecordableSession("2026-03-10", "2026-03-09")).toBe(true);
    expect(isRecordableSession("2026-03-11", "2026-03-09")).toBe(false);
    // Across the end of a month and a year.
    expect(isRecordableSession("2027-01-01", "2026-12-31")).toBe(true);
    expect(isRecordableSession("2027-01-02", "2026-12-31")).toBe(false);
  });

  it("while the run is ready, running or being evaluated", () => {
    expect(runPhases.filter(isAttendancePhase)).toEqual([...attendancePhases]);
    expect(attendancePhases).toEqual(["READY", "RUNNING", "EVALUATION"]);
  });
});

describe("attendanceEntriesSchema", () => {
  const id = (n: number) => `0193f5d2-7c1a-7000-8000-${String(n).padStart(12, "0")}`;

  it("takes one entry or many, each registration once", () => {
    expect(attendanceEntriesSchema.safeParse({ entries: [{ registrationId: id(1), present: true }] }).success).toBe(
      true,
    );
    const twice = attendanceEntriesSchema.safeParse({
      entries: [
        { registrationId: id(1), present: true },
        { registrationId: id(2), present: false },
        { registrationId: id(1), present: false },
      ],
    });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["entries.2.registrationId", "duplicate_entry"],
    ]);
  });

  it("refuses no entries, unknown fields and more than a whole list", () => {
    expect(attendanceEntriesSchema.safeParse({ entries: [] }).success).toBe(false);
    expect(
      attendanceEntriesSchema.safeParse({ entries: [{ registrationId: id(1), present: true, diagnosis: "E11" }] })
        .success,
    ).toBe(false);
    const many = Array.from({ length: 201 }, (_, n) => ({ registrationId: id(n), present: true }));
    expect(attendanceEntriesSchema.safeParse({ entries: many }).success).toBe(false);
  });
});
