import { type Unit, unitListSchema } from "@sidestilt/domain/unit.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const unitsQueryKey = ["units", "list"] as const;

/** The signed-in person's units (a person is in a handful; the list is not paged). */
export async function getUnits(signal?: AbortSignal): Promise<Unit[]> {
  return (await apiRequest("/api/units", unitListSchema, { signal })).items;
}

export function unitsQueryOptions() {
  return queryOptions({ queryKey: unitsQueryKey, queryFn: ({ signal }) => getUnits(signal) });
}

export function useUnits() {
  return useQuery(unitsQueryOptions());
}
