import { type RegistrationList, registrationListSchema } from "@sidestilt/domain/registration.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const registrationsQueryKey = (runId: string) => ["runs", runId, "registrations"] as const;

/** The run's participants with contact details and needs (course leaders only; the read is audited). */
export function getRegistrations(runId: string, signal?: AbortSignal): Promise<RegistrationList> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/registrations`, registrationListSchema, { signal });
}

export function registrationsQueryOptions(runId: string) {
  return queryOptions({
    queryKey: registrationsQueryKey(runId),
    queryFn: ({ signal }) => getRegistrations(runId, signal),
  });
}

export const useRegistrations = (runId: string, enabled: boolean) =>
  useQuery({ ...registrationsQueryOptions(runId), enabled });
