import { type SessionView, sessionViewSchema } from "@sidestilt/domain/auth.schema";
import type { AcceptInvitation } from "@sidestilt/domain/invitation.schema";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/**
 * Accepts the invitation: with a name and password for a new account, or as the signed-in account it
 * was meant for. Either way the answer is the session the person is now signed in with.
 */
export function acceptInvitation(input: AcceptInvitation): Promise<SessionView> {
  return apiRequest("/api/invitations/accept", sessionViewSchema, {
    method: "POST",
    body: input,
    // A 401 here is about the invitation, not an ended session to send the person away for.
    reportUnauthenticated: false,
  });
}

export function useAcceptInvitation(onAccepted: (session: SessionView) => void) {
  return useMutation({ mutationFn: acceptInvitation, onSuccess: onAccepted });
}
