import { passwordResetValidMinutes } from "@sidestilt/domain/account.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type Mailer } from "../../lib/mailer.ts";
import { sha256 } from "../../lib/tokens.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  createUnit,
  signedInHeaders,
  testPassword,
  unique,
} from "../../test/fixtures.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { MAX_RESETS_PER_HOUR } from "./password-reset.service.ts";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const newPassword = "a completely new passphrase";
// Sign-ins from an address of their own, so that this file's failures never throttle another file's.
const remoteAddress = "127.0.0.77";

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

const tokenIn = (text: string) => /\/reset-password#([A-Za-z0-9_-]{43})(?:\s|$)/.exec(text)?.[1];
const headersOf = (signedIn: { cookie: string; csrfToken: string }) => ({
  cookie: signedIn.cookie,
  "x-csrf-token": signedIn.csrfToken,
});

async function requestReset(email: string, app: TestApp = t) {
  return app.app.inject({
    method: "POST",
    url: "/api/auth/password-reset",
    headers: await anonymousCsrfHeaders(app.app),
    payload: { email },
  });
}

async function complete(token: string, password: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/password-reset/complete",
    headers: await anonymousCsrfHeaders(t.app),
    payload: { token, password },
  });
}

async function signIn(email: string, password: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress,
    headers: await anonymousCsrfHeaders(t.app, remoteAddress),
    payload: { email, password },
  });
}

/** Requests a reset for the person and returns the token from the email. */
async function tokenByMail(email: string) {
  const before = sink.messages.filter((m) => m.to === email).length;
  expect((await requestReset(email)).statusCode).toBe(202);
  await sink.waitForMessage((m) => m.to === email && sink.messages.filter((n) => n.to === email).length > before);
  const mail = sink.messages.filter((m) => m.to === email).at(-1);
  const token = mail && tokenIn(mail.text);
  if (!token) throw new Error("no reset link in the email");
  return { token, mail };
}

describe("requesting a reset", () => {
  it("emails an existing account in its language and answers an unknown address exactly the same", async () => {
    const person = await createPerson(t.db);
    await t.db.person.update({ where: { id: person.id }, data: { locale: "en" } });
    const unknownEmail = `${unique("nobody")}@test.example`;

    const unknown = await requestReset(unknownEmail);
    const known = await requestReset(person.email.toUpperCase());
    for (const response of [unknown, known]) {
      expect(response.statusCode).toBe(202);
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    expect(known.body).toBe(unknown.body);
    expect(known.headers["content-type"]).toBe(unknown.headers["content-type"]);

    const mail = await sink.waitForMessage((m) => m.to === person.email);
    expect(mail.subject).toBe("Choose a new Sidestilt password");
    expect(mail.text).toContain(`Hello ${person.name},`);
    expect(mail.text).toContain(`valid for ${passwordResetValidMinutes} minutes`);
    expect(mail.text).toContain("If you did not ask for this");
    const token = tokenIn(mail.text);
    expect(mail.text).toContain(`http://sidestilt.test/reset-password#${token}`);
    const rows = await t.db.passwordReset.findMany({ where: { personId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(sha256(token ?? ""));
    expect(rows[0]?.expiresAt.getTime()).toBeGreaterThan(Date.now() + (passwordResetValidMinutes - 1) * 60_000);
    expect(sink.messages.some((m) => m.to === unknownEmail)).toBe(false);

    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password-reset-requested", objectId: person.id },
    });
    expect(event.data).toEqual({ outcome: "emailed" });
    expect(JSON.stringify(event.data)).not.toContain(person.email);
  });

  it("sends nothing to a deactivated account, nor without a mailer, and still answers 202", async () => {
    const inactive = await createPerson(t.db, { active: false });
    expect((await requestReset(inactive.email)).statusCode).toBe(202);
    const plain = await createTestApp();
    try {
      const person = await createPerson(plain.db);
      expect((await requestReset(person.email, plain)).statusCode).toBe(202);
      expect(await plain.db.passwordReset.count({ where: { personId: person.id } })).toBe(0);
    } finally {
      await plain.close();
    }
    expect(await t.db.passwordReset.count({ where: { personId: inactive.id } })).toBe(0);
    expect(sink.messages.some((m) => m.to === inactive.email)).toBe(false);
  });

  it(`sends at most ${MAX_RESETS_PER_HOUR} links an hour to one account, silently`, async () => {
    const person = await createPerson(t.db);
    for (let i = 0; i < MAX_RESETS_PER_HOUR + 2; i++) {
      expect((await requestReset(person.email)).statusCode).toBe(202);
    }
    expect(await t.db.passwordReset.count({ where: { personId: person.id } })).toBe(MAX_RESETS_PER_HOUR);
    await sink.waitForMessage(() => sink.messages.filter((n) => n.to === person.email).length >= MAX_RESETS_PER_HOUR);
    const limited = await t.db.auditEvent.count({
      where: {
        action: "auth.password-reset-requested",
        objectId: person.id,
        data: { equals: { outcome: "rate-limited" } },
      },
    });
    expect(limited).toBe(2);
  });

  it("names the field of an invalid email", async () => {
    const response = await requestReset("not an email");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: "email" })]);
  });
});

