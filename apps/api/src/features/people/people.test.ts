import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf, signedInHeaders } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

async function unitWithCoordinator() {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  return { unit, coordinator, headers: await as(coordinator.id) };
}

describe("people of a unit", () => {
  it("shows contact details to coordinators (and audits the read) but not to user representatives", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const representative = await createPerson(t.db, {
      memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }],
    });
    const url = `/api/units/${unit.id}/people`;

    const seenByCoordinator = await t.app.inject({ method: "GET", url, headers });
    const rep = seenByCoordinator.json().items.find((p: { id: string }) => p.id === representative.id);
    expect(rep).toMatchObject({ email: representative.email, abilities: { canManageRoles: true, canErase: true } });
    const read = await t.db.auditEvent.findFirst({ where: { actorId: coordinator.id, action: "person.contact-read" } });
    expect(read?.data).toEqual({ personIds: [representative.id] });

    const seenByRepresentative = await t.app.inject({ method: "GET", url, headers: await as(representative.id) });
    const other = seenByRepresentative.json().items.find((p: { id: string }) => p.id === coordinator.id);
    expect(other).toMatchObject({ email: null, phone: null, lastSignInAt: null, abilities: { canManageRoles: false } });

    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    expect((await t.app.inject({ method: "GET", url, headers: await as(stranger.id) })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/people/${representative.id}`, headers: await as(stranger.id) }))
        .statusCode,
    ).toBe(404);
  });

  it("shows only the memberships in units the viewer sees", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const elsewhere = await createUnit(t.db);
    const person = await createPerson(t.db, {
      memberships: [
        { unitId: unit.id, role: "PROFESSIONAL" },
        { unitId: elsewhere.id, role: "EVALUATOR" },
      ],
    });
    const response = await t.app.inject({ method: "GET", url: `/api/people/${person.id}`, headers });
    expect(response.json().memberships.map((m: { unitId: string }) => m.unitId)).toEqual([unit.id]);
    expect(response.json().abilities).toMatchObject({ canDeactivate: true, canErase: false });
  });
});

describe("roles", () => {
  it("changes a role with its profession, refuses a profession on another role, and audits the change", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
    const membership = await t.db.membership.findFirstOrThrow({ where: { personId: person.id } });
    const url = `/api/memberships/${membership.id}`;

    const wrong = await t.app.inject({
      method: "PUT",
      url,
      headers,
      payload: { role: "EVALUATOR", profession: "Lege" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: "profession", code: "profession_not_allowed" });

    const org = await createUnit(t.db, { kind: "USER_ORGANISATION" });
    const notOrg = await t.app.inject({
      method: "PUT",
      url,
      headers,
      payload: { role: "USER_REPRESENTATIVE", representsId: unit.id },
    });
    expect(notOrg.json().errors[0]).toMatchObject({ field: "representsId", code: "not_user_organisation" });
    const represents = await t.app.inject({
      method: "PUT",
      url,
      headers,
      payload: { role: "USER_REPRESENTATIVE", representsId: org.id },
    });
    expect(represents.statusCode).toBe(200);
    expect(represents.json().memberships[0]).toMatchObject({ role: "USER_REPRESENTATIVE", represents: { id: org.id } });

    const event = await t.db.auditEvent.findFirst({ where: { actorId: coordinator.id, action: "membership.updated" } });
    expect(event).toMatchObject({ objectId: person.id, unitIds: [unit.id] });
    expect(event?.data).toMatchObject({ from: "EVALUATOR", to: "USER_REPRESENTATIVE" });
  });

  it("refuses a role the person already holds in the unit", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const person = await createPerson(t.db, {
      memberships: [
        { unitId: unit.id, role: "EVALUATOR" },
        { unitId: unit.id, role: "PROFESSIONAL" },
      ],
    });
    const evaluator = await t.db.membership.findFirstOrThrow({ where: { personId: person.id, role: "EVALUATOR" } });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/memberships/${evaluator.id}`,
      headers,
      payload: { role: "PROFESSIONAL" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("already_member");
  });

  it("keeps at least one coordinator, and nobody changes their own roles", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const own = await t.db.membership.findFirstOrThrow({ where: { personId: coordinator.id } });
    expect((await t.app.inject({ method: "DELETE", url: `/api/memberships/${own.id}`, headers })).statusCode).toBe(403);

    const admin = await createPerson(t.db, { isSystemAdmin: true });
    const asAdmin = await as(admin.id);
    const last = await t.app.inject({ method: "DELETE", url: `/api/memberships/${own.id}`, headers: asAdmin });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe("last_coordinator");
    const demote = await t.app.inject({
      method: "PUT",
      url: `/api/memberships/${own.id}`,
      headers: asAdmin,
      payload: { role: "PROFESSIONAL" },
    });
    expect(demote.json().code).toBe("last_coordinator");

    await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const removed = await t.app.inject({ method: "DELETE", url: `/api/memberships/${own.id}`, headers: asAdmin });
    expect(removed.statusCode).toBe(204);
    expect(await t.db.membership.count({ where: { id: own.id } })).toBe(0);
  });

  it("answers a professional who tries to change roles with 403 and changes nothing", async () => {
    const { unit } = await unitWithCoordinator();
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
    const membership = await t.db.membership.findFirstOrThrow({ where: { personId: person.id } });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/memberships/${membership.id}`,
      headers: await as(professional.id),
      payload: { role: "COORDINATOR" },
    });
    expect(response.statusCode).toBe(403);
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("EVALUATOR");
  });
});

describe("deactivation and erasure", () => {
  it("ends every session of a deactivated person at once, and reactivation lets them sign in again", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const theirs = await signedInHeaders(t.db, person.id);
    const deactivated = await t.app.inject({ method: "POST", url: `/api/people/${person.id}/deactivate`, headers });
    expect(deactivated.json()).toMatchObject({ active: false });
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
    const after = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: theirs.cookie } });
    expect(after.statusCode).toBe(401);

    const reactivated = await t.app.inject({ method: "POST", url: `/api/people/${person.id}/reactivate`, headers });
    expect(reactivated.json()).toMatchObject({ active: true });
    const actions = await t.db.auditEvent.findMany({ where: { objectId: person.id }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["person.deactivated", "person.reactivated"]);
  });

  it("erases name, contact and credentials; the audit trail keeps only the id as a pseudonym", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] });
    await t.db.person.update({ where: { id: person.id }, data: { phone: "+47 900 00 000" } });
    await signedInHeaders(t.db, person.id);
    await t.db.oidcIdentity.create({ data: { personId: person.id, issuer: "https://idp.example", subject: "abc" } });

    const response = await t.app.inject({ method: "POST", url: `/api/people/${person.id}/erase`, headers });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ erased: true, active: false, email: null, phone: null, memberships: [] });
    const row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({ phone: null, passwordHash: null, active: false });
    expect(row.name).not.toBe(person.name);
    expect(row.email).not.toBe(person.email);
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
    expect(await t.db.oidcIdentity.count({ where: { personId: person.id } })).toBe(0);
    const events = await t.db.auditEvent.findMany({ where: { OR: [{ objectId: person.id }, { actorId: person.id }] } });
    expect(JSON.stringify(events, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain(
      person.email,
    );
    expect(events.find((event) => event.action === "person.erased")?.actorId).toBe(coordinator.id);
  });

  it("refuses to erase someone who also belongs to a unit the coordinator does not coordinate", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const elsewhere = await createUnit(t.db);
    const person = await createPerson(t.db, {
      memberships: [
        { unitId: unit.id, role: "PROFESSIONAL" },
        { unitId: elsewhere.id, role: "PROFESSIONAL" },
      ],
    });
    const response = await t.app.inject({ method: "POST", url: `/api/people/${person.id}/erase`, headers });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("erase_blocked");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });
});
