import { type CatalogueRunDetail, catalogueRunDetailSchema } from "@sidestilt/domain/catalogue.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export function getCatalogueRun(runId: string, signal?: AbortSignal): Promise<CatalogueRunDetail> {
  return apiRequest(`/api/catalogue/runs/${encodeURIComponent(runId)}`, catalogueRunDetailSchema, { signal });
}

export function catalogueRunQueryOptions(runId: string) {
  return queryOptions({
    queryKey: ["catalogue", "run", runId] as const,
    queryFn: ({ signal }) => getCatalogueRun(runId, signal),
    staleTime: 60_000,
  });
}

export function useCatalogueRun(runId: string) {
  return useQuery(catalogueRunQueryOptions(runId));
}

/** The run's sessions as a calendar file, served by the API (a plain link: the browser downloads it). */
export const catalogueCalendarHref = (runId: string): string =>
  `/api/catalogue/runs/${encodeURIComponent(runId)}/calendar.ics`;
