import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { safeEqual, sha256 } from "../../lib/tokens.ts";
import { beginSignedInSession } from "../../plugins/session.ts";
import type { OidcClient, OidcPerson } from "./oidc-client.ts";

/** How long a sign-in started at the provider may take before its state is refused. */
export const oidcLoginValidMinutes = 10;

/** What `/sign-in?oidcError=` tells the web app; nothing more detailed reaches the browser. */
export type OidcErrorCode = "cancelled" | "email_unverified" | "no_account" | "failed";

const defaultReturnTo = "/courses";
const origin = "http://sidestilt.invalid";

/**
 * Where to go after signing in: only a path of this app. Anything that a browser could read as
 * another site ("//evil.example", "/\evil.example", a tab inside "//") falls back to the course list.
 * Parsing it as a URL also percent-encodes it, so that it is a valid Location header.
 */
export function safeReturnTo(raw: string | undefined): string {
  if (!raw || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) {
    return defaultReturnTo;
  }
  const url = URL.parse(raw, origin);
  if (url?.origin !== origin) return defaultReturnTo;
  return `${url.pathname}${url.search}${url.hash}`;
}

type Log = Pick<FastifyBaseLogger, "warn">;
type Failure = { ok: false; reason: OidcErrorCode };

/** Begins a sign-in: stores the PKCE verifier, nonce and destination under the state's hash. */
export async function startOidcSignIn(
  db: Db,
  oidc: OidcClient,
  input: { redirectUri: string; returnTo: string | undefined; log: Log },
): Promise<{ ok: true; state: string; url: URL } | Failure> {
  const checks = oidc.newChecks();
  let url: URL;
  try {
    url = await oidc.authorizationUrl(input.redirectUri, checks);
  } catch (error) {
    return fail(db, input.log, { reason: "failed", step: "discovery", error });
  }
  // Abandoned sign-ins are removed here rather than by a job: the table only ever holds minutes of rows.
  await db.oidcLogin.deleteMany({ where: { createdAt: { lt: loginCutoff() } } });
  await db.oidcLogin.create({
    data: {
      stateHash: sha256(checks.state),
      codeVerifier: checks.codeVerifier,
      nonce: checks.nonce,
      returnTo: safeReturnTo(input.returnTo),
    },
  });
  return { ok: true, state: checks.state, url };
}

/**
 * Completes a sign-in when the provider sends the browser back. The state must equal the cookie set
 * at the start (so nobody can sign a victim into the attacker's account) and an unexpired, unused
 * login row, which is consumed. The person is found by the provider's subject, or else linked once
 * by a verified email; accounts are never created here (invitations create them).
 */
export async function completeOidcSignIn(
  db: Db,
  oidc: OidcClient,
  input: {
    cookieState: string | undefined;
    state: string | undefined;
    error: string | undefined;
    callbackUrl: URL;
    absoluteHours: number;
    log: Log;
  },
): Promise<{ ok: true; token: string; returnTo: string } | Failure> {
  const { cookieState, state, log } = input;
  if (!state || !cookieState || !safeEqual(state, cookieState)) {
    return fail(db, log, { reason: "failed", step: "state" });
  }
  // Deleting first makes the login single-use even when the same callback arrives twice at once.
  const login = await db.oidcLogin
    .delete({ where: { stateHash: sha256(state) } })
    .catch((error: unknown) => (isNotFound(error) ? null : Promise.reject(error)));
  if (!login || login.createdAt < loginCutoff()) return fail(db, log, { reason: "failed", step: "state" });
  if (input.error) {
    const cancelled = input.error === "access_denied";
    return fail(db, log, { reason: cancelled ? "cancelled" : "failed", step: `provider:${input.error.slice(0, 40)}` });
  }

  let claims: OidcPerson;
  try {
    claims = await oidc.exchange(input.callbackUrl, {
      state,
      nonce: login.nonce,
      codeVerifier: login.codeVerifier,
    });
  } catch (error) {
    return fail(db, log, { reason: "failed", step: "token", error });
  }

  const found = await findPerson(db, claims);
  if (!found.ok) return fail(db, log, found);
  const { person, link } = found;

  const token = await db.$transaction(async (tx) => {
    if (link) {
      await tx.oidcIdentity.create({ data: { personId: person.id, issuer: claims.issuer, subject: claims.subject } });
      await audit(tx, {
        actorId: person.id,
        action: "person.oidc-linked",
        objectType: "person",
        objectId: person.id,
        unitIds: person.memberships.map((membership) => membership.unitId),
        data: { issuer: claims.issuer },
      });
    }
    const session = await beginSignedInSession(tx, person, input.absoluteHours);
    await audit(tx, {
      actorId: person.id,
      action: "auth.signed-in",
      objectType: "person",
      objectId: person.id,
      data: { method: "oidc" },
    });
    return session.token;
  });
  return { ok: true, token, returnTo: login.returnTo };
}

const personSelect = {
  id: true,
  active: true,
  erasedAt: true,
  failedSignInCount: true,
  memberships: { select: { unitId: true } },
} as const;

type FoundPerson =
  | { ok: true; person: { id: string; failedSignInCount: number; memberships: { unitId: string }[] }; link: boolean }
  | { ok: false; reason: OidcErrorCode; step: string; personId?: string };

/**
 * The provider's subject decides once linked, so a changed email at the provider does not matter.
 * Otherwise only an email the provider says it verified may link an account: an unverified one could
 * be anybody's. A deactivated or erased person gets the same answer as an unknown one.
 */
async function findPerson(db: Db, claims: OidcPerson): Promise<FoundPerson> {
  const identity = await db.oidcIdentity.findUnique({
    where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
    select: { person: { select: personSelect } },
  });
  let person = identity?.person ?? null;
  if (!person) {
    if (!claims.email) return { ok: false, reason: "no_account", step: "no-email" };
    if (!claims.emailVerified) return { ok: false, reason: "email_unverified", step: "email-unverified" };
    person = await db.person.findUnique({ where: { email: claims.email.trim().toLowerCase() }, select: personSelect });
    if (!person) return { ok: false, reason: "no_account", step: "unknown-email" };
  }
  if (!person.active || person.erasedAt) {
    return { ok: false, reason: "no_account", step: "inactive", personId: person.id };
  }
  return { ok: true, person, link: !identity };
}

/** Audits and logs a failed sign-in; neither carries tokens, claims or emails, only codes. */
async function fail(
  db: Db,
  log: Log,
  failure: { reason: OidcErrorCode; step: string; personId?: string; error?: unknown },
): Promise<Failure> {
  log.warn({ reason: failure.reason, step: failure.step, error: describe(failure.error) }, "OpenID sign-in failed");
  await audit(db, {
    actorId: failure.personId ?? null,
    action: "auth.sign-in-failed",
    ...(failure.personId ? { objectType: "person", objectId: failure.personId } : {}),
    data: { method: "oidc", reason: failure.reason },
  });
  return { ok: false, reason: failure.reason };
}

/** openid-client's error name, code and message say what went wrong without the response body. */
function describe(error: unknown) {
  if (!(error instanceof Error)) return undefined;
  const { code, error: oauthError } = error as { code?: unknown; error?: unknown };
  return { name: error.name, code, oauthError, message: error.message };
}

const loginCutoff = () => new Date(Date.now() - oidcLoginValidMinutes * 60_000);

const isNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2025";
