import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../lib/free-port.ts";
import { sha256 } from "../../lib/tokens.ts";
import { cookieFrom, createPerson, createTestApp, createUnit, unique } from "../../test/fixtures.ts";
import { startOidcProvider, type TestOidcAccount, type TestOidcProvider } from "../../test/oidc-provider.ts";
import { safeReturnTo } from "./oidc.service.ts";

// The whole flow runs for real: the app (through app.inject) and a real OpenID provider on
// 127.0.0.1 (through fetch), with the browser's redirects and cookies played by `Browser` below.
const appOrigin = "http://sidestilt.test"; // the test config's PUBLIC_URL
const callbackUri = `${appOrigin}/api/auth/oidc/callback`;
const sessionCookie = "__Host-sidestilt-session";
const stateCookie = "__Host-sidestilt-oidc-state";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let provider: TestOidcProvider;
let t: TestApp;
beforeAll(async () => {
  provider = await startOidcProvider({ accounts: [], redirectUris: [callbackUri] });
  t = await appFor(provider);
});
afterAll(async () => {
  await t.close();
  await provider.stop();
});

const appFor = (p: TestOidcProvider) =>
  createTestApp({
    OIDC_ISSUER: p.issuer,
    OIDC_CLIENT_ID: p.clientId,
    OIDC_CLIENT_SECRET: p.clientSecret,
    OIDC_NAME: "Test-ID",
    OIDC_ALLOW_HTTP: true,
  });

/** A browser's cookie jar and redirect-following, for the app (inject) and the provider (fetch). */
class Browser {
  readonly appCookies = new Map<string, string>();
  private readonly providerCookies = new Map<string, { value: string; path: string }>();
  constructor(private readonly app: TestApp["app"]) {}

  /** GET on the app; answers status, Location and the cookies it set. */
  async appGet(pathAndQuery: string, cookieHeader?: string) {
    const cookie = cookieHeader ?? [...this.appCookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await this.app.inject({ method: "GET", url: pathAndQuery, headers: cookie ? { cookie } : {} });
    const setCookie = response.headers["set-cookie"];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.appCookies.delete(name);
      else this.appCookies.set(name, value);
    }
    return { status: response.statusCode, location: response.headers.location, setCookie };
  }

  /** Follows the provider's redirects until it shows its login form or sends the browser back to the app. */
  async atProvider(url: string, init?: { form: Record<string, string> }): Promise<{ form?: string; back?: string }> {
    let next: string | undefined = url;
    let request = init;
    for (let hops = 0; next && hops < 10; hops++) {
      if (next.startsWith(appOrigin)) return { back: next };
      const target: URL = new URL(next);
      const response = await fetch(target, {
        method: request ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: this.providerCookieHeader(target.pathname),
          ...(request ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        ...(request ? { body: new URLSearchParams(request.form).toString() } : {}),
      });
      request = undefined;
      this.keepProviderCookies(response.headers.getSetCookie());
      if (response.status < 300 || response.status >= 400) {
        const body = await response.text();
        if (response.status === 200 && target.pathname.startsWith("/interaction/")) return { form: target.href };
        throw new Error(`the provider answered ${response.status}: ${body.slice(0, 300)}`);
      }
      next = new URL(response.headers.get("location") ?? "", target).href;
    }
    throw new Error("too many redirects at the provider");
  }

  private providerCookieHeader(path: string): string {
    return [...this.providerCookies]
      .filter(([, cookie]) => path.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join("; ");
  }

  private keepProviderCookies(lines: string[]) {
    for (const line of lines) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith("path="))?.slice(5) ?? "/";
      const expired = attributes.some((a) => /^expires=.*1970/i.test(a) || /^max-age=0$/i.test(a));
      if (expired || value === "") this.providerCookies.delete(name);
      else this.providerCookies.set(name, { value, path });
    }
  }
}

