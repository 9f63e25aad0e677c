import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/prisma.ts";
import { cookieNameFor, cookieNames, readCookie } from "../lib/cookies.ts";
import { randomToken, sha256 } from "../lib/tokens.ts";

export type Auth = {
  sessionId: string;
  csrfToken: string;
  failedSignInsBefore: number;
  person: SessionView["person"];
  memberships: SessionView["memberships"];
};

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in person of this request, or null. */
    auth: Auth | null;
  }
}

export type SessionOptions = { db: Db; idleMinutes: number; absoluteHours: number };

const COOKIE = "sidestilt-session";
const TOUCH_AFTER_MS = 60_000;

/**
 * Server-side sessions in PostgreSQL behind an opaque random HttpOnly cookie (lib/cookies.ts names it),
 * with idle and absolute timeouts; a deactivated person's sessions end at their next request.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, options: SessionOptions) => {
  const idleMs = options.idleMinutes * 60_000;
  app.decorateRequest("auth", null);

  app.addHook("onRequest", async (request, reply) => {
    const token = readCookie(request, COOKIE);
    if (!token) return;
    const session = await loadSession(options.db, { tokenHash: sha256(token) });
    const now = Date.now();
    const expired =
      !session?.active || session.absoluteExpiry.getTime() <= now || session.lastSeenAt.getTime() + idleMs <= now;
    if (expired) {
      if (session) await options.db.session.deleteMany({ where: { id: session.auth.sessionId } });
      clearSessionCookie(request, reply);
      return;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await options.db.session.update({ where: { id: session.auth.sessionId }, data: { lastSeenAt: new Date(now) } });
    }
    request.auth = session.auth;
  });
});

/** Loads a session with its person and memberships in one query. */
export async function loadSession(db: Pick<Db, "session">, where: { tokenHash: string } | { id: string }) {
  const row = await db.session.findUnique({
    where,
    select: {
      id: true,
      csrfToken: true,
      failedSignInsBefore: true,
      lastSeenAt: true,
      absoluteExpiry: true,
      person: {
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          isSystemAdmin: true,
          active: true,
          memberships: { select: { role: true, unit: { select: { id: true, name: true, kind: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const { memberships, active, ...person } = row.person;
  const auth: Auth = {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    failedSignInsBefore: row.failedSignInsBefore,
    person,
    memberships: memberships.map(({ role, unit }) => ({
      role,
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
    })),
  };
  return { auth, active, lastSeenAt: row.lastSeenAt, absoluteExpiry: row.absoluteExpiry };
}

/** What the web app learns about the signed-in person (answered at sign-in and by GET /api/auth/session). */
export function sessionView(auth: Auth): SessionView {
  return {
    person: auth.person,
    memberships: auth.memberships,
    csrfToken: auth.csrfToken,
    failedSignInsSinceLast: auth.failedSignInsBefore,
  };
}

/**
 * Signs a person in inside the caller's transaction: a new session carrying the failed sign-ins since
 * the last success (to warn the owner), then the counter reset and the sign-in time recorded.
 */
export async function beginSignedInSession(
  tx: Pick<Db, "session" | "person">,
  person: { id: string; failedSignInCount: number },
  absoluteHours: number,
) {
  const session = await createSession(tx, {
    personId: person.id,
    absoluteHours,
    failedSignInsBefore: person.failedSignInCount,
  });
  await tx.person.update({ where: { id: person.id }, data: { failedSignInCount: 0, lastSignInAt: new Date() } });
  return session;
}

/** The session view of a session created in the same transaction. */
export async function viewOfNewSession(tx: Pick<Db, "session">, sessionId: string): Promise<SessionView> {
  const created = await loadSession(tx, { id: sessionId });
  if (!created) throw new Error("session vanished inside its own transaction");
  return sessionView(created.auth);
}

/** Creates a session row; returns its id, the cookie token (only its hash is stored) and its CSRF token. */
export async function createSession(
  db: Pick<Db, "session">,
  session: { personId: string; absoluteHours: number; failedSignInsBefore: number },
) {
  const token = randomToken();
  const csrfToken = randomToken();
  const { id } = await db.session.create({
    data: {
      tokenHash: sha256(token),
      csrfToken,
      personId: session.personId,
      failedSignInsBefore: session.failedSignInsBefore,
      absoluteExpiry: new Date(Date.now() + session.absoluteHours * 3_600_000),
    },
    select: { id: true },
  });
  return { id, token, csrfToken };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number) {
  const { name, secure } = cookieNameFor(request, COOKIE);
  reply.setCookie(name, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  for (const name of cookieNames(COOKIE)) {
    if (request.cookies[name] !== undefined) {
      reply.clearCookie(name, { path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Host-") });
    }
  }
}
