import { type SessionView, type SignInInput, sessionViewSchema } from "@sidestilt/domain/auth.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { setCsrfToken } from "../../lib/csrf-token.ts";
import { raiseFailedSignInsNotice } from "./failed-sign-ins-store.ts";
import { sessionQueryKey } from "./get-session.ts";

export async function signIn(input: SignInInput): Promise<SessionView> {
  const session = await apiRequest("/api/auth/sign-in", sessionViewSchema, { method: "POST", body: input });
  // The pre-sign-in token is invalid now; the session carries the new one.
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Nothing cached for a previous person may survive into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
      raiseFailedSignInsNotice(session.failedSignInsSinceLast);
    },
  });
}
