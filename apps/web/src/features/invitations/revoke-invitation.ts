import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { invitationsQueryKey } from "./get-invitations.ts";

type RevokeInvitation = { invitationId: string; unitId: string };

/** Revokes an invitation: its link stops working at once. */
export async function revokeInvitation({ invitationId }: RevokeInvitation): Promise<void> {
  await apiSend(`/api/invitations/${encodeURIComponent(invitationId)}`, { method: "DELETE" });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (_nothing, { unitId }) => {
      void queryClient.invalidateQueries({ queryKey: invitationsQueryKey(unitId) });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