/** Starts at the app, logs in at the provider as `sub` (or cancels there); returns the callback URL. */
async function throughProvider(browser: Browser, options: { sub?: string; cancel?: boolean; returnTo?: string }) {
  const query = options.returnTo === undefined ? "" : `?returnTo=${encodeURIComponent(options.returnTo)}`;
  const start = await browser.appGet(`/api/auth/oidc/start${query}`);
  expect(start.status).toBe(302);
  const page = await browser.atProvider(String(start.location));
  if (!page.form) throw new Error("the provider showed no login form");
  const back = await browser.atProvider(page.form, {
    form: options.cancel ? { cancel: "1" } : { login: options.sub ?? "" },
  });
  if (!back.back) throw new Error("the provider did not send the browser back");
  return back.back;
}

/** The whole journey; answers the callback's response. */
async function signInThroughProvider(
  options: { sub?: string; cancel?: boolean; returnTo?: string },
  browser = new Browser(t.app),
) {
  const callback = await throughProvider(browser, options);
  const response = await browser.appGet(callback.slice(appOrigin.length));
  return { ...response, browser, callback };
}

function account(email: string, overrides: Partial<TestOidcAccount> = {}): TestOidcAccount {
  const sub = unique("sub");
  const created = { sub, email, emailVerified: true, name: "Test Person", ...overrides };
  provider.setAccount(created);
  return created;
}

async function auditMark(): Promise<bigint> {
  const last = await t.db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

const oidcFailuresSince = (mark: bigint) =>
  t.db.auditEvent.findMany({
    where: { id: { gt: mark }, action: "auth.sign-in-failed", data: { path: ["method"], equals: "oidc" } },
    orderBy: { id: "asc" },
  });

describe("sign-in options", () => {
  it("offers the OpenID provider by its configured name", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/auth/options" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ oidc: { displayName: "Test-ID" } });
  });

  it("offers nothing and answers 404 on start and callback when no provider is configured", async () => {
    const plain = await createTestApp();
    try {
      const options = await plain.app.inject({ method: "GET", url: "/api/auth/options" });
      expect(options.json()).toEqual({ oidc: null });
      for (const url of ["/api/auth/oidc/start", "/api/auth/oidc/callback?code=x&state=y"]) {
        const response = await plain.app.inject({ method: "GET", url });
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe("not_found");
      }
    } finally {
      await plain.close();
    }
  });
});

describe("starting a sign-in", () => {
  it("redirects to the provider with PKCE S256, state and nonce, bound to the browser by an HttpOnly cookie", async () => {
    const browser = new Browser(t.app);
    const start = await browser.appGet("/api/auth/oidc/start?returnTo=%2Fcourses%2Fabc%3Ftab%3Druns");
    expect(start.status).toBe(302);
    const url = new URL(String(start.location));
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: "code",
      redirect_uri: callbackUri,
      scope: "openid email profile",
      code_challenge_method: "S256",
    });
    const state = url.searchParams.get("state") ?? "";
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get("nonce")?.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const cookie = String(start.setCookie);
    expect(cookieFrom(start.setCookie, stateCookie)).toBe(`${stateCookie}=${state}`);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Max-Age=600");

    // Only the state's hash is stored, with the verifier (never sent to the provider) and the destination.
    const row = await t.db.oidcLogin.findUniqueOrThrow({ where: { stateHash: sha256(state) } });
    expect(row.returnTo).toBe("/courses/abc?tab=runs");
    expect(url.searchParams.get("code_challenge")).not.toBe(row.codeVerifier);
    expect(await t.db.oidcLogin.count({ where: { stateHash: state } })).toBe(0);
  });

  it("accepts only a path of this app as the destination", () => {
    expect(safeReturnTo(undefined)).toBe("/courses");
    expect(safeReturnTo("/people/1?x=1#top")).toBe("/people/1?x=1#top");
    expect(safeReturnTo("/kurs/æ")).toBe("/kurs/%C3%A6");
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example",
      "evil.example",
      "",
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeReturnTo(hostile), hostile).toBe("/courses");
    }
  });
});

