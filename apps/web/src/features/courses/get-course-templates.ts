import { type CourseTemplateList, courseTemplateListSchema } from "@sidestilt/domain/course.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export type CourseTemplateSummary = CourseTemplateList["items"][number];

export const courseTemplatesQueryKey = ["course-templates"] as const;

/** The built-in templates a new course can start from (they do not change while the app runs). */
export async function getCourseTemplates(signal?: AbortSignal): Promise<CourseTemplateSummary[]> {
  return (await apiRequest("/api/course-templates", courseTemplateListSchema, { signal })).items;
}

export function courseTemplatesQueryOptions() {
  return queryOptions({
    queryKey: courseTemplatesQueryKey,
    queryFn: ({ signal }) => getCourseTemplates(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCourseTemplates() {
  return useQuery(courseTemplatesQueryOptions());
}