describe("completing a reset", () => {
  it("sets the new password, ends every session, forgets failed sign-ins, and works only once", async () => {
    const person = await createPerson(t.db);
    await t.db.person.update({ where: { id: person.id }, data: { failedSignInCount: 3 } });
    const first = await signedInHeaders(t.db, person.id);
    await signedInHeaders(t.db, person.id);
    const { token, mail } = await tokenByMail(person.email);
    expect(mail.subject).toBe("Velg nytt passord i Sidestilt");

    const done = await complete(token, newPassword);
    expect(done.statusCode).toBe(204);
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
    const oldSession = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: first.cookie },
    });
    expect(oldSession.statusCode).toBe(401);
    const stored = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.failedSignInCount).toBe(0);

    expect((await signIn(person.email, testPassword)).statusCode).toBe(401);
    expect((await signIn(person.email, newPassword)).statusCode).toBe(200);

    const reused = await complete(token, "yet another long password");
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe("reset_link_invalid");
    expect((await signIn(person.email, newPassword)).statusCode).toBe(200);

    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password-reset", objectId: person.id },
    });
    expect(event).toMatchObject({ actorId: person.id, data: expect.objectContaining({ sessionsEnded: 2 }) });
  });

  it("ends the person's other pending links with the one used", async () => {
    const person = await createPerson(t.db);
    const older = await tokenByMail(person.email);
    const newer = await tokenByMail(person.email);
    expect((await complete(newer.token, newPassword)).statusCode).toBe(204);
    expect((await complete(older.token, "another long password")).json().code).toBe("reset_link_invalid");
  });

  it("refuses an expired or unknown link with 410 and leaves the password alone", async () => {
    const person = await createPerson(t.db);
    const { token } = await tokenByMail(person.email);
    await t.db.passwordReset.updateMany({
      where: { personId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await complete(token, newPassword);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe("reset_link_invalid");
    const unknown = await complete("u".repeat(43), newPassword);
    expect(unknown.statusCode).toBe(410);
    expect(unknown.json()).toEqual(expired.json());
    const stored = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.passwordHash).toBe(person.passwordHash);
  });

  it("refuses a link of an account deactivated since", async () => {
    const person = await createPerson(t.db);
    const { token } = await tokenByMail(person.email);
    await t.db.person.update({ where: { id: person.id }, data: { active: false } });
    expect((await complete(token, newPassword)).statusCode).toBe(410);
  });

  it("names the field of a too-short password", async () => {
    const response = await complete("u".repeat(43), "short");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: "password" })]);
  });
});

describe("reset links that coordinators pass on", () => {
  async function resetLink(personId: string, headers: Record<string, string>) {
    return t.app.inject({ method: "POST", url: `/api/people/${personId}/password-reset-link`, headers });
  }

  it("gives the person's coordinator a working link, audited", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] });
    const response = await resetLink(person.id, headersOf(await signedInHeaders(t.db, coordinator.id)));
    expect(response.statusCode).toBe(200);
    const { link } = response.json();
    expect(link).toMatch(/^http:\/\/sidestilt\.test\/reset-password#[A-Za-z0-9_-]{43}$/);
    expect(sink.messages.some((m) => m.to === person.email)).toBe(false);
    expect((await complete(String(link).split("#")[1] ?? "", newPassword)).statusCode).toBe(204);
    expect((await signIn(person.email, newPassword)).statusCode).toBe(200);
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password-reset-link-created", objectId: person.id },
    });
    expect(event).toMatchObject({ actorId: coordinator.id, unitIds: [unit.id] });
  });

  it("refuses oneself and the unit's other roles (403), other units' coordinators (404), a deactivated person (409)", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
    const otherUnit = await createUnit(t.db);
    const stranger = await createPerson(t.db, { memberships: [{ unitId: otherUnit.id, role: "COORDINATOR" }] });
    const inactive = await createPerson(t.db, { active: false, memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
    const asCoordinator = headersOf(await signedInHeaders(t.db, coordinator.id));

    expect((await resetLink(coordinator.id, asCoordinator)).statusCode).toBe(403);
    expect((await resetLink(person.id, headersOf(await signedInHeaders(t.db, professional.id)))).statusCode).toBe(403);
    expect((await resetLink(person.id, headersOf(await signedInHeaders(t.db, stranger.id)))).statusCode).toBe(404);
    expect((await resetLink("00000000-0000-7000-8000-000000000000", asCoordinator)).statusCode).toBe(404);
    expect((await resetLink(inactive.id, asCoordinator)).statusCode).toBe(409);
    expect(
      (await t.app.inject({ method: "POST", url: `/api/people/${person.id}/password-reset-link` })).statusCode,
    ).toBe(401);
    const ids = [coordinator.id, person.id, inactive.id];
    expect(await t.db.passwordReset.count({ where: { personId: { in: ids } } })).toBe(0);

    const admin = await createPerson(t.db, { isSystemAdmin: true });
    expect((await resetLink(person.id, headersOf(await signedInHeaders(t.db, admin.id)))).statusCode).toBe(200);
    expect(await t.db.passwordReset.count({ where: { personId: person.id } })).toBe(1);
  });
});
