import { type Programme, programmeSchema } from "@sidestilt/domain/programme.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const programmeQueryKey = (runId: string) => ["runs", "programme", runId] as const;

/**
 * A run's programme: sessions with their items, warnings and teaching time, the total, and whether the
 * signed-in person may edit it. Each session and item carries its own version for If-Match.
 */
export async function getProgramme(runId: string, signal?: AbortSignal): Promise<Programme> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/programme`, programmeSchema, { signal });
}

export function programmeQueryOptions(runId: string) {
  return queryOptions({ queryKey: programmeQueryKey(runId), queryFn: ({ signal }) => getProgramme(runId, signal) });
}

export function useProgramme(runId: string) {
  return useQuery(programmeQueryOptions(runId));
}

/** The iCalendar file of the run's sessions (a download, not a query). */
export const programmeCalendarHref = (runId: string): string => `/api/runs/${encodeURIComponent(runId)}/programme.ics`;
