import { DomainError } from "@sidestilt/domain/problem";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { cookieNameFor, readCookie } from "../lib/cookies.ts";
import { randomToken, safeEqual } from "../lib/tokens.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * "origin-only": the route checks the Origin but wants no CSRF token, because it needs no cookie: it
     * acts only on a secret in the body (an evaluation's token or code), which a forged request lacks.
     */
    csrf?: "origin-only";
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const COOKIE = "sidestilt-csrf";
export const CSRF_HEADER = "x-csrf-token";

/**
 * CSRF defence on every state-changing request: the `x-csrf-token` header must match the session's
 * token (signed in) or the double-submit cookie (anonymous), and a cross-site Origin is refused.
 */
export const csrfPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (isCrossSite(request)) throw new DomainError("csrf_failed", "Cross-site request refused");
    if (request.routeOptions.config.csrf === "origin-only") return;
    const sent = request.headers[CSRF_HEADER];
    const expected = request.auth?.csrfToken ?? readCookie(request, COOKIE);
    if (typeof sent !== "string" || !expected || !safeEqual(sent, expected)) {
      throw new DomainError("csrf_failed", "Missing or wrong CSRF token");
    }
  });
});

function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = request.headers.origin;
  if (!origin || origin === "null") return origin === "null";
  try {
    return new URL(origin).origin !== new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return true;
  }
}

/** The token the web app must send: the session's when signed in, else a double-submit cookie's. */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  if (request.auth) return request.auth.csrfToken;
  const existing = readCookie(request, COOKIE);
  if (existing) return existing;
  const token = randomToken();
  const { name, secure } = cookieNameFor(request, COOKIE);
  reply.setCookie(name, token, { path: "/", httpOnly: true, sameSite: "strict", secure });
  return token;
}
