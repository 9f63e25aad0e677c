import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { personQueryKey } from "./get-person.ts";

type RemoveMembership = { membershipId: string; personId: string };

/** Removes a person's role in a unit; 409 `last_coordinator` when it is the unit's last coordinator. */
export async function removeMembership({ membershipId }: RemoveMembership): Promise<void> {
  await apiSend(`/api/memberships/${encodeURIComponent(membershipId)}`, { method: "DELETE" });
}

export function useRemoveMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMembership,
    onSuccess: (_nothing, { personId }) => {
      void queryClient.invalidateQueries({ queryKey: personQueryKey(personId) });
      void queryClient.invalidateQueries({ queryKey: ["people", "unit"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
