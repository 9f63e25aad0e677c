import { runChangesSchema, runDetailSchema, runIdParamsSchema } from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Tx } from "../../db/prisma.ts";
import { appOrigin } from "../../lib/links.ts";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getRun, updateRun } from "./runs.service.ts";

export type RunsRoutesOptions = {
  publicUrl?: string | undefined;
  /**
   * Called in the transaction that raised a run's capacity (the run locked), with the origin of links
   * in emails: app.ts lets the waiting list offer the new seats.
   */
  onCapacityRaised?: (tx: Tx, runId: string, origin: string) => Promise<unknown>;
};

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** A run's own details (dates, place, capacity); registered under /api/runs. */
export const runsRoutes: FastifyPluginAsyncZod<RunsRoutesOptions> = async (app, options) => {
  app.get(
    "/:runId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["runs"],
        summary: "A run with its phase, version (ETag) and the signed-in person's abilities",
        params: runIdParamsSchema,
        response: { 200: runDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const run = await getRun(app.db, viewerOf(requireAuth(request)), request.params.runId);
      setEtag(reply, run.version);
      return run;
    },
  );

  app.put(
    "/:runId",
    {
      config: { access: "signed-in", sendsMail: true },
      schema: {
        tags: ["runs"],
        summary: "Edit a run's dates, place and capacity; send If-Match with the run's version",
        params: runIdParamsSchema,
        body: runChangesSchema,
        response: { 200: runDetailSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const { onCapacityRaised } = options;
      const origin = appOrigin(request, options.publicUrl);
      const run = await updateRun(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.runId,
        () => expectedVersion(request),
        request.body,
        onCapacityRaised && ((tx, runId) => onCapacityRaised(tx, runId, origin)),
      );
      setEtag(reply, run.version);
      return run;
    },
  );
};
