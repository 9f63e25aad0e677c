import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The route's successful answers are the same for everyone and hold nothing personal (the public
     * catalogue), so shared caches may keep them this many seconds. Every other API answer is no-store.
     */
    publicCacheSeconds?: number;
  }
}

/**
 * Security headers on every response: a CSP with no inline script, no framing, nosniff, a strict
 * referrer policy; API responses carry personal data, so they are never stored by caches, except the
 * public routes that declare `publicCacheSeconds` (docs/decisions/0015).
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/") && !request.url.startsWith("/api/docs/static")) {
      reply.header("cache-control", publiclyCacheable(request, reply) ?? "no-store");
    }
  });
});

/**
 * `public, max-age=N` for a successful answer of a route that declares it may be cached, to a request
 * without cookies: a request with a session cookie may get a Set-Cookie back (the session plugin
 * clears an expired one, and @fastify/cookie writes it after this hook), and a shared cache must never
 * hand one visitor's cookie to another.
 */
function publiclyCacheable(request: FastifyRequest, reply: FastifyReply): string | null {
  const seconds = request.routeOptions.config.publicCacheSeconds;
  if (seconds === undefined || reply.statusCode !== 200) return null;
  if (request.headers.cookie !== undefined || reply.hasHeader("set-cookie")) return null;
  return `public, max-age=${seconds}`;
}
