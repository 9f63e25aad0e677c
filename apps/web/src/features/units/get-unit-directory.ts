import { type UnitRef, unitDirectorySchema } from "@sidestilt/domain/unit.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const unitDirectoryQueryKey = ["units", "directory"] as const;

/** Every unit's public facts (id, kind, name, place), for pickers: partners, represented organisations. */
export async function getUnitDirectory(signal?: AbortSignal): Promise<UnitRef[]> {
  return (await apiRequest("/api/units/directory", unitDirectorySchema, { signal })).items;
}

export function unitDirectoryQueryOptions() {
  return queryOptions({
    queryKey: unitDirectoryQueryKey,
    queryFn: ({ signal }) => getUnitDirectory(signal),
    // Units are created rarely; a picker can live with a list a few minutes old.
    staleTime: 5 * 60_000,
  });
}

/** `enabled`: false where only some viewers need the pickers (their abilities decide). */
export function useUnitDirectory(enabled = true) {
  return useQuery({ ...unitDirectoryQueryOptions(), enabled });
}
