import { createdInvitationSchema, type InvitationInput } from "@sidestilt/domain/invitation.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";
import { invitationsQueryKey } from "./get-invitations.ts";

export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
type CreateInvitation = { unitId: string; input: InvitationInput };

/** Invites a person to a unit; the answer has the link only when it could not be emailed. */
export async function createInvitation({ unitId, input }: CreateInvitation): Promise<CreatedInvitation> {
  return apiRequest(`/api/units/${encodeURIComponent(unitId)}/invitations`, createdInvitationSchema, {
    method: "POST",
    body: input,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (_created, { unitId }) => {
      void queryClient.invalidateQueries({ queryKey: invitationsQueryKey(unitId) });
      // Every write adds an audit row; any cached log or history is out of date now.
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