describe("signing in through the provider", () => {
  it("links the account by verified email, then finds it by subject after the email changed at the provider", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const atProvider = account(person.email);
    const mark = await auditMark();

    const first = await signInThroughProvider({ sub: atProvider.sub, returnTo: "/courses/some-course" });
    expect(first.status).toBe(302);
    expect(first.location).toBe("/courses/some-course");
    expect(String(first.setCookie)).toMatch(/__Host-sidestilt-session=[A-Za-z0-9_-]{43};.*HttpOnly/);
    const session = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: cookieFrom(first.setCookie, sessionCookie) },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().person.id).toBe(person.id);
    expect(first.browser.appCookies.has(stateCookie)).toBe(false); // cleared after use

    const identities = await t.db.oidcIdentity.findMany({ where: { personId: person.id } });
    expect(identities).toMatchObject([{ issuer: provider.issuer, subject: atProvider.sub }]);
    const events = await t.db.auditEvent.findMany({ where: { id: { gt: mark }, objectId: person.id } });
    expect(events.map((event) => [event.action, event.data])).toEqual([
      ["person.oidc-linked", { issuer: provider.issuer }],
      ["auth.signed-in", { method: "oidc" }],
    ]);
    expect(events[0]?.unitIds).toEqual([unit.id]);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain(person.email);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).lastSignInAt).not.toBeNull();

    // The provider's account now has another (even unverified) email: the subject still decides.
    provider.setAccount({ ...atProvider, email: `${unique("changed")}@test.example`, emailVerified: false });
    const second = await signInThroughProvider({ sub: atProvider.sub });
    expect(second.location).toBe("/courses");
    const again = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: cookieFrom(second.setCookie, sessionCookie) },
    });
    expect(again.json().person.id).toBe(person.id);
    expect(await t.db.oidcIdentity.count({ where: { personId: person.id } })).toBe(1);
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(2);
  });

  it("matches the email case-insensitively and carries the failed password attempts into the session", async () => {
    const person = await createPerson(t.db);
    await t.db.person.update({ where: { id: person.id }, data: { failedSignInCount: 3 } });
    const atProvider = account(person.email.toUpperCase());
    const result = await signInThroughProvider({ sub: atProvider.sub });
    expect(result.location).toBe("/courses");
    const session = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: cookieFrom(result.setCookie, sessionCookie) },
    });
    expect(session.json()).toMatchObject({ person: { id: person.id }, failedSignInsSinceLast: 3 });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).failedSignInCount).toBe(0);
  });

  it("refuses an unverified email: no session, no link", async () => {
    const person = await createPerson(t.db);
    const atProvider = account(person.email, { emailVerified: false });
    const mark = await auditMark();
    const result = await signInThroughProvider({ sub: atProvider.sub });
    expect(result.location).toBe("/sign-in?oidcError=email_unverified");
    expect(result.browser.appCookies.has(sessionCookie)).toBe(false);
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
    expect(await t.db.oidcIdentity.count({ where: { personId: person.id } })).toBe(0);
    const failures = await oidcFailuresSince(mark);
    expect(failures.map((failure) => failure.data)).toEqual([{ method: "oidc", reason: "email_unverified" }]);
  });

  it("answers no_account for a verified email that no person has; accounts are never created", async () => {
    const email = `${unique("stranger")}@test.example`;
    const atProvider = account(email);
    const mark = await auditMark();
    const result = await signInThroughProvider({ sub: atProvider.sub });
    expect(result.location).toBe("/sign-in?oidcError=no_account");
    expect(result.browser.appCookies.has(sessionCookie)).toBe(false);
    expect(await t.db.person.count({ where: { email } })).toBe(0);
    expect(await t.db.oidcIdentity.count({ where: { subject: atProvider.sub } })).toBe(0);
    const failures = await oidcFailuresSince(mark);
    expect(failures.map((failure) => [failure.actorId, failure.data])).toEqual([
      [null, { method: "oidc", reason: "no_account" }],
    ]);
    expect(JSON.stringify(failures.map((failure) => failure.data))).not.toContain(email);
  });

  // A deactivated (or erased) person gets the same answer as an unknown one, like the password sign-in,
  // whether the account is still to be linked or was linked before the deactivation.
  it("answers no_account for a deactivated person, linked or not, and creates no session", async () => {
    const unlinked = await createPerson(t.db, { active: false });
    const unlinkedAtProvider = account(unlinked.email);
    const linked = await createPerson(t.db);
    const linkedAtProvider = account(linked.email);
    expect((await signInThroughProvider({ sub: linkedAtProvider.sub })).location).toBe("/courses");
    await t.db.person.update({ where: { id: linked.id }, data: { active: false } });
    const erased = await createPerson(t.db);
    const erasedAtProvider = account(erased.email);
    await t.db.person.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });
    const mark = await auditMark();

    for (const [person, atProvider] of [
      [unlinked, unlinkedAtProvider],
      [linked, linkedAtProvider],
      [erased, erasedAtProvider],
    ] as const) {
      const result = await signInThroughProvider({ sub: atProvider.sub });
      expect(result.location).toBe("/sign-in?oidcError=no_account");
      expect(result.browser.appCookies.has(sessionCookie)).toBe(false);
      const failures = await oidcFailuresSince(mark);
      expect(failures.at(-1)).toMatchObject({ actorId: person.id, objectId: person.id });
    }
    expect(await t.db.session.count({ where: { personId: { in: [unlinked.id, erased.id] } } })).toBe(0);
    expect(await t.db.session.count({ where: { personId: linked.id } })).toBe(1); // only the one before deactivation
    expect(await t.db.oidcIdentity.count({ where: { personId: { in: [unlinked.id, erased.id] } } })).toBe(0);
  });

  it("comes back with cancelled when the person cancels at the provider", async () => {
    const person = await createPerson(t.db);
    account(person.email);
    const mark = await auditMark();
    const result = await signInThroughProvider({ cancel: true });
    expect(new URL(result.callback).searchParams.get("error")).toBe("access_denied");
    expect(result.location).toBe("/sign-in?oidcError=cancelled");
    expect(result.browser.appCookies.has(sessionCookie)).toBe(false);
    expect((await oidcFailuresSince(mark)).map((failure) => failure.data)).toEqual([
      { method: "oidc", reason: "cancelled" },
    ]);
  });

  it("reads the email from UserInfo when the provider keeps it out of the ID token", async () => {
    const strict = await startOidcProvider({ accounts: [], redirectUris: [callbackUri], emailOnlyFromUserInfo: true });
    const strictApp = await appFor(strict);
    try {
      const person = await createPerson(strictApp.db);
      strict.setAccount({ sub: "strict-sub", email: person.email, emailVerified: true, name: "Strict" });
      const browser = new Browser(strictApp.app);
      const callback = await throughProvider(browser, { sub: "strict-sub" });
      const result = await browser.appGet(callback.slice(appOrigin.length));
      expect(result.location).toBe("/courses");
      expect(await strictApp.db.oidcIdentity.count({ where: { personId: person.id, issuer: strict.issuer } })).toBe(1);
    } finally {
      await strictApp.close();
      await strict.stop();
    }
  });
});

