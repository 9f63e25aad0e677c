import { totpSetupSchema } from "@sidestilt/domain/account.schema";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

export type TotpSetup = z.infer<typeof totpSetupSchema>;

/** A new secret (with its QR code) that takes effect only once a code from it is confirmed. */
export function setUpTotp(): Promise<TotpSetup> {
  return apiRequest("/api/me/totp/setup", totpSetupSchema, { method: "POST" });
}

export function useSetUpTotp() {
  return useMutation({ mutationFn: setUpTotp });
}
