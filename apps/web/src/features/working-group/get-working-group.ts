import { type WorkingGroup, workingGroupSchema } from "@sidestilt/domain/course.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const workingGroupQueryKey = (courseId: string) => ["working-group", courseId] as const;

/** A course's working group: current members first, then former ones (the history is kept). */
export async function getWorkingGroup(courseId: string, signal?: AbortSignal): Promise<WorkingGroup> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/working-group`, workingGroupSchema, { signal });
}

export function workingGroupQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: workingGroupQueryKey(courseId),
    queryFn: ({ signal }) => getWorkingGroup(courseId, signal),
  });
}

export function useWorkingGroup(courseId: string) {
  return useQuery(workingGroupQueryOptions(courseId));
}
