import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../lib/totp.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  signedInHeaders,
  testPassword,
} from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const stepAt = (timestamp: number): bigint => BigInt(Math.floor(timestamp / 30_000));

type Headers = Awaited<ReturnType<typeof signedInHeaders>>;
const as = (headers: Headers) => ({ cookie: headers.cookie, "x-csrf-token": headers.csrfToken });

const post = (headers: Headers, url: string, payload?: object) =>
  t.app.inject({ method: "POST", url, headers: as(headers), ...(payload ? { payload } : {}) });

async function signIn(payload: { email: string; password: string; totpCode?: string }, remoteAddress: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress,
    headers: await anonymousCsrfHeaders(t.app, remoteAddress),
    payload,
  });
}

/**
 * Waits out the last seconds of a 30-second step: a code of the previous step computed now would be
 * two steps old, outside the window, if the step changed before the server checks it.
 */
async function awayFromStepEdge(): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/** A person with the second factor on, set up through the API; answers the secret the app would hold. */
async function personWithTotp() {
  const person = await createPerson(t.db);
  const headers = await signedInHeaders(t.db, person.id);
  const { secret } = (await post(headers, "/api/me/totp/setup")).json();
  // The code of the previous step, so that the current one is still unused for the sign-in tests.
  await awayFromStepEdge();
  const at = Date.now() - 30_000;
  const enabled = await post(headers, "/api/me/totp/enable", { code: totpCode(secret, at) });
  expect(enabled.statusCode).toBe(204);
  return { person, headers, secret: secret as string, enabledStep: stepAt(at) };
}

describe("TOTP setup and enable", () => {
  it("sets up a pending secret with its otpauth URI and an SVG QR code, replaced by a new setup", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const first = await post(headers, "/api/me/totp/setup");
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauthUri).toBe(
      `otpauth://totp/Sidestilt:${encodeURIComponent(person.email)}?issuer=Sidestilt&secret=${body.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    let row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.totpSecret).toBe(body.secret);
    expect(row.totpEnabledAt).toBeNull();

    const second = (await post(headers, "/api/me/totp/setup")).json();
    expect(second.secret).not.toBe(body.secret);
    row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.totpSecret).toBe(second.secret);
    // A pending secret is not a second factor: the password alone still signs in.
    expect((await signIn({ email: person.email, password: testPassword }, "10.7.0.1")).statusCode).toBe(200);
    // The secret of the first setup no longer enables anything.
    const stale = await post(headers, "/api/me/totp/enable", { code: totpCode(body.secret) });
    expect(stale.statusCode).toBe(400);
  });

  it("refuses a wrong code with a field error and leaves the second factor off", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const { secret } = (await post(headers, "/api/me/totp/setup")).json();
    const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
    const response = await post(headers, "/api/me/totp/enable", { code: wrong });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: "code", code: "invalid_totp_code", message: expect.any(String) }]);
    const malformed = await post(headers, "/api/me/totp/enable", { code: "12ab" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe("code");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).toBeNull();
  });

  it("enables with a right code, shows it on the profile, audits it, and refuses a new setup while on", async () => {
    const { person, headers, secret, enabledStep } = await personWithTotp();
    const row = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).toBe(secret);
    expect(row.totpLastStep).toBe(enabledStep);
    const profile = await t.app.inject({ method: "GET", url: "/api/me", headers: as(headers) });
    expect(profile.json().totpEnabled).toBe(true);
    expect(await t.db.auditEvent.count({ where: { objectId: person.id, action: "auth.totp-enabled" } })).toBe(1);

    const again = await post(headers, "/api/me/totp/setup");
    expect(again.statusCode).toBe(409);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpSecret).toBe(secret);
  });

  it("is only for accounts with a password", async () => {
    const person = await createPerson(t.db);
    await t.db.person.update({ where: { id: person.id }, data: { passwordHash: null } });
    const headers = await signedInHeaders(t.db, person.id);
    const response = await post(headers, "/api/me/totp/setup");
    expect(response.statusCode).toBe(409);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpSecret).toBeNull();
  });
});

describe("sign-in with the second factor", () => {
  it("asks for the code, accepts it once, refuses it again, then signs in with the password after disable", async () => {
    const { person, headers, secret } = await personWithTotp();
    const address = "10.7.1.1";
    const sessionsBefore = await t.db.session.count({ where: { personId: person.id } });

    const withoutCode = await signIn({ email: person.email, password: testPassword }, address);
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().code).toBe("second_factor_required");
    expect(withoutCode.headers["set-cookie"]).toBeUndefined();
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(sessionsBefore);
    // Asking for the code is not a failure.
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).failedSignInCount).toBe(0);

    const at = Date.now();
    const code = totpCode(secret, at);
    const withCode = await signIn({ email: person.email, password: testPassword, totpCode: code }, address);
    expect(withCode.statusCode).toBe(200);
    expect(withCode.json().person.id).toBe(person.id);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpLastStep).toBe(stepAt(at));

    const replayed = await signIn({ email: person.email, password: testPassword, totpCode: code }, address);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().code).toBe("invalid_second_factor");
    expect(replayed.headers["set-cookie"]).toBeUndefined();
    const afterReplay = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(afterReplay.failedSignInCount).toBe(1);
    const failure = await t.db.auditEvent.findFirstOrThrow({
      where: { objectId: person.id, action: "auth.sign-in-failed" },
    });
    expect(failure.data).toEqual({ reason: "wrong-second-factor" });

    const wrongPassword = await signIn({ email: person.email, password: "nope nope", totpCode: code }, address);
    expect(wrongPassword.json().code).toBe("invalid_credentials");

    const disableWrong = await post(headers, "/api/me/totp/disable", { password: "not it at all" });
    expect(disableWrong.statusCode).toBe(400);
    expect(disableWrong.json().errors[0]).toMatchObject({ field: "password", code: "wrong_password" });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).not.toBeNull();

    expect((await post(headers, "/api/me/totp/disable", { password: testPassword })).statusCode).toBe(204);
    const off = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(off).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await t.db.auditEvent.count({ where: { objectId: person.id, action: "auth.totp-disabled" } })).toBe(1);
    expect((await signIn({ email: person.email, password: testPassword }, address)).statusCode).toBe(200);
  });

  it("counts wrong codes towards the throttle like wrong passwords", async () => {
    const { person, secret } = await personWithTotp();
    const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await signIn(
        { email: person.email, password: testPassword, totpCode: wrong },
        `10.7.2.${attempt}`,
      );
      expect(response.json().code).toBe("invalid_second_factor");
    }
    const blocked = await signIn(
      { email: person.email, password: testPassword, totpCode: totpCode(secret) },
      "10.7.3.1",
    );
    expect(blocked.statusCode).toBe(429);
  });

  it("leaves accounts without the second factor signing in by password alone, ignoring a code", async () => {
    const person = await createPerson(t.db);
    const response = await signIn({ email: person.email, password: testPassword, totpCode: "123456" }, "10.7.4.1");
    expect(response.statusCode).toBe(200);
  });
});
