import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp } from "../../app.ts";
import { createPrisma, type Db } from "../../db/prisma.ts";
import type { RegistrationStatus } from "../../generated/prisma/enums.ts";
import { headersOf, testConfig, unique } from "../../test/fixtures.ts";
import { createPlanningWorld } from "./phases-test-world.ts";

// Cancelling a run cancels its registrations and tells the participants, in the same transaction; the
// job queue is asked to send the emails once the request has answered.

let db: Db;
let app: Awaited<ReturnType<typeof buildApp>>;
let kicks = 0;
beforeAll(async () => {
  db = createPrisma(inject("databaseUrl"), { maxConnections: 5 });
  app = await buildApp({ db, config: testConfig, jobs: { kickOutbox: () => kicks++ } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.$disconnect();
});

const registrationOn = (runId: string, status: RegistrationStatus, email: string | null) =>
  db.registration.create({
    data: {
      runId,
      name: unique("Deltaker"),
      email,
      participantRole: "RELATIVE",
      locale: "en",
      source: "REFERRAL",
      status,
      manageTokenHash: randomBytes(32).toString("hex"),
    },
  });

async function signBoth(runId: string, personIds: string[], targetPhase: string, version: number) {
  for (const personId of personIds) {
    const signed = await app.inject({
      method: "POST",
      url: `/api/runs/${runId}/signatures`,
      headers: await headersOf(db, personId),
      payload: { targetPhase, version },
    });
    expect(signed.statusCode).toBe(201);
  }
}

describe("cancelling a run", () => {
  it("records the phase it left, cancels active registrations, queues one email each, and kicks the outbox", async () => {
    const { run, course, coordinator, members } = await createPlanningWorld(db);
    const signers = members.map((member) => member.id);
    await signBoth(run.id, signers, "READY", 1);
    const ready = await app.inject({
      method: "POST",
      url: `/api/runs/${run.id}/transitions`,
      headers: await headersOf(db, coordinator.id),
      payload: { targetPhase: "READY" },
    });
    expect(ready.statusCode).toBe(200);
    const kicksBefore = kicks;

    const confirmed = await registrationOn(run.id, "CONFIRMED", `${unique("a")}@test.example`);
    const offered = await registrationOn(run.id, "OFFERED", `${unique("b")}@test.example`);
    const waiting = await registrationOn(run.id, "WAITING", `${unique("c")}@test.example`);
    const noEmail = await registrationOn(run.id, "CONFIRMED", null);
    const alreadyCancelled = await registrationOn(run.id, "CANCELLED", `${unique("d")}@test.example`);
    const expired = await registrationOn(run.id, "EXPIRED", `${unique("e")}@test.example`);

    // A failed step (not signed yet) changes nothing and asks for no sending.
    const blocked = await app.inject({
      method: "POST",
      url: `/api/runs/${run.id}/transitions`,
      headers: await headersOf(db, coordinator.id),
      payload: { targetPhase: "CANCELLED" },
    });
    expect(blocked.statusCode).toBe(409);
    expect(kicks).toBe(kicksBefore);
    expect(await db.registration.count({ where: { runId: run.id, status: "CANCELLED" } })).toBe(1);

    await signBoth(run.id, signers, "CANCELLED", 1);
    const cancelled = await app.inject({
      method: "POST",
      url: `/api/runs/${run.id}/transitions`,
      headers: await headersOf(db, coordinator.id),
      payload: { targetPhase: "CANCELLED" },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ phase: "CANCELLED" });
    expect(kicks).toBe(kicksBefore + 1);

    const detail = await app.inject({
      method: "GET",
      url: `/api/runs/${run.id}`,
      headers: await headersOf(db, coordinator.id),
    });
    expect(detail.json()).toMatchObject({ phase: "CANCELLED", cancelledFrom: "READY" });

    const after = await db.registration.findMany({ where: { runId: run.id } });
    const statusOf = (id: string) => after.find((registration) => registration.id === id);
    for (const registration of [confirmed, offered, waiting, noEmail]) {
      expect(statusOf(registration.id)).toMatchObject({ status: "CANCELLED", version: registration.version + 1 });
      expect(statusOf(registration.id)?.cancelledAt).toBeInstanceOf(Date);
    }
    expect(statusOf(alreadyCancelled.id)).toMatchObject({ status: "CANCELLED", version: alreadyCancelled.version });
    expect(statusOf(expired.id)).toMatchObject({ status: "EXPIRED", version: expired.version });

    const messages = await db.outboxMessage.findMany({
      where: { dedupeKey: { in: after.map((registration) => `run-cancelled:${registration.id}`) } },
      orderBy: { recipient: "asc" },
    });
    expect(messages.map((message) => message.recipient)).toEqual(
      [confirmed.email, offered.email, waiting.email].sort(),
    );
    expect(messages[0]).toMatchObject({
      kind: "RUN_CANCELLED",
      locale: "en",
      data: { courseTitle: course.title, startsOn: "2030-03-01" },
    });

    const audit = await db.auditEvent.findFirst({
      where: { objectId: run.id, action: "run.phase-changed" },
      orderBy: { id: "desc" },
    });
    expect(audit?.data).toEqual({ from: "READY", to: "CANCELLED", cancelledRegistrations: 4 });
  });

  it("records that a run in planning was cancelled from planning", async () => {
    const { run, coordinator, members } = await createPlanningWorld(db);
    await signBoth(
      run.id,
      members.map((member) => member.id),
      "CANCELLED",
      1,
    );
    const cancelled = await app.inject({
      method: "POST",
      url: `/api/runs/${run.id}/transitions`,
      headers: await headersOf(db, coordinator.id),
      payload: { targetPhase: "CANCELLED" },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await db.courseRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      phase: "CANCELLED",
      cancelledFrom: "PLANNING",
    });
  });
});
