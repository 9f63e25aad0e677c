import { type InvitationPreview, invitationPreviewSchema } from "@sidestilt/domain/invitation.schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const invitationPreviewQueryKey = (token: string) => ["invitations", "preview", token] as const;

/** What the invitation offers, before accepting. POST because the token must not travel in a URL. */
export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiRequest("/api/invitations/preview", invitationPreviewSchema, {
    method: "POST",
    body: { token },
    signal,
  });
}

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: invitationPreviewQueryKey(token),
    queryFn: ({ signal }) => getInvitationPreview(token, signal),
  });
}
