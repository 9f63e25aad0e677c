import { courseListSchema, pageQuerySchema } from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireAuth } from "../../plugins/access.ts";
import { listMyCourses } from "./courses.service.ts";

export const coursesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "The courses of the signed-in person's units",
        querystring: pageQuerySchema,
        response: { 200: courseListSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => listMyCourses(app.db, requireAuth(request), request.query),
  );
};
