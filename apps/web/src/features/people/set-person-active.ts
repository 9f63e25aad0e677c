import { type Person, personSchema } from "@sidestilt/domain/person.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { personChanged } from "./person-changed.ts";

type SetActive = { personId: string; active: boolean };

/** Deactivates (ending every session of the person at once) or reactivates an account. */
export async function setPersonActive({ personId, active }: SetActive): Promise<Person> {
  const action = active ? "reactivate" : "deactivate";
  return apiRequest(`/api/people/${encodeURIComponent(personId)}/${action}`, personSchema, { method: "POST" });
}

export function useSetPersonActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPersonActive,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
