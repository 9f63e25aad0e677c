import type { TFunction } from "i18next";
import type { ZodType } from "zod";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { type FormIssue, issueCode } from "../../lib/form-issues.ts";

// What a participant fills in, as the form keeps it (strings; "" for nothing chosen), and how the form
// checks it with the same schema the API uses, one issue per field.

export const participantFields = [
  "name",
  "email",
  "phone",
  "participantRole",
  "interpreterLanguage",
  "accessibilityNeeds",
] as const;
export type ParticipantField = (typeof participantFields)[number];

export type ParticipantValues = Record<Exclude<ParticipantField, "participantRole">, string> & {
  participantRole: "" | "PATIENT" | "RELATIVE";
};

export const emptyParticipant: ParticipantValues = {
  name: "",
  email: "",
  phone: "",
  participantRole: "",
  interpreterLanguage: "",
  accessibilityNeeds: "",
};

/** The element a field's error links to: a radio group's first option. */
export const participantFieldId = (idPrefix: string, field: string): string =>
  field === "participantRole" ? `${idPrefix}-participantRole-PATIENT` : `${idPrefix}-${field}`;

export type Checked<T> = { ok: true; data: T } | { ok: false; issues: FormIssue[] };

/**
 * Checks the values with the API's schema, reporting every field's first problem at once (in the
 * order of `order`), with the code the API would answer (`invalid_phone`, `contact_required` …).
 */
export function checkValues<T>(schema: ZodType<T>, values: object, order: readonly string[]): Checked<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!issues.some((existing) => existing.field === field)) issues.push({ field, code: issueCode(issue) });
  }
  issues.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return { ok: false, issues };
}

/** A field's problem in words, naming the field where the message does. */
export const issueText = (t: TFunction, issue: FormIssue, label: string): string =>
  fieldErrorMessage(t, issue.code, label);
