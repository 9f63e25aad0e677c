import { invitationValidDays } from "@sidestilt/domain/invitation.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type Mailer } from "../../lib/mailer.ts";
import { sha256 } from "../../lib/tokens.ts";
import {
  anonymousCsrfHeaders,
  cookieFrom,
  createPerson,
  createTestApp,
  createUnit,
  signedInHeaders,
  unique,
} from "../../test/fixtures.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { invitationMail } from "./invitation-mail.ts";
import { MAX_LISTED_INVITATIONS } from "./invitations.service.ts";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const SESSION_COOKIE = "__Host-sidestilt-session";
const newPassword = "a brand new long password";

let sink: SmtpSink;
let mailer: Mailer;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  const created = createMailer({ SMTP_URL: sink.url, MAIL_FROM: "Sidestilt <no-reply@sidestilt.test>" });
  if (!created) throw new Error("expected a mailer");
  mailer = created;
  t = await createTestApp({}, { mailer });
});
afterAll(async () => {
  await t.close();
  mailer.close();
  await sink.stop();
});

const headersOf = (signedIn: { cookie: string; csrfToken: string }) => ({
  cookie: signedIn.cookie,
  "x-csrf-token": signedIn.csrfToken,
});

const newEmail = () => `${unique("invitee")}@test.example`;
const tokenIn = (text: string) => /\/invitation#([A-Za-z0-9_-]{43})(?:\s|$)/.exec(text)?.[1];

/** A unit with a coordinator, signed in. */
async function unitWithCoordinator(app: TestApp = t) {
  const unit = await createUnit(app.db);
  const coordinator = await createPerson(app.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  return { unit, coordinator, headers: headersOf(await signedInHeaders(app.db, coordinator.id)) };
}

function invite(
  headers: Record<string, string>,
  unitId: string,
  payload: Record<string, unknown>,
  app: TestApp = t,
  extraHeaders: Record<string, string> = {},
) {
  return app.app.inject({
    method: "POST",
    url: `/api/units/${unitId}/invitations`,
    headers: { ...headers, ...extraHeaders },
    payload,
  });
}

/** Invites a new address as a professional with the mailer and returns the token from the email. */
async function invitedByMail(payload: Record<string, unknown> = {}) {
  const setup = await unitWithCoordinator();
  const email = newEmail();
  const response = await invite(setup.headers, setup.unit.id, {
    email,
    name: "Kari Nordmann",
    role: "PROFESSIONAL",
    ...payload,
  });
  expect(response.statusCode).toBe(201);
  const mail = await sink.waitForMessage((m) => m.to === email);
  const token = tokenIn(mail.text);
  if (!token) throw new Error(`no invitation link in ${mail.text}`);
  return { ...setup, email, token, invitationId: response.json().invitation.id as string, mail };
}

async function accept(payload: Record<string, unknown>, headers?: Record<string, string>) {
  return t.app.inject({
    method: "POST",
    url: "/api/invitations/accept",
    headers: headers ?? (await anonymousCsrfHeaders(t.app)),
    payload,
  });
}

async function preview(token: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/invitations/preview",
    headers: await anonymousCsrfHeaders(t.app),
    payload: { token },
  });
}

