import { type Thread, threadSchema } from "@sidestilt/domain/plan.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { planElementQueryKey } from "./get-plan-revisions.ts";

export const planThreadQueryKey = (elementId: string) => [...planElementQueryKey(elementId), "thread"] as const;

/** An element's discussion (oldest comment first) and the decisions the working group recorded. */
export async function getPlanThread(elementId: string, signal?: AbortSignal): Promise<Thread> {
  return apiRequest(`/api/plan-elements/${encodeURIComponent(elementId)}/thread`, threadSchema, { signal });
}

export function planThreadQueryOptions(elementId: string) {
  return queryOptions({
    queryKey: planThreadQueryKey(elementId),
    queryFn: ({ signal }) => getPlanThread(elementId, signal),
  });
}

export function usePlanThread(elementId: string) {
  return useQuery(planThreadQueryOptions(elementId));
}
