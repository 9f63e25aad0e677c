import { type SessionView, type SignInInput, sessionViewSchema } from "@sidestilt/domain/auth.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { adoptSession } from "./adopt-session.ts";
import { raiseFailedSignInsNotice } from "./failed-sign-ins-store.ts";

/** Email and password, plus the authenticator code on the second step for accounts with two-step verification. */
export type SignInRequest = SignInInput & { totpCode?: string };

export async function signIn(input: SignInRequest): Promise<SessionView> {
  return apiRequest("/api/auth/sign-in", sessionViewSchema, { method: "POST", body: input });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // The pre-sign-in token is invalid now; the session carries the new one.
      adoptSession(queryClient, session);
      raiseFailedSignInsNotice(session.failedSignInsSinceLast);
    },
  });
}