describe("inviting and accepting as a new person", () => {
  it("emails a working link in the invitation's language, then creates the account, role and session once", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION", name: unique("Diabetesforbundet") });
    const email = newEmail();
    const response = await invite(headers, unit.id, {
      email: `  ${email.toUpperCase()} `,
      name: "Ola Nordmann",
      role: "USER_REPRESENTATIVE",
      representsId: organisation.id,
      locale: "nn",
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.link).toBeNull();
    expect(created.invitation).toMatchObject({
      email,
      name: "Ola Nordmann",
      unitId: unit.id,
      role: "USER_REPRESENTATIVE",
      represents: { id: organisation.id, name: organisation.name },
      invitedBy: { id: coordinator.id, name: coordinator.name },
      status: "PENDING",
      emailed: true,
    });
    const validMs = Date.parse(created.invitation.expiresAt) - Date.parse(created.invitation.createdAt);
    expect(validMs).toBe(invitationValidDays * 86_400_000);

    const mail = await sink.waitForMessage((m) => m.to === email);
    expect(mail.subject).toBe(`Invitasjon til ${unit.name} i Sidestilt`);
    expect(mail.text).toContain("Hei Ola Nordmann,");
    expect(mail.text).toContain(`${coordinator.name} har invitert deg til ${unit.name}`);
    expect(mail.text).toContain(`brukarrepresentant for ${organisation.name}`);
    expect(mail.text).toContain(`gyldig i ${invitationValidDays} dagar`);
    expect(mail.text).toContain("Venta du ikkje denne invitasjonen");
    const token = tokenIn(mail.text);
    expect(mail.text).toContain(`http://sidestilt.test/invitation#${token}`);
    if (!token) throw new Error("no token");
    // Only the token's hash is stored.
    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(row.emailed).toBe(true);

    const previewed = await preview(token);
    expect(previewed.statusCode).toBe(200);
    expect(previewed.json()).toEqual({
      unitName: unit.name,
      role: "USER_REPRESENTATIVE",
      invitedByName: coordinator.name,
      email,
      name: "Ola Nordmann",
      accountExists: false,
    });

    const accepted = await accept({ token, name: "Ola Nordmann", password: newPassword });
    expect(accepted.statusCode).toBe(200);
    const view = accepted.json();
    expect(view.person).toMatchObject({ email, name: "Ola Nordmann", locale: "nn", isSystemAdmin: false });
    expect(view.memberships).toEqual([
      { unitId: unit.id, unitName: unit.name, unitKind: "HOSPITAL_LMS", role: "USER_REPRESENTATIVE" },
    ]);
    const cookie = cookieFrom(accepted.headers["set-cookie"], SESSION_COOKIE);
    const session = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().memberships).toEqual(view.memberships);
    expect(session.json().csrfToken).toBe(view.csrfToken);

    const person = await t.db.person.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(person.passwordHash).toMatch(/^\$argon2id\$/);
    expect(person.memberships).toEqual([
      expect.objectContaining({ unitId: unit.id, role: "USER_REPRESENTATIVE", representsId: organisation.id }),
    ]);
    const acceptedRow = await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(acceptedRow.acceptedById).toBe(person.id);
    expect(acceptedRow.acceptedAt).not.toBeNull();
    const actions = await t.db.auditEvent.findMany({
      where: { OR: [{ objectId: created.invitation.id }, { objectId: person.id }] },
      orderBy: { id: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(
      expect.arrayContaining(["invitation.created", "invitation.accepted", "membership.created", "person.created"]),
    );
    for (const event of actions) {
      expect(event.unitIds).toEqual([unit.id]);
      expect(JSON.stringify(event.data)).not.toContain(email);
    }

    // The password works for signing in later.
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: await anonymousCsrfHeaders(t.app),
      payload: { email, password: newPassword },
    });
    expect(signIn.statusCode).toBe(200);

    // The link works once.
    const again = await accept({ token, name: "Someone Else", password: newPassword });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("invitation_used");
    expect((await preview(token)).json().code).toBe("invitation_used");
    expect(await t.db.person.count({ where: { email } })).toBe(1);
  });

  it("lets exactly one of two concurrent accepts of the same link succeed", async () => {
    const { token, email, unit } = await invitedByMail();
    const csrf = await anonymousCsrfHeaders(t.app);
    const results = await Promise.all([
      accept({ token, name: "First", password: newPassword }, csrf),
      accept({ token, name: "Second", password: newPassword }, csrf),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 410]);
    expect(results.find((r) => r.statusCode === 410)?.json().code).toBe("invitation_used");
    expect(await t.db.person.count({ where: { email } })).toBe(1);
    expect(await t.db.membership.count({ where: { unitId: unit.id, person: { email } } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "invitation.accepted", unitIds: { has: unit.id } } })).toBe(
      1,
    );
  });

  it("requires a name and a password for a new account, naming each missing field", async () => {
    const { token, email } = await invitedByMail();
    const neither = await accept({ token });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().code).toBe("validation_failed");
    expect(
      neither
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["name", "password"]);
    const noPassword = await accept({ token, name: "Kari" });
    expect(noPassword.json().errors).toEqual([expect.objectContaining({ field: "password", code: "required" })]);
    const shortPassword = await accept({ token, name: "Kari", password: "short" });
    expect(shortPassword.statusCode).toBe(400);
    expect(shortPassword.json().errors).toEqual([expect.objectContaining({ field: "password" })]);
    expect(await t.db.person.count({ where: { email } })).toBe(0);
    // Nothing was used up by the refused attempts.
    expect((await preview(token)).statusCode).toBe(200);
  });

  it("refuses an unknown link with 404 invitation_invalid", async () => {
    const token = "x".repeat(43);
    expect((await preview(token)).json()).toMatchObject({ status: 404, code: "invitation_invalid" });
    expect((await accept({ token, name: "A", password: newPassword })).json()).toMatchObject({
      status: 404,
      code: "invitation_invalid",
    });
  });

  it("refuses an expired link with 410 invitation_expired and lists it as EXPIRED", async () => {
    const { token, invitationId, unit, headers, email } = await invitedByMail();
    await t.db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await preview(token)).json()).toMatchObject({ status: 410, code: "invitation_expired" });
    const accepted = await accept({ token, name: "Kari", password: newPassword });
    expect(accepted.json()).toMatchObject({ status: 410, code: "invitation_expired" });
    expect(await t.db.person.count({ where: { email } })).toBe(0);
    const list = await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations`, headers });
    expect(list.json().items).toEqual([expect.objectContaining({ id: invitationId, status: "EXPIRED" })]);
  });
});

describe("revoking and replacing", () => {
  it("revokes a pending invitation: 204, the link answers 410 invitation_revoked, the list says REVOKED", async () => {
    const { token, invitationId, unit, headers, coordinator } = await invitedByMail();
    const revoked = await t.app.inject({ method: "DELETE", url: `/api/invitations/${invitationId}`, headers });
    expect(revoked.statusCode).toBe(204);
    expect((await preview(token)).json()).toMatchObject({ status: 410, code: "invitation_revoked" });
    expect((await accept({ token, name: "Kari", password: newPassword })).json().code).toBe("invitation_revoked");
    const list = await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations`, headers });
    expect(list.json().items[0]).toMatchObject({ id: invitationId, status: "REVOKED" });
    const event = await t.db.auditEvent.findFirst({ where: { action: "invitation.revoked", objectId: invitationId } });
    expect(event).toMatchObject({ actorId: coordinator.id, unitIds: [unit.id] });
    // Revoking again changes nothing.
    const again = await t.app.inject({ method: "DELETE", url: `/api/invitations/${invitationId}`, headers });
    expect(again.statusCode).toBe(204);
    expect(await t.db.auditEvent.count({ where: { action: "invitation.revoked", objectId: invitationId } })).toBe(1);
  });

  it("cannot revoke an accepted invitation", async () => {
    const { token, invitationId, headers } = await invitedByMail();
    expect((await accept({ token, name: "Kari", password: newPassword })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: "DELETE", url: `/api/invitations/${invitationId}`, headers });
    expect(revoked.statusCode).toBe(409);
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
  });

  it("replaces a still-pending invitation for the same email, unit and role", async () => {
    const first = await invitedByMail();
    const second = await invite(first.headers, first.unit.id, {
      email: first.email,
      name: "Kari",
      role: "PROFESSIONAL",
    });
    expect(second.statusCode).toBe(201);
    const list = await t.app.inject({
      method: "GET",
      url: `/api/units/${first.unit.id}/invitations`,
      headers: first.headers,
    });
    expect(list.json().items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [second.json().invitation.id, "PENDING"],
      [first.invitationId, "REVOKED"],
    ]);
    expect((await preview(first.token)).json().code).toBe("invitation_revoked");
  });

  it("refuses to invite someone who already has the role in the unit (409 already_member)", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const member = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const response = await invite(headers, unit.id, { email: member.email, name: member.name, role: "PROFESSIONAL" });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("already_member");
    expect(await t.db.invitation.count({ where: { unitId: unit.id } })).toBe(0);
    // Another role in the same unit is fine.
    const other = await invite(headers, unit.id, { email: member.email, name: member.name, role: "EVALUATOR" });
    expect(other.statusCode).toBe(201);
  });
});

