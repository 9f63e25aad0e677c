import { courseTemplateListSchema } from "@sidestilt/domain/course.schema";
import { courseTemplates } from "@sidestilt/domain/course-templates";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** The built-in templates for the "new course" form; registered under /api/course-templates. */
export const courseTemplatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["courses"],
        summary: "Built-in course templates (their plan text goes into the new course's first run)",
        response: { 200: courseTemplateListSchema, 401: problemSchema },
      },
    },
    async () => ({ items: courseTemplates.map(({ key, titles, fields }) => ({ key, titles, fields })) }),
  );
};