describe("the state binds the callback to the browser that started it", () => {
  async function readyCallback() {
    const person = await createPerson(t.db);
    const atProvider = account(person.email);
    const browser = new Browser(t.app);
    const callback = await throughProvider(browser, { sub: atProvider.sub });
    return { person, browser, callback, path: callback.slice(appOrigin.length) };
  }

  it("fails with a tampered state, and the started sign-in stays unusable to the attacker", async () => {
    const { person, browser, path } = await readyCallback();
    const mark = await auditMark();
    const url = new URL(path, appOrigin);
    url.searchParams.set("state", `${url.searchParams.get("state")}x`);
    const result = await browser.appGet(`${url.pathname}${url.search}`);
    expect(result.location).toBe("/sign-in?oidcError=failed");
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
    expect((await oidcFailuresSince(mark)).map((failure) => failure.data)).toEqual([
      { method: "oidc", reason: "failed" },
    ]);
  });

  it("fails without the state cookie (a callback planted in another browser: login CSRF)", async () => {
    const { person, path } = await readyCallback();
    const victim = new Browser(t.app);
    const result = await victim.appGet(path);
    expect(result.location).toBe("/sign-in?oidcError=failed");
    expect(victim.appCookies.has(sessionCookie)).toBe(false);
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
  });

  it("is single-use: replaying the callback with the same cookie fails", async () => {
    const { person, browser, path } = await readyCallback();
    const cookie = `${stateCookie}=${browser.appCookies.get(stateCookie)}`;
    const first = await browser.appGet(path, cookie);
    expect(first.location).toBe("/courses");
    const replay = await browser.appGet(path, cookie);
    expect(replay.location).toBe("/sign-in?oidcError=failed");
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(1);
  });

  it("fails after ten minutes", async () => {
    const { person, browser, path } = await readyCallback();
    const state = String(browser.appCookies.get(stateCookie));
    await t.db.oidcLogin.update({
      where: { stateHash: sha256(state) },
      data: { createdAt: new Date(Date.now() - 11 * 60_000) },
    });
    expect((await browser.appGet(path)).location).toBe("/sign-in?oidcError=failed");
    expect(await t.db.session.count({ where: { personId: person.id } })).toBe(0);
  });

  it("ignores a destination on another site", async () => {
    const person = await createPerson(t.db);
    const atProvider = account(person.email);
    const browser = new Browser(t.app);
    const start = await browser.appGet(`/api/auth/oidc/start?returnTo=${encodeURIComponent("//evil.example/x")}`);
    const state = new URL(String(start.location)).searchParams.get("state") ?? "";
    expect((await t.db.oidcLogin.findUniqueOrThrow({ where: { stateHash: sha256(state) } })).returnTo).toBe("/courses");
    const result = await signInThroughProvider({ sub: atProvider.sub, returnTo: "//evil.example/x" });
    expect(result.location).toBe("/courses");
  });
});

