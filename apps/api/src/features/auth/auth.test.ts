import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { throttleLimits } from "../../lib/sign-in-throttle.ts";
import {
  anonymousCsrfHeaders,
  cookieFrom,
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

async function signIn(email: string, password: string, remoteAddress = "127.0.0.1") {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    remoteAddress,
    headers: await anonymousCsrfHeaders(t.app, remoteAddress),
    payload: { email, password },
  });
}

describe("sign-in", () => {
  it("signs in with email and password and sets a __Host- session cookie", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const response = await signIn(`  ${person.email.toUpperCase()} `, testPassword);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.person).toMatchObject({ id: person.id, email: person.email, locale: "nb" });
    expect(body.memberships).toEqual([
      { unitId: unit.id, unitName: unit.name, unitKind: "HOSPITAL_LMS", role: "PROFESSIONAL" },
    ]);
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/^__Host-sidestilt-session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Secure");
    expect(setCookie).toContain("Path=/");

    const cookie = cookieFrom(response.headers["set-cookie"], "__Host-sidestilt-session");
    const session = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().person.id).toBe(person.id);
    expect(session.headers["cache-control"]).toBe("no-store");
  });

  it("stores only argon2id hashes and no session token in clear", async () => {
    const person = await createPerson(t.db);
    expect(person.passwordHash).toMatch(/^\$argon2id\$/);
    const response = await signIn(person.email, testPassword);
    const token = cookieFrom(response.headers["set-cookie"], "__Host-sidestilt-session").split("=")[1];
    const rows = await t.db.session.findMany({ where: { personId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toBe(token);
  });

  it("answers a wrong password and an unknown email with the same generic problem", async () => {
    const person = await createPerson(t.db);
    const wrongPassword = await signIn(person.email, "not the password");
    const unknownEmail = await signIn("nobody-here@test.example", testPassword);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().code).toBe("invalid_credentials");
  });

  it("counts failed sign-ins and tells the owner at the next sign-in, then starts again", async () => {
    const person = await createPerson(t.db);
    await signIn(person.email, "wrong-1");
    await signIn(person.email, "wrong-2");
    const first = await signIn(person.email, testPassword);
    expect(first.json().failedSignInsSinceLast).toBe(2);
    const second = await signIn(person.email, testPassword);
    expect(second.json().failedSignInsSinceLast).toBe(0);
    const failures = await t.db.auditEvent.count({ where: { objectId: person.id, action: "auth.sign-in-failed" } });
    expect(failures).toBe(2);
  });

  it("refuses a deactivated account with the same generic answer", async () => {
    const person = await createPerson(t.db, { active: false });
    const response = await signIn(person.email, testPassword);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("invalid_credentials");
  });

  it("answers field errors for a malformed email and a missing password", async () => {
    const response = await signIn("not-an-email", "");
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(["email", "password"]);
  });

  it("throttles an account after too many failures with 429 and Retry-After, even with the right password", async () => {
    const person = await createPerson(t.db);
    for (let attempt = 0; attempt < throttleLimits.perAccount; attempt++) {
      expect((await signIn(person.email, `wrong-${attempt}`, `10.1.0.${attempt}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(person.email, testPassword, "10.1.1.1");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe("too_many_requests");
    const retryAfter = Number(blocked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(throttleLimits.windowSeconds);
  });

  it("throttles one address trying many accounts", async () => {
    const address = "10.2.3.4";
    for (let attempt = 0; attempt < throttleLimits.perAddress; attempt++) {
      await signIn(`ghost-${attempt}@test.example`, "guess", address);
    }
    const person = await createPerson(t.db);
    expect((await signIn(person.email, testPassword, address)).statusCode).toBe(429);
    expect((await signIn(person.email, testPassword, "10.2.3.5")).statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("sign-out destroys the session on the server", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: headers.cookie, "x-csrf-token": headers.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toContain("__Host-sidestilt-session=;");
    expect(await t.db.session.count({ where: { id: headers.sessionId } })).toBe(0);
    const after = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: headers.cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe("unauthenticated");
  });

  it("ends a session idle for longer than the idle timeout", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    await t.db.session.update({
      where: { id: headers.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: headers.cookie },
    });
    expect(response.statusCode).toBe(401);
    expect(await t.db.session.count({ where: { id: headers.sessionId } })).toBe(0);
  });

  it("ends a session past its absolute lifetime even when active", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    await t.db.session.update({
      where: { id: headers.sessionId },
      data: { absoluteExpiry: new Date(Date.now() - 1000) },
    });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: headers.cookie },
    });
    expect(response.statusCode).toBe(401);
  });

  it("keeps an active session alive by sliding its idle time", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const old = new Date(Date.now() - 20 * 60_000);
    await t.db.session.update({ where: { id: headers.sessionId }, data: { lastSeenAt: old } });
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: headers.cookie } })).statusCode,
    ).toBe(200);
    const row = await t.db.session.findUniqueOrThrow({ where: { id: headers.sessionId } });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });

  it("ends every session of a person who is deactivated", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    await t.db.person.update({ where: { id: person.id }, data: { active: false } });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: headers.cookie },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe("CSRF defence", () => {
  it("refuses a state-changing request without the token, with a wrong token, or from another site", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const attempts = [
      { cookie: headers.cookie },
      { cookie: headers.cookie, "x-csrf-token": "wrong" },
      { cookie: headers.cookie, "x-csrf-token": headers.csrfToken, origin: "https://evil.example" },
      { cookie: headers.cookie, "x-csrf-token": headers.csrfToken, "sec-fetch-site": "cross-site" },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({ method: "POST", url: "/api/auth/sign-out", headers: attempt });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe("csrf_failed");
    }
    expect(await t.db.session.count({ where: { id: headers.sessionId } })).toBe(1);
  });

  it("refuses an anonymous sign-in without the double-submit cookie's token", async () => {
    const person = await createPerson(t.db);
    const csrf = await anonymousCsrfHeaders(t.app);
    const noHeader = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { cookie: csrf.cookie },
      payload: { email: person.email, password: testPassword },
    });
    const noCookie = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { "x-csrf-token": csrf["x-csrf-token"] },
      payload: { email: person.email, password: testPassword },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noCookie.statusCode).toBe(403);
  });

  it("accepts a same-origin request carrying the token", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: {
        cookie: headers.cookie,
        "x-csrf-token": headers.csrfToken,
        origin: "http://localhost:80",
        "sec-fetch-site": "same-origin",
      },
    });
    expect(response.statusCode).toBe(204);
  });
});

describe("session cookie behind a TLS-terminating proxy", () => {
  it("is __Host- and Secure over HTTPS, and unprefixed without Secure over plain HTTP on another host", async () => {
    const behindProxy = await createTestApp({ TRUST_PROXY_HOPS: 1 });
    try {
      const person = await createPerson(behindProxy.db);
      const signInOn = async (host: string, proto: string) => {
        const csrf = await behindProxy.app.inject({
          method: "GET",
          url: "/api/auth/csrf",
          headers: { host, "x-forwarded-proto": proto },
        });
        const csrfCookie = String(csrf.headers["set-cookie"]).split(";")[0] ?? "";
        return behindProxy.app.inject({
          method: "POST",
          url: "/api/auth/sign-in",
          headers: { host, "x-forwarded-proto": proto, cookie: csrfCookie, "x-csrf-token": csrf.json().csrfToken },
          payload: { email: person.email, password: testPassword },
        });
      };
      const https = await signInOn("sidestilt.unn.example", "https");
      expect(https.statusCode).toBe(200);
      expect(String(https.headers["set-cookie"])).toMatch(/^__Host-sidestilt-session=.*; Secure/);
      const plain = await signInOn("sidestilt.intranet.example", "http");
      expect(plain.statusCode).toBe(200);
      const cookie = String(plain.headers["set-cookie"]);
      expect(cookie).toMatch(/^sidestilt-session=/);
      expect(cookie).not.toContain("Secure");
    } finally {
      await behindProxy.close();
    }
  });
});