describe("accepting with an existing account", () => {
  it("asks the owner to sign in, refuses anyone else, and adds the role to the signed-in owner", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const otherUnit = await createUnit(t.db);
    const existing = await createPerson(t.db, { memberships: [{ unitId: otherUnit.id, role: "PROFESSIONAL" }] });
    const response = await invite(headers, unit.id, { email: existing.email, name: existing.name, role: "EVALUATOR" });
    expect(response.statusCode).toBe(201);
    const token = tokenIn((await sink.waitForMessage((m) => m.to === existing.email)).text);
    if (!token) throw new Error("no token");
    expect((await preview(token)).json().accountExists).toBe(true);

    const anonymous = await accept({ token, name: "Impostor", password: newPassword });
    expect(anonymous.statusCode).toBe(409);
    expect(anonymous.json().code).toBe("account_exists");

    const stranger = await createPerson(t.db);
    const foreign = await accept({ token }, headersOf(await signedInHeaders(t.db, stranger.id)));
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().code).toBe("invitation_foreign");
    expect(
      await t.db.membership.count({ where: { unitId: unit.id, personId: { in: [existing.id, stranger.id] } } }),
    ).toBe(0);

    const own = await signedInHeaders(t.db, existing.id);
    const accepted = await accept({ token }, headersOf(own));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().person.id).toBe(existing.id);
    expect(
      accepted
        .json()
        .memberships.map((m: { unitId: string; role: string }) => [m.unitId, m.role])
        .sort(),
    ).toEqual(
      [
        [otherUnit.id, "PROFESSIONAL"],
        [unit.id, "EVALUATOR"],
      ].sort(),
    );
    expect(await t.db.person.count({ where: { email: existing.email } })).toBe(1);
    expect(await t.db.person.count({ where: { name: "Impostor" } })).toBe(0);
    // The session is renewed on the change of privileges: the old one ends, the new cookie works.
    expect(await t.db.session.findUnique({ where: { id: own.sessionId } })).toBeNull();
    const cookie = cookieFrom(accepted.headers["set-cookie"], SESSION_COOKIE);
    const session = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.json().memberships).toContainEqual(expect.objectContaining({ unitId: unit.id, role: "EVALUATOR" }));
    const unchanged = await t.db.person.findUniqueOrThrow({ where: { id: existing.id } });
    expect(unchanged.passwordHash).toBe(existing.passwordHash);
    expect(unchanged.name).toBe(existing.name);
  });

  it("accepts without a duplicate when the role was given meanwhile by other means", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const existing = await createPerson(t.db);
    await invite(headers, unit.id, { email: existing.email, name: existing.name, role: "PROFESSIONAL" });
    const token = tokenIn((await sink.waitForMessage((m) => m.to === existing.email)).text);
    if (!token) throw new Error("no token");
    await t.db.membership.create({ data: { personId: existing.id, unitId: unit.id, role: "PROFESSIONAL" } });
    const accepted = await accept({ token }, headersOf(await signedInHeaders(t.db, existing.id)));
    expect(accepted.statusCode).toBe(200);
    expect(await t.db.membership.count({ where: { personId: existing.id, unitId: unit.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "membership.created", objectId: existing.id } })).toBe(0);
  });

  it("refuses a deactivated account with 410 invitation_revoked", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const inactive = await createPerson(t.db, { active: false });
    await invite(headers, unit.id, { email: inactive.email, name: inactive.name, role: "PROFESSIONAL" });
    const token = tokenIn((await sink.waitForMessage((m) => m.to === inactive.email)).text);
    if (!token) throw new Error("no token");
    expect((await preview(token)).json().code).toBe("invitation_revoked");
    const accepted = await accept({ token, name: "X", password: newPassword });
    expect(accepted.statusCode).toBe(410);
    expect(accepted.json().code).toBe("invitation_revoked");
    expect(await t.db.membership.count({ where: { personId: inactive.id } })).toBe(0);
  });
});

