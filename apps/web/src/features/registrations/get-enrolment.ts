import { type EnrolmentSummary, enrolmentSummarySchema } from "@sidestilt/domain/registration.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const enrolmentQueryKey = (runId: string) => ["runs", runId, "enrolment"] as const;

/** Seats, offers and the waiting list in numbers, with what the viewer may do: for everyone who sees the run. */
export function getEnrolment(runId: string, signal?: AbortSignal): Promise<EnrolmentSummary> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/enrolment`, enrolmentSummarySchema, { signal });
}

export function enrolmentQueryOptions(runId: string) {
  return queryOptions({ queryKey: enrolmentQueryKey(runId), queryFn: ({ signal }) => getEnrolment(runId, signal) });
}

export const useEnrolment = (runId: string) => useQuery(enrolmentQueryOptions(runId));
