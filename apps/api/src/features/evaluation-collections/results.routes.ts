import { courseIdParamsSchema } from "@sidestilt/domain/course.schema";
import { collectionIdParamsSchema } from "@sidestilt/domain/evaluation-collection.schema";
import {
  comparisonQuerySchema,
  evaluationResultsSchema,
  resultsQuerySchema,
  runComparisonSchema,
} from "@sidestilt/domain/evaluation-results.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { xlsxContentType } from "../../lib/xlsx.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { compareCourseRuns, exportResults, getResults } from "./results.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

const contentTypes = { csv: "text/csv; charset=utf-8", xlsx: xlsxContentType } as const;

/** Results of closed collections, their exports, and the comparison of a course's runs (under /api). */
export const evaluationResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/evaluation-collections/:collectionId/results",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Results of a closed collection with at least five answers; every count shown is 0 or ≥ 5",
        params: collectionIdParamsSchema,
        querystring: resultsQuerySchema,
        response: { 200: evaluationResultsSchema, ...errors },
      },
    },
    async (request) =>
      getResults(app.db, viewerOf(requireAuth(request)), request.params.collectionId, request.query.breakdown),
  );

  for (const format of ["csv", "xlsx"] as const) {
    app.get(
      `/evaluation-collections/:collectionId/results.${format}`,
      {
        config: { access: "signed-in" },
        schema: {
          tags: ["evaluation"],
          summary: `The results (and a breakdown, if asked) as ${format.toUpperCase()}, under the same rules`,
          params: collectionIdParamsSchema,
          querystring: resultsQuerySchema,
          response: { 200: z.any().describe(`A ${format.toUpperCase()} file`), ...errors },
        },
      },
      async (request, reply) => {
        const file = await exportResults(app.db, viewerOf(requireAuth(request)), request.params.collectionId, {
          format,
          language: request.query.language,
          breakdown: request.query.breakdown,
        });
        reply.header("content-disposition", `attachment; filename="${file.fileName}"`);
        return reply
          .type(contentTypes[format])
          .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
      },
    );
  }

  app.get(
    "/courses/:courseId/evaluation-comparison",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The course's runs' results side by side, question by question (no free text)",
        params: courseIdParamsSchema,
        querystring: comparisonQuerySchema,
        response: { 200: runComparisonSchema, ...errors },
      },
    },
    async (request) =>
      compareCourseRuns(app.db, viewerOf(requireAuth(request)), request.params.courseId, request.query.kind),
  );
};
