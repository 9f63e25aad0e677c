import { auditListSchema, auditQuerySchema, historyParamsSchema } from "@sidestilt/domain/audit.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { listUnitAudit, objectHistory } from "./audit.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const historyQuerySchema = z.object({
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["audit"],
        summary: "A unit's audit log (its coordinators), newest first",
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, ...errors },
      },
    },
    async (request) => listUnitAudit(app.db, viewerOf(requireAuth(request)), request.query),
  );

  app.get(
    "/history/:objectType/:objectId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["audit"],
        summary: "The change history of an object the signed-in person may see",
        params: historyParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: auditListSchema, ...errors },
      },
    },
    async (request) => objectHistory(app.db, viewerOf(requireAuth(request)), request.params, request.query),
  );
};
