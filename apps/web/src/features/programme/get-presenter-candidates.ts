import { type WorkingGroup, workingGroupSchema } from "@sidestilt/domain/course.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export type PresenterCandidate = WorkingGroup["members"][number];

/** Under the working group's own key, so that a change to the group refreshes the candidates too. */
export const presenterCandidatesQueryKey = (courseId: string) => ["working-group", courseId, "presenters"] as const;

/** Who may present a programme item: the course's current working-group members (former ones are left out). */
export async function getPresenterCandidates(courseId: string, signal?: AbortSignal): Promise<PresenterCandidate[]> {
  const group = await apiRequest(`/api/courses/${encodeURIComponent(courseId)}/working-group`, workingGroupSchema, {
    signal,
  });
  return group.members.filter((member) => member.removedAt === null);
}

export function presenterCandidatesQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: presenterCandidatesQueryKey(courseId),
    queryFn: ({ signal }) => getPresenterCandidates(courseId, signal),
  });
}

/** Fetched only for those who may edit the programme (`enabled`). */
export function usePresenterCandidates(courseId: string | undefined, enabled: boolean) {
  return useQuery({ ...presenterCandidatesQueryOptions(courseId ?? ""), enabled: enabled && Boolean(courseId) });
}
