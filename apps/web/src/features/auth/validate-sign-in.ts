import { type SignInInput, signInInputSchema } from "@sidestilt/domain/auth.schema";
import { type Validation, validateForm } from "../../lib/form-issues.ts";

export const signInFields = ["email", "password"] as const;
export type SignInField = (typeof signInFields)[number];

/** Checks the form with the same schema the server uses; an empty field is reported as `too_small` (required). */
export function validateSignIn(values: Record<SignInField, string>): Validation<SignInInput> {
  return validateForm(signInInputSchema, values);
}
