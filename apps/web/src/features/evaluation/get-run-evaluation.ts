import { type RunEvaluation, runEvaluationSchema } from "@sidestilt/domain/evaluation-collection.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const runEvaluationQueryKey = (runId: string) => ["runs", "evaluation", runId] as const;

/**
 * The run's evaluation: per kind of form the co-signed version a collection would use, the collections
 * (counts only when 0 or at least five), and whether the person may manage them.
 */
export async function getRunEvaluation(runId: string, signal?: AbortSignal): Promise<RunEvaluation> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/evaluation`, runEvaluationSchema, { signal });
}

export function runEvaluationQueryOptions(runId: string) {
  return queryOptions({
    queryKey: runEvaluationQueryKey(runId),
    queryFn: ({ signal }) => getRunEvaluation(runId, signal),
  });
}

export function useRunEvaluation(runId: string) {
  return useQuery(runEvaluationQueryOptions(runId));
}
