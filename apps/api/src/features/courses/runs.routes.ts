import { runChangesSchema, runDetailSchema, runIdParamsSchema } from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getRun, updateRun } from "./runs.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** A run's own details (dates, place, capacity); registered under /api/runs. */
export const runsRoutes: FastifyPluginAsyncZod = async (app) => {
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
      config: { access: "signed-in" },
      schema: {
        tags: ["runs"],
        summary: "Edit a run's dates, place and capacity; send If-Match with the run's version",
        params: runIdParamsSchema,
        body: runChangesSchema,
        response: { 200: runDetailSchema, ...errors, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const run = await updateRun(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.runId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, run.version);
      return run;
    },
  );
};
