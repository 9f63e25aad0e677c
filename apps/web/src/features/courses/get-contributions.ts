import { type ContributionBalance, contributionBalanceSchema } from "@sidestilt/domain/sign-off.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Under ["courses", …]: any change to a course or its runs may change the balance, and invalidates it with them. */
export const contributionsQueryKey = (courseId: string) => ["courses", "contributions", courseId] as const;

/** How much each role contributed to the course, per phase, over all its runs. */
export async function getContributions(courseId: string, signal?: AbortSignal): Promise<ContributionBalance> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/contributions`, contributionBalanceSchema, {
    signal,
  });
}

export function contributionsQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: contributionsQueryKey(courseId),
    queryFn: ({ signal }) => getContributions(courseId, signal),
    // Others' edits in the plan and programme change it: fetch again whenever the course page opens.
    staleTime: 0,
  });
}

export function useContributions(courseId: string) {
  return useQuery(contributionsQueryOptions(courseId));
}
