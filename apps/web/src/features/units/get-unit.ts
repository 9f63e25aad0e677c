import { type Unit, unitSchema } from "@sidestilt/domain/unit.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";

export const unitQueryKey = (unitId: string) => ["units", "detail", unitId] as const;

/** One unit with its ETag, which an edit sends back as If-Match. */
export async function getUnit(unitId: string, signal?: AbortSignal): Promise<Versioned<Unit>> {
  return apiRequestVersioned(`/api/units/${encodeURIComponent(unitId)}`, unitSchema, { signal });
}

export function unitQueryOptions(unitId: string) {
  return queryOptions({ queryKey: unitQueryKey(unitId), queryFn: ({ signal }) => getUnit(unitId, signal) });
}

export function useUnit(unitId: string) {
  return useQuery(unitQueryOptions(unitId));
}
