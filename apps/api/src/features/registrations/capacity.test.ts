import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCsrfHeaders, createTestApp } from "../../test/fixtures.ts";
import { createRegistrationWorld, signUpBody } from "./registrations-test-world.ts";

// Capacity under concurrency: the run's row is the lock, so sign-ups that arrive together take turns
// and every one of them sees the seats the ones before it took. The sign-ups go to four instances of
// the app, each with its own connection pool (as four replicas would), so that what keeps them apart
// is the database's lock, not the queue each instance keeps in memory.

let t: Awaited<ReturnType<typeof createTestApp>>;
let replicas: Awaited<ReturnType<typeof createTestApp>>[] = [];
beforeAll(async () => {
  t = await createTestApp();
  replicas = [t, await createTestApp(), await createTestApp(), await createTestApp()];
});
afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
});

describe("50 people signing up at once for 12 seats", () => {
  it("confirms exactly 12, puts 38 on the waiting list in order of arrival, and loses or doubles nobody", async () => {
    const w = await createRegistrationWorld(t.db, { capacity: 12 });
    const csrf = await anonymousCsrfHeaders(t.app);
    const bodies = Array.from({ length: 50 }, (_, index) => signUpBody({ name: `Deltaker ${index + 1}` }));
    const responses = await Promise.all(
      bodies.map((body, index) =>
        (replicas[index % replicas.length] ?? t).app.inject({
          method: "POST",
          url: `/api/catalogue/runs/${w.runId}/registrations`,
          headers: csrf,
          payload: body,
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(bodies.map(() => 201));
    const answers = responses.map((response) => response.json() as { status: string; position?: number });
    expect(answers.filter((answer) => answer.status === "CONFIRMED")).toHaveLength(12);
    expect(
      answers
        .map((answer) => answer.position)
        .filter((position) => position !== undefined)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 38 }, (_, index) => index + 1));

    const rows = await t.db.registration.findMany({ where: { runId: w.runId } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.email)).size).toBe(50);
    expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(12);
    const waiting = rows
      .filter((row) => row.status === "WAITING")
      .sort((a, b) => (a.waitingSince?.getTime() ?? 0) - (b.waitingSince?.getTime() ?? 0));
    expect(waiting).toHaveLength(38);
    // No two share a moment in line, and the place each was told is its place by waitingSince.
    expect(new Set(waiting.map((row) => row.waitingSince?.getTime())).size).toBe(38);
    const told = new Map(bodies.map((body, index) => [String(body.email), answers[index]?.position]));
    expect(waiting.map((row) => told.get(row.email ?? ""))).toEqual(waiting.map((_, index) => index + 1));

    // One message each: the confirmation for a seat, the waiting-list letter with the same place.
    const messages = await t.db.outboxMessage.findMany({
      where: { recipient: { in: bodies.map((body) => String(body.email)) } },
    });
    expect(messages).toHaveLength(50);
    expect(messages.filter((message) => message.kind === "SIGNUP_CONFIRMED")).toHaveLength(12);
    for (const message of messages.filter((m) => m.kind === "WAITING_LIST_JOINED")) {
      expect((message.data as { position: number }).position).toBe(told.get(message.recipient));
    }

    const summary = await t.db.registration.groupBy({
      by: ["status"],
      where: { runId: w.runId },
      _count: { _all: true },
    });
    expect(Object.fromEntries(summary.map((group) => [group.status, group._count._all]))).toEqual({
      CONFIRMED: 12,
      WAITING: 38,
    });
  }, 60_000);

  it("never lets the same email in twice, however close together the two sign-ups come", async () => {
    const w = await createRegistrationWorld(t.db, { capacity: 12 });
    const csrf = await anonymousCsrfHeaders(t.app);
    const body = signUpBody();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        (replicas[index % replicas.length] ?? t).app.inject({
          method: "POST",
          url: `/api/catalogue/runs/${w.runId}/registrations`,
          headers: csrf,
          payload: body,
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await t.db.registration.count({ where: { runId: w.runId } })).toBe(1);
    expect(await t.db.outboxMessage.count({ where: { recipient: String(body.email) } })).toBe(1);
  });
});
