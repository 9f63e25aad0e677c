import { useMutation } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";

export type PasswordChange = { currentPassword: string; newPassword: string };

/** A wrong current password answers 400 with the field error `currentPassword` / `wrong_password`. */
export function changePassword(input: PasswordChange): Promise<void> {
  return apiSend("/api/me/password", { method: "PUT", body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
