import { type SignInInput, signInInputSchema } from "@sidestilt/domain/auth.schema";
import type { FieldError } from "@sidestilt/domain/problem";

export type FieldIssue = Pick<FieldError, "field" | "code">;

export const signInFields = ["email", "password"] as const;
export type SignInField = (typeof signInFields)[number];

export type SignInValidation = { ok: true; data: SignInInput } | { ok: false; issues: FieldIssue[] };

/** Checks the form with the same schema the server uses; an empty field is reported as `too_small` (required). */
export function validateSignIn(values: Record<SignInField, string>): SignInValidation {
  const result = signInInputSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (issues.some((existing) => existing.field === field)) continue;
    const empty = field in values && values[field as SignInField].trim() === "";
    issues.push({ field, code: empty ? "too_small" : issue.code });
  }
  return { ok: false, issues };
}
