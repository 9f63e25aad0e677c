import {
  courseDetailSchema,
  courseIdParamsSchema,
  courseListSchema,
  pageQuerySchema,
} from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getCourse, listMyCourses } from "./courses.service.ts";

export const coursesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "The courses of the signed-in person's units and working groups",
        querystring: pageQuerySchema,
        response: { 200: courseListSchema, 400: problemSchema, 401: problemSchema },
      },
    },
    async (request) => listMyCourses(app.db, viewerOf(requireAuth(request)), request.query),
  );

  app.get(
    "/:courseId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "A course with its working group, runs and the signed-in person's abilities",
        params: courseIdParamsSchema,
        response: { 200: courseDetailSchema, 400: problemSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => getCourse(app.db, viewerOf(requireAuth(request)), request.params.courseId),
  );
};
