import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { DomainError } from "@sidestilt/domain/problem";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { declarePublicRoutes } from "./access.ts";

/**
 * Serves the built single-page app: hashed assets cached for a year, index.html for every other
 * GET outside /api so that deep links work; unknown /api paths answer a 404 problem. The build writes
 * brotli and gzip copies beside each text asset (apps/web/vite-precompress.ts), sent as they are to
 * browsers that accept them: nothing is compressed per request.
 */
export const webAppPlugin = fp(async (app: FastifyInstance, options: { webDist: string | undefined }) => {
  const dist = options.webDist;
  const indexFile = dist ? join(dist, "index.html") : undefined;
  // Read once: the shell is small and changes only with a new build.
  const indexHtml = indexFile && existsSync(indexFile) ? readFileSync(indexFile) : undefined;
  if (dist && indexHtml) {
    await app.register(async (scope) => {
      declarePublicRoutes(scope);
      await scope.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        preCompressed: true,
        setHeaders: (res, path) => {
          res.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        },
      });
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" || request.method === "HEAD";
    if (!request.url.startsWith("/api") && isPage && indexHtml) {
      return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(indexHtml);
    }
    throw new DomainError("not_found", `No route for ${request.method} ${request.url.split("?")[0]}`);
  });
});
