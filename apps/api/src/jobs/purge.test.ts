import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aMessage,
  createOwnDatabase,
  createRunWithParticipants,
  type OwnDatabase,
} from "../features/notifications/notifications-test-world.ts";
import { sha256 } from "../lib/tokens.ts";
import { createPerson, unique } from "../test/fixtures.ts";
import { monthsBefore, purgeExpiredData } from "./purge.ts";

let own: OwnDatabase;
beforeAll(async () => {
  own = await createOwnDatabase();
});
afterAll(() => own.drop());

const now = new Date("2032-06-15T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const days = (n: number) => n * 24 * 60;

describe("the purge", () => {
  it("deletes what has outlived its retention, and keeps the rest", async () => {
    const { db } = own;
    // Outbox: 30 days after it was sent or given up; a message never sent, 30 days after it was queued.
    const outbox = {
      sentLongAgo: { ...aMessage(), createdAt: ago(days(40)), sentAt: ago(days(31)), data: {} },
      sentRecently: { ...aMessage(), createdAt: ago(days(40)), sentAt: ago(days(29)), data: {} },
      failedLongAgo: { ...aMessage(), createdAt: ago(days(35)), failedAt: ago(days(31)) },
      neverSentOld: { ...aMessage(), createdAt: ago(days(31)) },
      queuedToday: { ...aMessage(), createdAt: ago(5) },
    };
    for (const message of Object.values(outbox)) await db.outboxMessage.create({ data: message });

    const idempotency = { old: unique("key"), fresh: unique("key") };
    await db.idempotencyKey.create({
      data: {
        scope: "public",
        key: idempotency.old,
        requestHash: "h",
        status: 201,
        response: {},
        createdAt: ago(25 * 60),
      },
    });
    await db.idempotencyKey.create({
      data: {
        scope: "public",
        key: idempotency.fresh,
        requestHash: "h",
        status: 201,
        response: {},
        createdAt: ago(23 * 60),
      },
    });

    // Registrations: 12 months after the run ended (attendance goes with them); the run itself stays.
    const ended = await createRunWithParticipants(db, {
      phase: "COMPLETED",
      startsOn: "2031-06-10",
      endsOn: "2031-06-14",
      sessions: [{ date: "2031-06-10", startsAt: 540, endsAt: 720 }],
      registrations: [{}, { status: "CANCELLED" }],
    });
    const recent = await createRunWithParticipants(db, {
      phase: "COMPLETED",
      startsOn: "2031-06-15",
      endsOn: "2031-06-15",
      registrations: [{}],
    });
    const leader = await createPerson(db);
    const [attended] = ended.registrations;
    const [session] = ended.sessions;
    if (!attended || !session) throw new Error("no registration or session");
    await db.attendance.create({
      data: { registrationId: attended.id, sessionId: session.id, present: true, recordedById: leader.id },
    });

    // Sign-in sessions: past their absolute expiry, idle for longer than allowed, or alive.
    const person = await createPerson(db);
    const sessionOf = (lastSeenAt: Date, absoluteExpiry: Date) =>
      db.session.create({
        data: {
          tokenHash: sha256(unique("t")),
          csrfToken: unique("c"),
          personId: person.id,
          lastSeenAt,
          absoluteExpiry,
        },
      });
    const expired = await sessionOf(ago(5), ago(1));
    const idle = await sessionOf(ago(31), new Date(now.getTime() + 60 * 60_000));
    const alive = await sessionOf(ago(5), new Date(now.getTime() + 60 * 60_000));

    await db.signInThrottle.createMany({
      data: [
        { keyHash: "old-window", failures: 3, windowStart: ago(16) },
        { keyHash: "current-window", failures: 3, windowStart: ago(5) },
      ],
    });
    await db.oidcLogin.createMany({
      data: [
        { stateHash: "abandoned", codeVerifier: "v", nonce: "n", returnTo: "/", createdAt: ago(11) },
        { stateHash: "under-way", codeVerifier: "v", nonce: "n", returnTo: "/", createdAt: ago(1) },
      ],
    });

    expect(await purgeExpiredData(db, now, { sessionIdleMinutes: 30 })).toEqual({
      outboxMessages: 3,
      idempotencyKeys: 1,
      registrations: 2,
      sessions: 2,
      signInThrottles: 1,
      oidcLogins: 1,
    });

    const outboxLeft = await db.outboxMessage.findMany({ select: { dedupeKey: true } });
    expect(outboxLeft.map((row) => row.dedupeKey).sort()).toEqual(
      [outbox.sentRecently.dedupeKey, outbox.queuedToday.dedupeKey].sort(),
    );
    expect((await db.idempotencyKey.findMany()).map((row) => row.key)).toEqual([idempotency.fresh]);
    expect(await db.registration.count({ where: { runId: ended.run.id } })).toBe(0);
    expect(await db.attendance.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.courseRun.count({ where: { id: ended.run.id } })).toBe(1);
    expect(await db.registration.count({ where: { runId: recent.run.id } })).toBe(1);
    const sessionsLeft = (await db.session.findMany({ where: { personId: person.id } })).map((row) => row.id);
    expect(sessionsLeft).toEqual([alive.id]);
    expect(sessionsLeft).not.toContain(expired.id);
    expect(sessionsLeft).not.toContain(idle.id);
    expect((await db.signInThrottle.findMany()).map((row) => row.keyHash)).toEqual(["current-window"]);
    expect((await db.oidcLogin.findMany()).map((row) => row.stateHash)).toEqual(["under-way"]);

    // Running it again (another replica, the next hour) finds nothing more.
    expect(await purgeExpiredData(db, now, { sessionIdleMinutes: 30 })).toEqual({
      outboxMessages: 0,
      idempotencyKeys: 0,
      registrations: 0,
      sessions: 0,
      signInThrottles: 0,
      oidcLogins: 0,
    });
  });
});

describe("monthsBefore", () => {
  it("steps back whole calendar months from the Oslo date", () => {
    expect(monthsBefore(new Date("2032-06-15T10:00:00Z"), 12)).toBe("2031-06-15");
    expect(monthsBefore(new Date("2031-05-31T10:00:00Z"), 1)).toBe("2031-04-30");
    expect(monthsBefore(new Date("2032-02-29T10:00:00Z"), 12)).toBe("2031-02-28");
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(monthsBefore(new Date("2031-12-31T23:30:00Z"), 12)).toBe("2031-01-01");
  });
});
