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
  "idempotency_key_reused",
  "idempotency_in_progress",
  "service_unavailable",
  "internal",
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldErrorSchema = z.object({
  /** Dotted path of the field in the request body or query, e.g. `email` or `items.0.title`. */
  field: z.string(),
  /** A stable code for the problem with this field (zod's issue code or a domain code). */
  code: z.string(),
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
