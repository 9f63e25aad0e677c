import type { FastifyRequest } from "fastify";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Cookies get the `__Host-` prefix and `Secure` over TLS and on localhost (which browsers treat as a
 * secure context); a plain-HTTP deployment on another host gets unprefixed cookies (decision 0004).
 */
export function cookieNameFor(request: FastifyRequest, base: string): { name: string; secure: boolean } {
  const secure = request.protocol === "https" || LOCAL_HOSTS.has(request.hostname);
  return { name: secure ? `__Host-${base}` : base, secure };
}

/** The value of a cookie set under either name. */
export function readCookie(request: FastifyRequest, base: string): string | undefined {
  return request.cookies[`__Host-${base}`] ?? request.cookies[base];
}

export const cookieNames = (base: string): [string, string] => [`__Host-${base}`, base];
