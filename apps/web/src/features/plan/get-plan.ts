import { type Plan, planSchema } from "@sidestilt/domain/plan.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Under the run's keys: a plan edit changes the run's version (and its sign-off), which are there too. */
export const planQueryKey = (runId: string) => ["runs", "plan", runId] as const;

/** A run's didactic plan: its six elements in order, each with its own version for If-Match. */
export async function getPlan(runId: string, signal?: AbortSignal): Promise<Plan> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/plan`, planSchema, { signal });
}

export function planQueryOptions(runId: string) {
  return queryOptions({ queryKey: planQueryKey(runId), queryFn: ({ signal }) => getPlan(runId, signal) });
}

export function usePlan(runId: string) {
  return useQuery(planQueryOptions(runId));
}
