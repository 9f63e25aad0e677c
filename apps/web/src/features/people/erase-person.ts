import { type Person, personSchema } from "@sidestilt/domain/person.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { personChanged } from "./person-changed.ts";

/** Erases a person's name, contact details and credentials; 409 `erase_blocked` when not allowed here. */
export async function erasePerson(personId: string): Promise<Person> {
  return apiRequest(`/api/people/${encodeURIComponent(personId)}/erase`, personSchema, { method: "POST" });
}

export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
