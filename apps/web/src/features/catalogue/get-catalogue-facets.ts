import { type CatalogueFacets, catalogueFacetsSchema } from "@sidestilt/domain/catalogue.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export function getCatalogueFacets(signal?: AbortSignal): Promise<CatalogueFacets> {
  return apiRequest("/api/catalogue/facets", catalogueFacetsSchema, { signal });
}

export function catalogueFacetsQueryOptions() {
  return queryOptions({
    queryKey: ["catalogue", "facets"] as const,
    queryFn: ({ signal }) => getCatalogueFacets(signal),
    staleTime: 5 * 60_000,
  });
}

export function useCatalogueFacets() {
  return useQuery(catalogueFacetsQueryOptions());
}
