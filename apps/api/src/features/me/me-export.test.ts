import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../../lib/audit.ts";
import { createTotpSecret } from "../../lib/totp.ts";
import { createPerson, createTestApp, createUnit, signedInHeaders, unique } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

/** A person with something in every table about people, including secrets that must not leave. */
async function personWithHistory() {
  const unit = await createUnit(t.db);
  const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION" });
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const person = await createPerson(t.db);
  await t.db.membership.create({
    data: { personId: person.id, unitId: unit.id, role: "USER_REPRESENTATIVE", representsId: organisation.id },
  });
  await t.db.person.update({
    where: { id: person.id },
    data: { phone: "+47 900 00 000", totpSecret: createTotpSecret(), totpEnabledAt: new Date(), totpLastStep: 1n },
  });
  const course = await t.db.course.create({
    data: {
      title: "Startkurs diabetes type 2",
      targetGroup: "PATIENTS",
      format: "PHYSICAL",
      enrolment: "REFERRAL",
      owners: { create: { unitId: unit.id } },
    },
  });
  await t.db.workingGroupMember.create({
    data: { courseId: course.id, personId: person.id, role: "USER_REPRESENTATIVE" },
  });
  await t.db.oidcIdentity.create({
    data: { personId: person.id, issuer: "https://idporten.example", subject: unique("sub") },
  });
  await t.db.passwordReset.create({
    data: { personId: person.id, tokenHash: unique("reset-hash"), expiresAt: inAWeek() },
  });
  const accepted = await t.db.invitation.create({
    data: {
      tokenHash: unique("accepted-hash"),
      email: person.email,
      name: person.name,
      unitId: unit.id,
      role: "USER_REPRESENTATIVE",
      invitedById: coordinator.id,
      expiresAt: inAWeek(),
      acceptedAt: new Date(),
      acceptedById: person.id,
    },
  });
  const invitee = `${unique("invitee")}@test.example`;
  const sent = await t.db.invitation.create({
    data: {
      tokenHash: unique("sent-hash"),
      email: invitee,
      name: "Ola Invitert",
      unitId: unit.id,
      role: "PROFESSIONAL",
      invitedById: person.id,
      expiresAt: inAWeek(),
    },
  });
  await audit(t.db, {
    actorId: coordinator.id,
    action: "person.deactivated",
    objectType: "person",
    objectId: person.id,
  });
  await audit(t.db, { actorId: person.id, action: "course.viewed", objectType: "course", objectId: course.id });
  await audit(t.db, { actorId: coordinator.id, action: "unit.updated", objectType: "unit", objectId: unit.id });
  return { unit, organisation, person, course, accepted, sent, invitee };
}

