import { z } from "zod";

/**
 * Every error the API answers with has one of these stable codes. The web app branches on the code
 * and shows its translated message (i18n key `errors.<code>`); the API maps each code to a status once.
 */
export const errorCodes = [
  "bad_request",
  "validation_failed",
  "malformed_json",
  "payload_too_large",
  "unsupported_media_type",
  "unauthenticated",
  "invalid_credentials",
  "csrf_failed",
  "forbidden",
  "not_found",
  "too_many_requests",
  "precondition_required",
  "precondition_failed",
  "conflict",
  "invitation_invalid",
  "invitation_expired",
  "invitation_used",
  "invitation_revoked",
  "invitation_foreign",
  "account_exists",
  "reset_link_invalid",
  "second_factor_required",
  "invalid_second_factor",
  "last_coordinator",
  "erase_blocked",
  "already_member",
  "run_closed",
  "transition_blocked",
  "signature_stale",
  "not_in_working_group",
  "signup_closed",
  "signup_by_referral",
  "already_registered",
  "registration_link_invalid",
  "registration_cancelled",
  "offer_expired",
  "no_offer",
  "session_not_in_run",
  "session_in_future",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "evaluation_form_unsigned",
  "collection_exists",
  "run_not_started",
  "collection_closed",
  "evaluation_link_invalid",
  "evaluation_token_used",
  "results_unavailable",
  "proposal_applied",
  "no_accepted_proposals",
  "breakdown_unavailable",
  "service_unavailable",
  "internal",
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * Every code a field error from the API can carry. The web app shows a translated message for each
 * beside its field (i18n key `fieldErrors.<code>`; a test checks all three languages), so a new code
 * goes here, with its messages, before a service or schema uses it.
 */
export const fieldErrorCodes = [
  // zod's issue codes: request validation answers each issue with its code (plugins/errors.ts).
  "invalid_type",
  "too_big",
  "too_small",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
  "custom",
  // The shared schemas' own checks, as the issue's message (`{ error: "invalid_phone" }`) under
  // zod's code: the same code whether the browser or the API found the problem.
  "invalid_email",
  "invalid_phone",
  "invalid_totp_code",
  "invalid_language",
  "duplicate_language",
  "before_start",
  "to_before_from",
  "profession_not_allowed",
  "invalid_cursor",
  "contact_required",
  "consent_required",
  "duplicate_entry",
  "too_few_options",
  "options_not_allowed",
  "background_single_choice",
  // Rules the services and domain rules check (the field errors of a DomainError).
  "required",
  "not_next_run",
  "out_of_range",
  "unknown_option",
  "too_long",
  "unknown_question",
  "unknown_version",
  "kind_locked",
  "self_partner",
  "person_inactive",
  "not_partner",
  "sessions_outside",
  "not_in_working_group",
  "no_password",
  "wrong_password",
  "represents_not_allowed",
  "not_user_organisation",
  "outside_run",
  "invalid_time",
  "registration_not_confirmed",
  "session_not_in_run",
  "session_in_future",
  "already_registered",
  "referral_date_required",
  "referral_date_in_future",
] as const;

export const fieldErrorCodeSchema = z.enum(fieldErrorCodes);
export type FieldErrorCode = z.infer<typeof fieldErrorCodeSchema>;

export const isFieldErrorCode = (code: unknown): code is FieldErrorCode =>
  (fieldErrorCodes as readonly unknown[]).includes(code);

export const fieldErrorSchema = z.object({
  /** Dotted path of the field in the request body or query, e.g. `email` or `items.0.title`. */
  field: z.string(),
  /** A stable code for the problem with this field: zod's issue code or a domain code. */
  code: fieldErrorCodeSchema,
  /** In English, for developers; a shared schema's own check puts its code here (see `fieldErrorCodes`). */
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, extended with `code` and field `errors`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: errorCodeSchema,
    detail: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
    /**
     * What the resource holds now, for `precondition_failed` (so that the web app can offer a merge)
     * and for refusals that explain themselves (e.g. a blocked phase step's blockers).
     */
    current: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

/** The one error type of domain rules and services; the API turns it into problem details. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[] | undefined;
  readonly current: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, detail?: string, errors?: FieldError[], current?: Record<string, unknown>) {
    super(detail ?? code);
    this.name = "DomainError";
    this.code = code;
    this.errors = errors;
    this.current = current;
  }
}
