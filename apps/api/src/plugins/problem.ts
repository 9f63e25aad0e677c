import type { ErrorCode, FieldError, Problem } from "@sidestilt/domain/problem";

/** The one table from error code to HTTP status and English title (the web app translates by code). */
export const problemStatus: Record<ErrorCode, { status: number; title: string }> = {
  bad_request: { status: 400, title: "Bad request" },
  validation_failed: { status: 400, title: "The request has invalid fields" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  unauthenticated: { status: 401, title: "Sign-in required" },
  invalid_credentials: { status: 401, title: "Wrong email or password" },
  csrf_failed: { status: 403, title: "The request could not be verified" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  too_many_requests: { status: 429, title: "Too many attempts" },
  precondition_required: { status: 428, title: "If-Match header required" },
  precondition_failed: { status: 412, title: "Changed by someone else" },
  conflict: { status: 409, title: "Conflict" },
  invitation_invalid: { status: 404, title: "No such invitation" },
  invitation_expired: { status: 410, title: "The invitation has expired" },
  invitation_used: { status: 410, title: "The invitation has already been used" },
  invitation_revoked: { status: 410, title: "The invitation was withdrawn" },
  invitation_foreign: { status: 409, title: "The invitation belongs to someone else" },
  account_exists: { status: 409, title: "An account with this email exists: sign in to accept" },
  reset_link_invalid: { status: 410, title: "The password-reset link is expired, used or unknown" },
  second_factor_required: { status: 401, title: "A code from the authenticator app is required" },
  invalid_second_factor: { status: 401, title: "Wrong or expired authenticator code" },
  last_coordinator: { status: 409, title: "A unit must keep at least one coordinator" },
  erase_blocked: { status: 409, title: "The person also belongs to units you do not coordinate" },
  already_member: { status: 409, title: "The person already has this role in the unit" },
  run_closed: { status: 409, title: "The run is completed or cancelled and can no longer change" },
  transition_blocked: { status: 409, title: "The run cannot move to that phase yet" },
  signature_stale: { status: 409, title: "The run has changed since the version you signed" },
  not_in_working_group: { status: 400, title: "The person is not in the course's working group" },
  signup_closed: { status: 409, title: "Sign-up to this run is closed" },
  signup_by_referral: { status: 409, title: "This run takes participants by referral only" },
  already_registered: { status: 409, title: "This email address is already signed up for the run" },
  registration_link_invalid: { status: 404, title: "The personal link is not valid" },
  registration_cancelled: { status: 409, title: "The registration is already cancelled" },
  offer_expired: { status: 409, title: "The offered seat is no longer held" },
  no_offer: { status: 409, title: "The registration has no seat on offer" },
  session_not_in_run: { status: 422, title: "The session belongs to another run" },
  session_in_future: { status: 422, title: "Attendance cannot be recorded for a session more than a day ahead" },
  idempotency_key_reused: { status: 422, title: "The Idempotency-Key was used before with another request" },
  idempotency_in_progress: { status: 409, title: "A request with this Idempotency-Key is still being handled" },
  breakdown_unavailable: { status: 409, title: "Too few answers to break the results down this way" },
  proposal_applied: { status: 409, title: "The proposal is already in a later run's plan" },
  no_accepted_proposals: { status: 409, title: "No accepted proposals are waiting to be carried over" },
  evaluation_form_unsigned: {
    status: 409,
    title: "The form has no version signed by a user representative and a professional",
  },
  collection_exists: { status: 409, title: "This run already has a collection for this kind of form" },
  run_not_started: { status: 409, title: "Evaluation starts once the run is under way" },
  collection_closed: { status: 409, title: "The collection is closed" },
  evaluation_link_invalid: { status: 404, title: "The evaluation link is not valid" },
  evaluation_token_used: { status: 409, title: "This personal link has already been used to answer" },
  results_unavailable: {
    status: 409,
    title: "Results are shown only when the collection is closed and at least five have answered",
  },
  service_unavailable: { status: 503, title: "Temporarily unavailable" },
  internal: { status: 500, title: "Something went wrong on our side" },
};

export function problem(
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
  current?: Record<string, unknown>,
): Problem {
  const { status, title } = problemStatus[code];
  return {
    type: `https://sidestilt.no/problems/${code.replaceAll("_", "-")}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
    ...(current ? { current } : {}),
  };
}

/** A refusal the client may retry after some seconds: answered 429 with a Retry-After header. */
export class RetryLaterError extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("too_many_requests");
    this.name = "RetryLaterError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
