import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOwnDatabase, createRunWithParticipants, type OwnDatabase } from "./notifications-test-world.ts";
import { enqueueSessionReminders } from "./session-reminders.ts";

let own: OwnDatabase;
beforeAll(async () => {
  own = await createOwnDatabase();
});
afterAll(() => own.drop());
// The job looks at every run in the database: each test starts from none.
beforeEach(async () => {
  await own.db.outboxMessage.deleteMany();
  await own.db.course.deleteMany();
});

const reminders = () =>
  own.db.outboxMessage.findMany({ where: { kind: "SESSION_REMINDER" }, orderBy: { dedupeKey: "asc" } });

describe("session reminders", () => {
  it("reminds confirmed participants with an email of sessions starting within 24 hours, once", async () => {
    // 09:00 in Oslo on Friday 10 January 2031 (winter time, UTC+1).
    const now = new Date("2031-01-10T08:00:00Z");
    const { run, sessions, registrations } = await createRunWithParticipants(own.db, {
      phase: "READY",
      startsOn: "2031-01-10",
      endsOn: "2031-01-11",
      venue: "Lenvik helsehus",
      sessions: [
        { date: "2031-01-10", startsAt: 8 * 60, endsAt: 11 * 60 }, // started an hour ago
        { date: "2031-01-10", startsAt: 18 * 60, endsAt: 20 * 60, videoLink: "https://video.example/kveld" },
        { date: "2031-01-11", startsAt: 8 * 60 + 30, endsAt: 12 * 60, place: "Rom 2" }, // in 23.5 hours
        { date: "2031-01-11", startsAt: 9 * 60 + 30, endsAt: 12 * 60 }, // in 24.5 hours
      ],
      registrations: [
        { name: "Kari Nordmann", email: "kari@test.example", locale: "nn" },
        { email: null },
        { status: "WAITING" },
        { status: "OFFERED" },
        { status: "CANCELLED" },
      ],
    });
    const kari = registrations[0];
    if (!kari) throw new Error("no registration");

    expect(await enqueueSessionReminders(own.db, now)).toBe(2);
    const queued = await reminders();
    expect(queued.map((message) => message.dedupeKey).sort()).toEqual(
      [`reminder:${kari.id}:${sessions[1]?.id}`, `reminder:${kari.id}:${sessions[2]?.id}`].sort(),
    );
    const evening = queued.find((message) => message.dedupeKey.endsWith(sessions[1]?.id ?? "?"));
    expect(evening).toMatchObject({ recipient: "kari@test.example", locale: "nn" });
    const course = await own.db.course.findFirstOrThrow({ where: { runs: { some: { id: run.id } } } });
    expect(evening?.data).toEqual({
      name: "Kari Nordmann",
      courseTitle: course.title,
      date: "2031-01-10",
      startsAt: 18 * 60,
      endsAt: 20 * 60,
      place: "Lenvik helsehus", // the run's venue when the session names no place
      videoLink: "https://video.example/kveld",
    });
    const morning = queued.find((message) => message.dedupeKey.endsWith(sessions[2]?.id ?? "?"));
    expect(morning?.data).toMatchObject({ place: "Rom 2", videoLink: null });

    // Every 15 minutes the job sees the same sessions again: nothing new is queued.
    expect(await enqueueSessionReminders(own.db, new Date(now.getTime() + 15 * 60_000))).toBe(0);
    expect(await reminders()).toHaveLength(2);
  });

  it("counts the hours in Norwegian summer time too (UTC+2)", async () => {
    // 09:00 in Oslo on Tuesday 10 June 2031.
    const now = new Date("2031-06-10T07:00:00Z");
    const { sessions, registrations } = await createRunWithParticipants(own.db, {
      phase: "RUNNING",
      startsOn: "2031-06-09",
      endsOn: "2031-06-11",
      sessions: [
        { date: "2031-06-11", startsAt: 8 * 60 + 30, endsAt: 10 * 60 }, // 06:30 UTC: in 23.5 hours
        { date: "2031-06-11", startsAt: 9 * 60 + 30, endsAt: 11 * 60 }, // 07:30 UTC: in 24.5 hours
      ],
    });
    expect(await enqueueSessionReminders(own.db, now)).toBe(1);
    expect((await reminders()).map((message) => message.dedupeKey)).toEqual([
      `reminder:${registrations[0]?.id}:${sessions[0]?.id}`,
    ]);
  });

  it("reminds nobody of runs that are not published", async () => {
    const now = new Date("2031-01-10T08:00:00Z");
    for (const phase of ["PLANNING", "EVALUATION", "COMPLETED", "CANCELLED"] as const) {
      await createRunWithParticipants(own.db, {
        phase,
        startsOn: "2031-01-10",
        sessions: [{ date: "2031-01-10", startsAt: 18 * 60, endsAt: 20 * 60 }],
      });
    }
    expect(await enqueueSessionReminders(own.db, now)).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });
});
