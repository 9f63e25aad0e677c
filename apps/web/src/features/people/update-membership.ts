import { type MembershipInput, type Person, personSchema } from "@sidestilt/domain/person.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { personChanged } from "./person-changed.ts";

type UpdateMembership = { membershipId: string; input: MembershipInput };

/** Changes a person's role in a unit (with profession or represented organisation). */
export async function updateMembership({ membershipId, input }: UpdateMembership): Promise<Person> {
  return apiRequest(`/api/memberships/${encodeURIComponent(membershipId)}`, personSchema, {
    method: "PUT",
    body: input,
  });
}

export function useUpdateMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMembership,
    onSuccess: (person) => personChanged(queryClient, person),
  });
}
