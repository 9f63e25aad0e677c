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
  service_unavailable: { status: 503, title: "Temporarily unavailable" },
  internal: { status: 500, title: "Something went wrong on our side" },
};

export function problem(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  const { status, title } = problemStatus[code];
  return {
    type: `https://sidestilt.no/problems/${code.replaceAll("_", "-")}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
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
