import { type Person, personSchema } from "@sidestilt/domain/person.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const personQueryKey = (personId: string) => ["people", "detail", personId] as const;

export async function getPerson(personId: string, signal?: AbortSignal): Promise<Person> {
  return apiRequest(`/api/people/${encodeURIComponent(personId)}`, personSchema, { signal });
}

export function personQueryOptions(personId: string) {
  return queryOptions({ queryKey: personQueryKey(personId), queryFn: ({ signal }) => getPerson(personId, signal) });
}

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
