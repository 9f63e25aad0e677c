import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";

const statusSchema = z.object({ status: z.enum(["ok", "unavailable"]) });

/** Liveness needs nothing; readiness needs the database and recovers by itself when it returns. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/livez",
    { config: { access: "public" }, schema: { tags: ["health"], response: { 200: statusSchema } } },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    { config: { access: "public" }, schema: { tags: ["health"], response: { 200: statusSchema, 503: statusSchema } } },
    async (request, reply) => {
      try {
        await Promise.race([
          app.db.$queryRaw`SELECT 1`,
          new Promise((_, reject) => setTimeout(() => reject(new Error("readiness probe timed out")), 2_000).unref()),
        ]);
        return { status: "ok" as const };
      } catch (error) {
        request.log.warn({ err: error }, "database not ready");
        return reply.status(503).send({ status: "unavailable" as const });
      }
    },
  );
};
