import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { clearCsrfToken } from "../../lib/csrf-token.ts";
import { dismissFailedSignInsNotice } from "./failed-sign-ins-store.ts";
import { sessionQueryKey } from "./get-session.ts";

export async function signOut(): Promise<void> {
  try {
    await apiSend("/api/auth/sign-out", { method: "POST", reportUnauthenticated: false });
  } catch (error) {
    // A session that already ended is as signed out as it gets.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      clearCsrfToken();
      dismissFailedSignInsNotice();
      queryClient.setQueryData(sessionQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
