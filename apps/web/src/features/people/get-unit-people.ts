import { type Person, personListSchema } from "@sidestilt/domain/person.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const unitPeopleQueryKey = (unitId: string) => ["people", "unit", unitId] as const;

/** The people of a unit, each with what the viewer may see and do about them. */
export async function getUnitPeople(unitId: string, signal?: AbortSignal): Promise<Person[]> {
  return (await apiRequest(`/api/units/${encodeURIComponent(unitId)}/people`, personListSchema, { signal })).items;
}

export function unitPeopleQueryOptions(unitId: string) {
  return queryOptions({ queryKey: unitPeopleQueryKey(unitId), queryFn: ({ signal }) => getUnitPeople(unitId, signal) });
}

export function useUnitPeople(unitId: string) {
  return useQuery(unitPeopleQueryOptions(unitId));
}
