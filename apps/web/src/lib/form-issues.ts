import { isFieldErrorCode } from "@sidestilt/domain/problem";
import type { TFunction } from "i18next";
import type { ZodType } from "zod";
import { ApiError } from "./api-error.ts";
import { fieldErrorMessage } from "./field-error-message.ts";

/** A problem with one field of a form: the field's name and a stable code. */
export type FormIssue = { field: string; code: string };

/**
 * The code to explain an issue by. Domain rules put their own code in zod's message (`invalid_phone`,
 * `to_before_from`) under a generic zod code (`invalid_format`, `custom`); the API passes both on.
 * A message that is a field error code wins, so the same code reaches the UI from the client and the server.
 */
export function issueCode(issue: { code: string; message?: string }): string {
  return isFieldErrorCode(issue.message) ? issue.message : issue.code;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: FormIssue[] };

/**
 * Checks a form's values with the schema the server uses, one issue per field (the first); an empty
 * field is reported as `too_small` (required), whatever the schema's own code for it.
 */
export function validateForm<T>(schema: ZodType<T>, values: Record<string, unknown>): Validation<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (issues.some((existing) => existing.field === field)) continue;
    const value = values[field];
    const empty = typeof value === "string" && value.trim() === "";
    issues.push({ field, code: empty ? "too_small" : issueCode(issue) });
  }
  return { ok: false, issues };
}

/** The field issues of a 400 `validation_failed` answer (empty for any other error). */
export function apiFieldIssues(error: unknown): FormIssue[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).map((issue) => ({ field: issue.field, code: issueCode(issue) }));
}

/** A field issue in words: a form's own message for a domain code, else the generic one for the code. */
export function issueMessage(
  t: TFunction,
  issue: FormIssue,
  fieldLabel: string,
  domainMessages: Partial<Record<string, string>> = {},
): string {
  return domainMessages[issue.code] ?? fieldErrorMessage(t, issue.code, fieldLabel);
}
