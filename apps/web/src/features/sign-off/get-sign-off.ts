import { type SignOff, signOffSchema } from "@sidestilt/domain/sign-off.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const signOffQueryKey = (runId: string) => ["runs", "sign-off", runId] as const;

/**
 * The run's sign-off: its phase and current version, the steps it may take next with who signed each
 * (and whether that still counts), what blocks each, and the Standard metode checklist.
 */
export async function getSignOff(runId: string, signal?: AbortSignal): Promise<SignOff> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/sign-off`, signOffSchema, { signal });
}

export function signOffQueryOptions(runId: string) {
  return queryOptions({ queryKey: signOffQueryKey(runId), queryFn: ({ signal }) => getSignOff(runId, signal) });
}

export function useSignOff(runId: string) {
  return useQuery(signOffQueryOptions(runId));
}
