import { newPasswordSchema } from "@sidestilt/domain/person.schema";
import type { TFunction } from "i18next";
import { fieldErrorMessage } from "./field-error-message.ts";
import type { FormIssue } from "./form-issues.ts";

/** The shortest password the server accepts, read from the schema it checks with. */
export const newPasswordMinLength = newPasswordSchema.minLength ?? 10;

/**
 * Checks a new password and its repetition before sending, so that a typing mistake in one of the two
 * fields is caught here rather than locking the person out. Mirrors `newPasswordSchema`; the server
 * checks the length again. Empty is `too_small` (required); too short has its own code, since
 * "must be filled in" would be the wrong message for a short password.
 */
export function checkNewPassword(
  password: string,
  repeat: string,
  fields: { password: string; repeat: string },
): FormIssue[] {
  const issues: FormIssue[] = [];
  if (password === "") issues.push({ field: fields.password, code: "too_small" });
  else if (password.length < newPasswordMinLength) issues.push({ field: fields.password, code: "password_too_short" });
  else if (!newPasswordSchema.safeParse(password).success) issues.push({ field: fields.password, code: "too_big" });
  if (repeat === "") issues.push({ field: fields.repeat, code: "too_small" });
  else if (password !== "" && repeat !== password) issues.push({ field: fields.repeat, code: "password_mismatch" });
  return issues;
}

/** The message for an issue from `checkNewPassword` (or the server's code for a password field). */
export function newPasswordMessage(t: TFunction, code: string, fieldLabel: string): string {
  if (code === "password_too_short") return t("passwordReset.tooShort", { min: newPasswordMinLength });
  if (code === "password_mismatch") return t("passwordReset.mismatch");
  return fieldErrorMessage(t, code, fieldLabel);
}
