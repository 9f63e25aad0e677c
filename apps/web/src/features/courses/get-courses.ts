import { type CourseList, courseListSchema } from "@sidestilt/domain/course.schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const coursesPageSize = 25;

export async function getCourses(cursor: string | null, signal?: AbortSignal): Promise<CourseList> {
  const params = new URLSearchParams({ limit: String(coursesPageSize) });
  if (cursor) params.set("cursor", cursor);
  return apiRequest(`/api/courses?${params}`, courseListSchema, { signal });
}

export function coursesQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ["courses", "list", { limit: coursesPageSize }] as const,
    queryFn: ({ pageParam, signal }) => getCourses(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCourses() {
  return useInfiniteQuery(coursesQueryOptions());
}
