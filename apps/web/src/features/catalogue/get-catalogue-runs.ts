import { type CatalogueRunList, cataloguePageSize, catalogueRunListSchema } from "@sidestilt/domain/catalogue.schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { type CatalogueUrlFilters, catalogueSearchParams } from "./catalogue-filters.ts";

export async function getCatalogueRuns(
  filters: CatalogueUrlFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CatalogueRunList> {
  const params = catalogueSearchParams(filters);
  params.set("limit", String(cataloguePageSize.default));
  if (cursor) params.set("cursor", cursor);
  return apiRequest(`/api/catalogue/runs?${params}`, catalogueRunListSchema, { signal });
}

export function catalogueRunsQueryOptions(filters: CatalogueUrlFilters) {
  return infiniteQueryOptions({
    queryKey: ["catalogue", "runs", filters] as const,
    queryFn: ({ pageParam, signal }) => getCatalogueRuns(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // The API lets caches keep its answers a minute; so does the page.
    staleTime: 60_000,
  });
}

export function useCatalogueRuns(filters: CatalogueUrlFilters) {
  return useInfiniteQuery(catalogueRunsQueryOptions(filters));
}
