import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../../lib/audit.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  createUnit,
  headersOf,
  testPassword,
} from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

describe("the audit trail", () => {
  it("cannot be updated, deleted or truncated by the role the app runs as", async () => {
    const unit = await createUnit(t.db);
    await audit(t.db, { actorId: null, action: "unit.updated", unitIds: [unit.id] });
    const row = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "unit.updated", unitIds: { has: unit.id } },
    });
    await expect(t.db.auditEvent.update({ where: { id: row.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe("TRUNCATE audit_event")).rejects.toThrow(/append-only/);
    expect(await t.db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      action: "unit.updated",
    });
  });

  it("shows a unit's coordinators their unit's events, newest first, filtered and paged", async () => {
    const unit = await createUnit(t.db);
    const other = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    for (let i = 0; i < 3; i += 1)
      await audit(t.db, { actorId: coordinator.id, action: `unit.updated`, unitIds: [unit.id] });
    await audit(t.db, { actorId: coordinator.id, action: "membership.removed", unitIds: [unit.id] });
    await audit(t.db, { actorId: coordinator.id, action: "unit.updated", unitIds: [other.id] });
    const headers = await as(coordinator.id);

    const first = await t.app.inject({
      method: "GET",
      url: `/api/audit?unitId=${unit.id}&action=unit.&limit=2`,
      headers,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(2);
    expect(first.json().items[0]).toMatchObject({
      action: "unit.updated",
      actor: { id: coordinator.id, name: coordinator.name },
    });
    const second = await t.app.inject({
      method: "GET",
      url: `/api/audit?unitId=${unit.id}&action=unit.&limit=2&cursor=${first.json().nextCursor}`,
      headers,
    });
    expect(second.json().items).toHaveLength(1);
    expect(second.json().nextCursor).toBeNull();
    const ids = [...first.json().items, ...second.json().items].map((item: { id: string }) => BigInt(item.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));

    const all = await t.app.inject({ method: "GET", url: `/api/audit?unitId=${unit.id}`, headers });
    expect(
      all
        .json()
        .items.map((item: { action: string }) => item.action)
        .sort(),
    ).toEqual(["membership.removed", "unit.updated", "unit.updated", "unit.updated"]);
  });

  it("shows a unit's coordinators the sign-ins and failed sign-ins of its people", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const member = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const signIn = async (password: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        headers: await anonymousCsrfHeaders(t.app),
        payload: { email: member.email, password },
      });
    expect((await signIn("wrong password")).statusCode).toBe(401);
    expect((await signIn(testPassword)).statusCode).toBe(200);
    const log = await t.app.inject({
      method: "GET",
      url: `/api/audit?unitId=${unit.id}&action=auth.`,
      headers: await as(coordinator.id),
    });
    expect(log.json().items.map((item: { action: string; objectId: string }) => [item.action, item.objectId])).toEqual([
      ["auth.signed-in", member.id],
      ["auth.sign-in-failed", member.id],
    ]);
  });

  it("refuses the audit log to non-coordinators (403) and to other units (404), and checks the dates", async () => {
    const unit = await createUnit(t.db);
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    const url = `/api/audit?unitId=${unit.id}`;
    expect((await t.app.inject({ method: "GET", url, headers: await as(professional.id) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url, headers: await as(stranger.id) })).statusCode).toBe(404);

    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const backwards = await t.app.inject({
      method: "GET",
      url: `${url}&from=2026-05-02&to=2026-05-01`,
      headers: await as(coordinator.id),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ field: "to" });
  });

  it("shows an object's change history to whoever may see the object, and 404 to others", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const member = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] });
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    await t.app.inject({
      method: "POST",
      url: `/api/people/${member.id}/deactivate`,
      headers: await as(coordinator.id),
    });

    const url = `/api/audit/history/person/${member.id}`;
    const own = await t.app.inject({ method: "GET", url, headers: await as(member.id) });
    // A deactivated person cannot ask; reactivate and ask again.
    expect(own.statusCode).toBe(401);
    await t.db.person.update({ where: { id: member.id }, data: { active: true } });
    const history = await t.app.inject({ method: "GET", url, headers: await as(member.id) });
    expect(history.json().items.map((item: { action: string }) => item.action)).toEqual(["person.deactivated"]);
    expect((await t.app.inject({ method: "GET", url, headers: await as(stranger.id) })).statusCode).toBe(404);
    const course = await t.db.course.create({
      data: {
        title: "History course",
        targetGroup: "BOTH",
        format: "DIGITAL",
        enrolment: "DIRECT",
        owners: { create: [{ unitId: unit.id }] },
        runs: { create: [{ startsOn: new Date("2030-01-01"), endsOn: new Date("2030-01-02"), capacity: 10 }] },
      },
      include: { runs: true },
    });
    const runId = course.runs[0]?.id ?? "";
    await audit(t.db, {
      actorId: coordinator.id,
      action: "run.signed",
      objectType: "run",
      objectId: runId,
      unitIds: [unit.id],
    });
    const runHistory = await t.app.inject({
      method: "GET",
      url: `/api/audit/history/run/${runId}`,
      headers: await as(coordinator.id),
    });
    expect(runHistory.json().items.map((item: { action: string }) => item.action)).toEqual(["run.signed"]);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/audit/history/run/${runId}`, headers: await as(stranger.id) }))
        .statusCode,
    ).toBe(404);
    const unitHistory = await t.app.inject({
      method: "GET",
      url: `/api/audit/history/unit/${unit.id}`,
      headers: await as(stranger.id),
    });
    expect(unitHistory.statusCode).toBe(404);
  });
});
