import { useMutation } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";

/** Asks for a reset link. The API answers 202 whether or not the account exists, so nobody can probe for accounts. */
export function requestPasswordReset(email: string): Promise<void> {
  return apiSend("/api/auth/password-reset", { method: "POST", body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
