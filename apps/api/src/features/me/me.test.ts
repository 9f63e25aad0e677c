import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  createUnit,
  signedInHeaders,
  testPassword,
} from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Awaited<ReturnType<typeof signedInHeaders>>;

const as = (headers: Headers, extra: Record<string, string> = {}) => ({
  cookie: headers.cookie,
  "x-csrf-token": headers.csrfToken,
  ...extra,
});

const profileInput = { name: "Kari Nordmann", phone: "+47 912 34 567", locale: "nn" };

describe("GET /api/me", () => {
  it("answers the profile with its memberships and an ETag of its version", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({ method: "GET", url: "/api/me", headers: as(headers) });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toEqual({
      id: person.id,
      name: person.name,
      email: person.email,
      phone: null,
      locale: "nb",
      version: 1,
      hasPassword: true,
      totpEnabled: false,
      oidcIdentities: [],
      memberships: [
        {
          id: expect.any(String),
          unitId: unit.id,
          unitName: unit.name,
          unitKind: "HOSPITAL_LMS",
          role: "PROFESSIONAL",
          profession: null,
          represents: null,
        },
      ],
    });
    expect(response.body).not.toContain("$argon2");
  });

  it("answers 401 to an anonymous request", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("unauthenticated");
  });
});

describe("PUT /api/me", () => {
  it("refuses a write without If-Match (428) and a stale one (412), and saves a current one", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const headers = await signedInHeaders(t.db, person.id);

    const missing = await t.app.inject({ method: "PUT", url: "/api/me", headers: as(headers), payload: profileInput });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe("precondition_required");

    const saved = await t.app.inject({
      method: "PUT",
      url: "/api/me",
      headers: as(headers, { "if-match": '"1"' }),
      payload: profileInput,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({ name: "Kari Nordmann", phone: "+47 912 34 567", locale: "nn", version: 2 });
    const row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({ name: "Kari Nordmann", phone: "+47 912 34 567", locale: "nn", version: 2 });

    const stale = await t.app.inject({
      method: "PUT",
      url: "/api/me",
      headers: as(headers, { "if-match": '"1"' }),
      payload: { ...profileInput, name: "Someone Else" },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe("precondition_failed");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("Kari Nordmann");

    const events = await t.db.auditEvent.findMany({ where: { objectId: person.id, action: "person.updated" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: person.id, objectType: "person", unitIds: [unit.id] });
    expect(events[0]?.data).toEqual({ fields: ["name", "phone", "locale"] });
  });

  it("audits only the fields that changed and writes nothing when nothing changed", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const put = (ifMatch: string, payload: object) =>
      t.app.inject({ method: "PUT", url: "/api/me", headers: as(headers, { "if-match": ifMatch }), payload });
    const same = await put('"1"', { name: person.name, phone: "", locale: "nb" });
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(1);
    expect(await t.db.auditEvent.count({ where: { objectId: person.id, action: "person.updated" } })).toBe(0);

    expect((await put('"1"', { name: person.name, phone: null, locale: "en" })).statusCode).toBe(200);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { objectId: person.id, action: "person.updated" } });
    expect(event.data).toEqual({ fields: ["locale"] });
  });

  it("names the field of each invalid value", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me",
      headers: as(headers, { "if-match": '"1"' }),
      payload: { name: " ", phone: "call me maybe", locale: "sv" },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(["locale", "name", "phone"]);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).version).toBe(1);
  });
});

describe("PUT /api/me/password", () => {
  const signIn = async (email: string, password: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      remoteAddress: "10.9.0.1",
      headers: await anonymousCsrfHeaders(t.app, "10.9.0.1"),
      payload: { email, password },
    });

  it("refuses a wrong current password with a field error and changes nothing", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const other = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: as(headers),
      payload: { currentPassword: "not my password", newPassword: "a brand new passphrase" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
    expect(response.json().errors).toEqual([
      { field: "currentPassword", code: "wrong_password", message: expect.any(String) },
    ]);
    const row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.passwordHash).toBe(person.passwordHash);
    expect(await t.db.session.count({ where: { id: other.sessionId } })).toBe(1);
  });

  it("refuses a new password shorter than 10 characters, naming the field", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: as(headers),
      payload: { currentPassword: testPassword, newPassword: "short" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(["newPassword"]);
  });

  it("changes the password, ends every other session, keeps this one, and the new password signs in", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
    const current = await signedInHeaders(t.db, person.id);
    const laptop = await signedInHeaders(t.db, person.id);
    const phone = await signedInHeaders(t.db, person.id);
    const newPassword = "lange passord er gode passord";

    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: as(current),
      payload: { currentPassword: testPassword, newPassword },
    });
    expect(response.statusCode).toBe(204);

    const sessions = await t.db.session.findMany({ where: { personId: person.id }, select: { id: true } });
    expect(sessions.map((s) => s.id)).toEqual([current.sessionId]);
    expect(laptop.sessionId).not.toBe(phone.sessionId);
    const stillIn = await t.app.inject({ method: "GET", url: "/api/me", headers: as(current) });
    expect(stillIn.statusCode).toBe(200);
    const signedOut = await t.app.inject({ method: "GET", url: "/api/me", headers: as(laptop) });
    expect(signedOut.statusCode).toBe(401);

    expect((await signIn(person.email, testPassword)).statusCode).toBe(401);
    expect((await signIn(person.email, newPassword)).statusCode).toBe(200);

    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { objectId: person.id, action: "auth.password-changed" },
    });
    expect(event).toMatchObject({ actorId: person.id, objectType: "person", unitIds: [unit.id], data: {} });
  });

  it("limits guesses at the current password like sign-in does (a stolen session cannot guess it)", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const guess = (currentPassword: string) =>
      t.app.inject({
        method: "PUT",
        url: "/api/me/password",
        headers: as(headers),
        payload: { currentPassword, newPassword: "a brand new password" },
      });
    for (let i = 0; i < 10; i += 1) expect((await guess(`wrong ${i}`)).statusCode).toBe(400);
    const blocked = await guess(testPassword);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    const stored = await t.db.person.findUniqueOrThrow({ where: { id: person.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toBe(person.passwordHash);
  });

  it("voids open password-reset links when the password is changed", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    await t.db.passwordReset.create({
      data: { tokenHash: `hash-${person.id}`, personId: person.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: as(headers),
      payload: { currentPassword: testPassword, newPassword: "a brand new password" },
    });
    expect(response.statusCode).toBe(204);
    expect(await t.db.passwordReset.count({ where: { personId: person.id, usedAt: null } })).toBe(0);
  });

  it("tells an account without a password (OIDC only) to use a reset link", async () => {
    const person = await createPerson(t.db);
    await t.db.person.update({ where: { id: person.id }, data: { passwordHash: null } });
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: as(headers),
      payload: { currentPassword: "anything", newPassword: "a brand new passphrase" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: "currentPassword", code: "no_password", message: expect.any(String) },
    ]);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBeNull();
  });

  it("refuses the change without the CSRF token", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/me/password",
      headers: { cookie: headers.cookie },
      payload: { currentPassword: testPassword, newPassword: "a brand new passphrase" },
    });
    expect(response.statusCode).toBe(403);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBe(person.passwordHash);
  });
});