describe("when the provider is down", () => {
  it("still starts the server, and a sign-in goes back to /sign-in with failed", async () => {
    const port = await freePort();
    const down = await createTestApp({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: "sidestilt",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_ALLOW_HTTP: true,
    });
    try {
      const mark = await auditMark();
      const options = await down.app.inject({ method: "GET", url: "/api/auth/options" });
      expect(options.json().oidc).not.toBeNull();
      const start = await down.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toBe("/sign-in?oidcError=failed");
      expect(start.headers["set-cookie"]).toBeUndefined();
      expect((await oidcFailuresSince(mark)).map((failure) => failure.data)).toEqual([
        { method: "oidc", reason: "failed" },
      ]);
    } finally {
      await down.close();
    }
  });

  it("fails the callback when the provider went down after the login", async () => {
    const shortLived = await startOidcProvider({ accounts: [], redirectUris: [callbackUri] });
    const shortApp = await appFor(shortLived);
    try {
      const person = await createPerson(shortApp.db);
      shortLived.setAccount({ sub: "gone-sub", email: person.email, emailVerified: true, name: "Gone" });
      const browser = new Browser(shortApp.app);
      const callback = await throughProvider(browser, { sub: "gone-sub" });
      await shortLived.stop();
      const result = await browser.appGet(callback.slice(appOrigin.length));
      expect(result.location).toBe("/sign-in?oidcError=failed");
      expect(await shortApp.db.session.count({ where: { personId: person.id } })).toBe(0);
    } finally {
      await shortApp.close();
      await shortLived.stop();
    }
  });
});
