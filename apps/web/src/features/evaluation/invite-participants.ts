import { invitationsSentSchema } from "@sidestilt/domain/evaluation-collection.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";
import { collectionChanged } from "./collection-changed.ts";

type InviteParticipants = { runId: string; collectionId: string };
export type InvitationsSent = z.infer<typeof invitationsSentSchema>;

/**
 * Emails a single-use link to each confirmed participant not yet invited. Sending again only reaches
 * those who were not invited before, so a repeated click sends nothing twice.
 */
export async function inviteParticipants({ collectionId }: InviteParticipants): Promise<InvitationsSent> {
  return apiRequest(
    `/api/evaluation-collections/${encodeURIComponent(collectionId)}/invitations`,
    invitationsSentSchema,
    { method: "POST" },
  );
}

export function useInviteParticipants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteParticipants,
    onSuccess: (sent, { runId }) => collectionChanged(queryClient, runId, sent.collection),
  });
}
