import { type RevisionList, revisionListSchema } from "@sidestilt/domain/plan.schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

const revisionPageSize = 10;

export const planElementQueryKey = (elementId: string) => ["plan-elements", elementId] as const;
export const planRevisionsQueryKey = (elementId: string) => [...planElementQueryKey(elementId), "revisions"] as const;

/** One page of an element's history, newest first, each revision with its diff against the one before. */
export async function getPlanRevisions(
  elementId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<RevisionList> {
  const params = new URLSearchParams({ limit: String(revisionPageSize) });
  if (cursor) params.set("cursor", cursor);
  const path = `/api/plan-elements/${encodeURIComponent(elementId)}/revisions?${params}`;
  return apiRequest(path, revisionListSchema, { signal });
}

export function planRevisionsQueryOptions(elementId: string) {
  return infiniteQueryOptions({
    queryKey: planRevisionsQueryKey(elementId),
    queryFn: ({ pageParam, signal }) => getPlanRevisions(elementId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function usePlanRevisions(elementId: string) {
  return useInfiniteQuery(planRevisionsQueryOptions(elementId));
}
