import { useMutation } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";

export type PasswordResetCompletion = { token: string; password: string };

/** Sets the new password with the token from the emailed link (sent in the body, never in a URL). */
export function completePasswordReset(input: PasswordResetCompletion): Promise<void> {
  return apiSend("/api/auth/password-reset/complete", { method: "POST", body: input });
}

export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset });
}