describe("delivery without email", () => {
  it("answers the link (emailed=false) when the app has no mailer, and that link works", async () => {
    const plain = await createTestApp();
    try {
      const { unit, headers } = await unitWithCoordinator(plain);
      const email = newEmail();
      const response = await invite(headers, unit.id, { email, name: "Kari", role: "EVALUATOR" }, plain);
      expect(response.statusCode).toBe(201);
      const { invitation, link } = response.json();
      expect(invitation.emailed).toBe(false);
      expect(link).toMatch(/^http:\/\/sidestilt\.test\/invitation#[A-Za-z0-9_-]{43}$/);
      const token = String(link).split("#")[1];
      const accepted = await plain.app.inject({
        method: "POST",
        url: "/api/invitations/accept",
        headers: await anonymousCsrfHeaders(plain.app),
        payload: { token, name: "Kari", password: newPassword },
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().memberships).toEqual([expect.objectContaining({ unitId: unit.id, role: "EVALUATOR" })]);
    } finally {
      await plain.close();
    }
  });

  it("answers the link (emailed=false) when the SMTP server cannot be reached", async () => {
    const down = await startSmtpSink();
    await down.stop();
    const broken = createMailer({ SMTP_URL: down.url, MAIL_FROM: "no-reply@sidestilt.test" });
    const app = await createTestApp({}, { mailer: broken });
    try {
      const { unit, headers } = await unitWithCoordinator(app);
      const response = await invite(headers, unit.id, { email: newEmail(), name: "Kari", role: "PROFESSIONAL" }, app);
      expect(response.statusCode).toBe(201);
      expect(response.json().invitation.emailed).toBe(false);
      expect(response.json().link).toMatch(/^http:\/\/sidestilt\.test\/invitation#/);
      const row = await app.db.invitation.findUniqueOrThrow({ where: { id: response.json().invitation.id } });
      expect(row.emailed).toBe(false);
    } finally {
      await app.close();
      broken?.close();
    }
  });

  it("builds links from the request's origin without PUBLIC_URL, trusting X-Forwarded-* only from trusted proxies", async () => {
    for (const [hops, expected] of [
      [0, "http://localhost:80/invitation#"],
      [1, "https://lms.example.no/invitation#"],
    ] as const) {
      const app = await createTestApp({ PUBLIC_URL: undefined, TRUST_PROXY_HOPS: hops });
      try {
        const { unit, headers } = await unitWithCoordinator(app);
        const response = await invite(
          headers,
          unit.id,
          { email: newEmail(), name: "Kari", role: "PROFESSIONAL" },
          app,
          {
            "x-forwarded-proto": "https",
            "x-forwarded-host": "lms.example.no",
          },
        );
        expect(response.statusCode).toBe(201);
        expect(response.json().link.startsWith(expected)).toBe(true);
      } finally {
        await app.close();
      }
    }
  });
});

describe("who may list and invite", () => {
  it("lets the unit's coordinators and system administrators list, newest first and bounded", async () => {
    const { unit, coordinator, headers } = await unitWithCoordinator();
    const now = Date.now();
    await t.db.invitation.createMany({
      data: Array.from({ length: MAX_LISTED_INVITATIONS + 5 }, (_, i) => ({
        tokenHash: sha256(unique("token")),
        email: `bulk-${i}-${unique("x")}@test.example`,
        name: `Bulk ${i}`,
        unitId: unit.id,
        role: "PROFESSIONAL" as const,
        invitedById: coordinator.id,
        createdAt: new Date(now - i * 60_000),
        expiresAt: new Date(now + 86_400_000),
      })),
    });
    const list = await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations`, headers });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { name: string; createdAt: string }[];
    expect(items).toHaveLength(MAX_LISTED_INVITATIONS);
    expect(items[0]?.name).toBe("Bulk 0");
    const times = items.map((i) => Date.parse(i.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await t.db.auditEvent.count({ where: { action: "invitation.contact-read", objectId: unit.id } })).toBe(1);

    const admin = await createPerson(t.db, { isSystemAdmin: true });
    const adminHeaders = headersOf(await signedInHeaders(t.db, admin.id));
    const asAdmin = await t.app.inject({
      method: "GET",
      url: `/api/units/${unit.id}/invitations`,
      headers: adminHeaders,
    });
    expect(asAdmin.statusCode).toBe(200);
    const missing = await t.app.inject({
      method: "GET",
      url: "/api/units/00000000-0000-7000-8000-000000000000/invitations",
      headers: adminHeaders,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("answers 403 to the unit's professional and 404 to another unit's coordinator, changing nothing", async () => {
    const { unit, headers } = await invitedByMail();
    const before = await t.db.invitation.findMany({ where: { unitId: unit.id }, orderBy: { id: "asc" } });
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const other = await unitWithCoordinator();
    const cases = [
      { who: headersOf(await signedInHeaders(t.db, professional.id)), status: 403 },
      { who: other.headers, status: 404 },
    ];
    for (const { who, status } of cases) {
      const list = await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations`, headers: who });
      expect(list.statusCode).toBe(status);
      const created = await invite(who, unit.id, { email: newEmail(), name: "Kari", role: "COORDINATOR" });
      expect(created.statusCode).toBe(status);
      const revoked = await t.app.inject({ method: "DELETE", url: `/api/invitations/${before[0]?.id}`, headers: who });
      expect(revoked.statusCode).toBe(status);
    }
    const anonymous = await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations` });
    expect(anonymous.statusCode).toBe(401);
    expect(await t.db.invitation.findMany({ where: { unitId: unit.id }, orderBy: { id: "asc" } })).toEqual(before);
    // The coordinator's own headers still work (the checks above did not depend on a broken setup).
    expect((await t.app.inject({ method: "GET", url: `/api/units/${unit.id}/invitations`, headers })).statusCode).toBe(
      200,
    );
  });

  it("names the field of each validation error", async () => {
    const { unit, headers } = await unitWithCoordinator();
    const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION" });
    const hospital = await createUnit(t.db);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ email: "not-an-email", name: "Kari", role: "PROFESSIONAL" }, "email"],
      [{ email: newEmail(), name: "", role: "PROFESSIONAL" }, "name"],
      [{ email: newEmail(), name: "Kari", role: "PRESIDENT" }, "role"],
      [{ email: newEmail(), name: "Kari", role: "PROFESSIONAL", locale: "de" }, "locale"],
      [
        { email: newEmail(), name: "Kari", role: "PROFESSIONAL", representsId: organisation.id },
        "representsId",
        "represents_not_allowed",
      ],
      [
        { email: newEmail(), name: "Kari", role: "USER_REPRESENTATIVE", representsId: hospital.id },
        "representsId",
        "not_user_organisation",
      ],
      [
        { email: newEmail(), name: "Kari", role: "USER_REPRESENTATIVE", profession: "Sykepleier" },
        "profession",
        "profession_not_allowed",
      ],
    ];
    for (const [payload, field, code] of cases) {
      const response = await invite(headers, unit.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe("validation_failed");
      expect(response.json().errors).toContainEqual(expect.objectContaining({ field, ...(code ? { code } : {}) }));
    }
    expect(await t.db.invitation.count({ where: { unitId: unit.id } })).toBe(0);
    const fine = await invite(headers, unit.id, {
      email: newEmail(),
      name: "Kari",
      role: "PROFESSIONAL",
      profession: "Sykepleier",
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json().invitation.profession).toBe("Sykepleier");
  });
});

describe("the invitation email", () => {
  const facts = {
    to: "kari@test.example",
    inviteeName: "Kari",
    inviterName: "Ola Koordinator",
    unitName: "Lenvik LMS",
    profession: null,
    representsName: null,
    link: "https://lms.example.no/invitation#token",
    validDays: 14,
  };

  it("names the role in each language", () => {
    const expected = {
      nb: ["som LMS-koordinator", "som fagperson", "som brukerrepresentant", "som evaluator", "som leder"],
      nn: ["som LMS-koordinator", "som fagperson", "som brukarrepresentant", "som evaluator", "som leiar"],
      en: [
        "as an LMS coordinator",
        "as a professional",
        "as a user representative",
        "as an evaluator",
        "as a unit leader",
      ],
    } as const;
    const roles = ["COORDINATOR", "PROFESSIONAL", "USER_REPRESENTATIVE", "EVALUATOR", "UNIT_LEADER"] as const;
    for (const locale of ["nb", "nn", "en"] as const) {
      roles.forEach((role, i) => {
        const mail = invitationMail({ ...facts, locale, role });
        expect(mail.text).toContain(`${expected[locale][i]}.`);
        expect(mail.text).toContain(facts.link);
        expect(mail.text).toContain("Ola Koordinator");
        expect(mail.text).toContain("14");
        expect(mail.to).toBe(facts.to);
      });
    }
  });

  it("adds the profession or the represented organisation", () => {
    const professional = invitationMail({ ...facts, locale: "nb", role: "PROFESSIONAL", profession: "Fysioterapeut" });
    expect(professional.text).toContain("som fagperson (Fysioterapeut).");
    const representative = invitationMail({
      ...facts,
      locale: "en",
      role: "USER_REPRESENTATIVE",
      representsName: "LHL",
    });
    expect(representative.text).toContain("as a user representative representing LHL.");
    expect(representative.subject).toBe("Invitation to Lenvik LMS in Sidestilt");
  });
});

it("sends the default (bokmål) email when no locale is given", async () => {
  const { mail } = await invitedByMail();
  expect(mail.subject).toMatch(/^Invitasjon til /);
  expect(mail.text).toContain("som fagperson");
  expect(mail.text).toContain(`Lenken er gyldig i ${invitationValidDays} dager`);
});
