import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

// Emails a request queued in the outbox go out at once after the request: a route that may queue them
// declares `config: { sendsMail: true }`, and after a successful answer (its transaction has committed
// by then) the job queue is asked to drain the outbox. Without a job queue (tests, or a process that
// runs no jobs) nothing happens; the queue's every-minute drain is the safety net either way.

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route may queue participant emails in the outbox; a successful answer triggers sending them. */
    sendsMail?: boolean;
  }
}

export type OutboxKickOptions = { kickOutbox?: (() => void) | undefined };

export const outboxKickPlugin = fp<OutboxKickOptions>(async (app: FastifyInstance, options) => {
  const kick = options.kickOutbox;
  if (!kick) return;
  app.addHook("onResponse", async (request, reply) => {
    if (request.routeOptions.config.sendsMail && reply.statusCode < 400) kick();
  });
});
