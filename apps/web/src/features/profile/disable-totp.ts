import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { profileQueryKey } from "./get-profile.ts";

/** Turns two-step verification off; the password proves it is the account owner at the keyboard. */
export function disableTotp(password: string): Promise<void> {
  return apiSend("/api/me/totp/disable", { method: "POST", body: { password } });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKey }),
  });
}
