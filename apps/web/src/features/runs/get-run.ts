import { type RunDetail, runDetailSchema } from "@sidestilt/domain/course.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";

export const runQueryKey = (runId: string) => ["runs", "detail", runId] as const;

/** One run with its ETag (the run's version, on which signatures are given). */
export async function getRun(runId: string, signal?: AbortSignal): Promise<Versioned<RunDetail>> {
  return apiRequestVersioned(`/api/runs/${encodeURIComponent(runId)}`, runDetailSchema, { signal });
}

export function runQueryOptions(runId: string) {
  return queryOptions({ queryKey: runQueryKey(runId), queryFn: ({ signal }) => getRun(runId, signal) });
}

export function useRun(runId: string) {
  return useQuery(runQueryOptions(runId));
}
