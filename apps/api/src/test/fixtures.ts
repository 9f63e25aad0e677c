import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { type App, type AppOptions, buildApp } from "../app.ts";
import { createPrisma, type Db } from "../db/prisma.ts";
import type { Role, UnitKind } from "../generated/prisma/enums.ts";
import type { Mailer } from "../lib/mailer.ts";
import { hashPassword } from "../lib/password.ts";
import { createSession } from "../plugins/session.ts";

export const testConfig: AppOptions["config"] = {
  SESSION_IDLE_MINUTES: 30,
  SESSION_ABSOLUTE_HOURS: 12,
  TRUST_PROXY_HOPS: 0,
  WEB_DIST: undefined,
  PUBLIC_URL: "http://sidestilt.test",
  OIDC_ISSUER: undefined,
  OIDC_CLIENT_ID: undefined,
  OIDC_CLIENT_SECRET: undefined,
  OIDC_NAME: "ID-porten",
  OIDC_SCOPES: "openid email profile",
  OIDC_ALLOW_HTTP: false,
};

/** The app over the run's test database; each test file gets its own app and connection pool. */
export async function createTestApp(
  config: Partial<typeof testConfig> = {},
  options: { mailer?: Mailer | null; databaseUrl?: string } = {},
) {
  const db = createPrisma(options.databaseUrl ?? inject("databaseUrl"), { maxConnections: 5 });
  const app = await buildApp({ db, config: { ...testConfig, ...config }, mailer: options.mailer ?? null });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.$disconnect();
    },
  };
}

export const unique = (prefix: string): string => `${prefix}-${randomBytes(5).toString("hex")}`;

export function createUnit(db: Db, data: { name?: string; kind?: UnitKind } = {}) {
  return db.unit.create({
    data: { name: data.name ?? unique("Unit"), kind: data.kind ?? "HOSPITAL_LMS", region: "Nord-Norge" },
  });
}

let passwordHash: Promise<string> | undefined;
export const testPassword = "correct horse battery staple";

/** A person with the given memberships and the test password. */
export async function createPerson(
  db: Db,
  options: { memberships?: { unitId: string; role: Role }[]; active?: boolean; isSystemAdmin?: boolean } = {},
) {
  passwordHash ??= hashPassword(testPassword);
  return db.person.create({
    data: {
      email: `${unique("person")}@test.example`,
      name: unique("Person"),
      passwordHash: await passwordHash,
      active: options.active ?? true,
      isSystemAdmin: options.isSystemAdmin ?? false,
      memberships: { create: options.memberships ?? [] },
    },
  });
}

/** Signs a person in by creating the session directly; returns the headers a browser would send. */
export async function signedInHeaders(db: Db, personId: string) {
  const { id, token, csrfToken } = await createSession(db, { personId, absoluteHours: 12, failedSignInsBefore: 0 });
  return { sessionId: id, cookie: `__Host-sidestilt-session=${token}`, csrfToken };
}

/** The headers of a fresh session of the person, ready for any request (cookie and CSRF token). */
export async function headersOf(db: Db, personId: string) {
  const { cookie, csrfToken } = await signedInHeaders(db, personId);
  return { cookie, "x-csrf-token": csrfToken };
}

/** Reads a Set-Cookie header's cookie as "name=value" for the next request. */
export function cookieFrom(setCookie: string | string[] | undefined, name: string): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((cookie) => cookie.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(all)}`);
  return found.split(";")[0] ?? "";
}

/** What an anonymous browser sends on a state-changing request: the CSRF cookie and its token. */
export async function anonymousCsrfHeaders(app: { inject: App["inject"] }, remoteAddress = "127.0.0.1") {
  const response = await app.inject({ method: "GET", url: "/api/auth/csrf", remoteAddress });
  return {
    cookie: cookieFrom(response.headers["set-cookie"], "__Host-sidestilt-csrf"),
    "x-csrf-token": response.json().csrfToken as string,
  };
}
