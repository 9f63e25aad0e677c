import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { profileQueryKey } from "./get-profile.ts";

/** Turns two-step verification on; a wrong code answers 400 with the field error `code` / `invalid_totp_code`. */
export function enableTotp(code: string): Promise<void> {
  return apiSend("/api/me/totp/enable", { method: "POST", body: { code } });
}

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKey }),
  });
}
