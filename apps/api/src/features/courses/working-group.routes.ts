import { memberIdParamsSchema } from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { removeMember } from "./working-group.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Memberships of working groups by their own id; registered under /api/working-group-members. */
export const workingGroupMembersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    "/:memberId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["working group"],
        summary: "Remove a member from a working group, keeping the history (the owners' coordinators)",
        params: memberIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeMember(app.db, viewerOf(requireAuth(request)), request.params.memberId);
      return reply.status(204).send(null);
    },
  );
};
