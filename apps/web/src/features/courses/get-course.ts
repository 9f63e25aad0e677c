import { type CourseDetail, courseDetailSchema } from "@sidestilt/domain/course.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";

export const courseQueryKey = (courseId: string) => ["courses", "detail", courseId] as const;

/** One course with its runs, current working group and the viewer's abilities, and its ETag for edits. */
export async function getCourse(courseId: string, signal?: AbortSignal): Promise<Versioned<CourseDetail>> {
  return apiRequestVersioned(`/api/courses/${encodeURIComponent(courseId)}`, courseDetailSchema, { signal });
}

export function courseQueryOptions(courseId: string) {
  return queryOptions({ queryKey: courseQueryKey(courseId), queryFn: ({ signal }) => getCourse(courseId, signal) });
}

export function useCourse(courseId: string) {
  return useQuery(courseQueryOptions(courseId));
}
