import { type ErrorCode, type Problem, problemSchema } from "@sidestilt/domain/problem";

/** An error answer from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from the `Retry-After` header (429 and 503), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): ErrorCode {
    return this.problem.code;
  }
}

/** The request never got an answer (offline, DNS, server down, CORS). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super("Network request failed", { cause });
    this.name = "NetworkError";
  }
}

/** What the UI shows for an error: an API error code, or one of two client-side situations. */
export type ErrorKey = ErrorCode | "network" | "unknown";

export function errorKeyOf(error: unknown): ErrorKey {
  if (error instanceof ApiError) return error.code;
  if (error instanceof NetworkError) return "network";
  return "unknown";
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "too_many_requests";
  if (status === 502 || status === 503 || status === 504) return "service_unavailable";
  if (status >= 500) return "internal";
  return "bad_request";
}

export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads a failed response as problem details; a body that is not one (a proxy's HTML page) gets a code from its status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON; fall through to the status-based problem.
  }
  const parsed = problemSchema.safeParse(body);
  const problem: Problem = parsed.success
    ? parsed.data
    : {
        type: "about:blank",
        title: response.statusText || "Error",
        status: response.status,
        code: fallbackCode(response.status),
      };
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get("retry-after")));
}
