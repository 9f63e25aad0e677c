import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/prisma.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
  }
}

/** Makes the Prisma client available to every feature as `app.db`; the process owns its lifetime. */
export const dbPlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  app.decorate("db", options.db);
});