describe("GET /api/me/export", () => {
  it("answers a JSON attachment with every section about the person", async () => {
    const { unit, organisation, person, course, accepted, sent, invitee } = await personWithHistory();
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({ method: "GET", url: "/api/me/export", headers: { cookie: headers.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/json");
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="sidestilt-${today}.json"`);
    expect(response.headers["cache-control"]).toBe("no-store");

    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([
      "auditEvents",
      "exportedAt",
      "invitationsReceived",
      "invitationsSent",
      "memberships",
      "oidcIdentities",
      "passwordResets",
      "profile",
      "sessions",
      "workingGroups",
    ]);
    expect(body.profile).toMatchObject({
      id: person.id,
      email: person.email,
      name: person.name,
      phone: "+47 900 00 000",
      hasPassword: true,
      totpEnabledAt: expect.any(String),
    });
    expect(body.memberships).toEqual([
      {
        id: expect.any(String),
        unit: { id: unit.id, name: unit.name, kind: "HOSPITAL_LMS" },
        role: "USER_REPRESENTATIVE",
        profession: null,
        represents: { id: organisation.id, name: organisation.name },
        createdAt: expect.any(String),
      },
    ]);
    expect(body.sessions).toEqual([{ createdAt: expect.any(String), lastSeenAt: expect.any(String) }]);
    expect(body.oidcIdentities).toEqual([
      { issuer: "https://idporten.example", subject: expect.any(String), createdAt: expect.any(String) },
    ]);
    expect(body.passwordResets).toHaveLength(1);
    expect(body.workingGroups).toEqual([
      {
        course: { id: course.id, title: "Startkurs diabetes type 2" },
        role: "USER_REPRESENTATIVE",
        profession: null,
        addedAt: expect.any(String),
        removedAt: null,
      },
    ]);
    expect(body.invitationsReceived.map((i: { id: string }) => i.id)).toEqual([accepted.id]);
    expect(body.invitationsReceived[0]).toMatchObject({ email: person.email, acceptedAt: expect.any(String) });
    expect(body.invitationsSent.map((i: { id: string }) => i.id)).toEqual([sent.id]);
    // The invitee's name and email are their personal data, not the sender's.
    expect(response.body).not.toContain(invitee);
    expect(response.body).not.toContain("Ola Invitert");

    const actions = body.auditEvents.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(["course.viewed", "person.deactivated"]);
    expect(body.auditEvents.truncated).toBe(false);
  });

  it("carries no secret: no password hash, TOTP secret, token hash or CSRF token, by name or by value", async () => {
    const { person } = await personWithHistory();
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({ method: "GET", url: "/api/me/export", headers: { cookie: headers.cookie } });
    expect(response.statusCode).toBe(200);
    const text = response.body;
    for (const name of ["passwordHash", "totpSecret", "totpLastStep", "tokenHash", "csrfToken"]) {
      expect(text).not.toContain(name);
    }
    const row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    const sessions = await t.db.session.findMany({ where: { personId: person.id } });
    const hashes = await t.db.invitation.findMany({
      where: { OR: [{ invitedById: person.id }, { acceptedById: person.id }] },
    });
    const resets = await t.db.passwordReset.findMany({ where: { personId: person.id } });
    const secrets = [
      row.passwordHash,
      row.totpSecret,
      ...sessions.flatMap((s) => [s.tokenHash, s.csrfToken]),
      ...hashes.map((i) => i.tokenHash),
      ...resets.map((r) => r.tokenHash),
    ];
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(text).not.toContain(String(secret));
  });

  it("writes an audit row of the export itself", async () => {
    const { person, unit } = await personWithHistory();
    const headers = await signedInHeaders(t.db, person.id);
    await t.app.inject({ method: "GET", url: "/api/me/export", headers: { cookie: headers.cookie } });
    const events = await t.db.auditEvent.findMany({ where: { actorId: person.id, action: "privacy.exported" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ objectType: "person", objectId: person.id, unitIds: [unit.id], data: {} });
  });

  it("carries the newest 10,000 audit events and says that older ones were left out", async () => {
    const person = await createPerson(t.db);
    await t.db.$executeRaw`
      INSERT INTO audit_event (actor_id, action, data)
      SELECT ${person.id}::uuid, 'test.bulk', jsonb_build_object('n', n) FROM generate_series(1, 10005) AS n`;
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({ method: "GET", url: "/api/me/export", headers: { cookie: headers.cookie } });
    expect(response.statusCode).toBe(200);
    const { items, truncated } = response.json().auditEvents;
    expect(items).toHaveLength(10_000);
    expect(truncated).toBe(true);
    expect(items[0].data).toEqual({ n: 10005 });
    expect(items[9_999].data).toEqual({ n: 6 });
  });

  it("is described in the OpenAPI document by the PersonalDataExport schema", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    const ok = document.paths["/api/me/export"].get.responses["200"];
    expect(JSON.stringify(ok)).toContain("#/components/schemas/PersonalDataExport");
    expect(Object.keys(document.components.schemas.PersonalDataExport.properties)).toContain("auditEvents");
  });

  it("answers 401 to an anonymous request", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/me/export" });
    expect(response.statusCode).toBe(401);
  });
});
