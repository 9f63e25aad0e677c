import { type ApiError, NetworkError, toApiError } from "./api-error.ts";
import { clearCsrfToken, getCsrfToken } from "./csrf-token.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Anything with zod's `parse`: the response schemas from `@sidestilt/domain`. */
export type Parser<T> = { parse(data: unknown): T };

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** The ETag the client last read, sent as `If-Match` so that a write never overwrites someone else's change. */
  ifMatch?: string;
  /** False where a 401 `unauthenticated` is an expected answer and must not end the session in the UI. */
  reportUnauthenticated?: boolean;
  /**
   * Sent as `Idempotency-Key` on a create that must happen once (keys from `useIdempotencyKey`): a retry
   * with the same key gets the first answer instead of a second creation. While the server is still
   * handling the first request with the key (409 `idempotency_in_progress`), the request is sent again
   * after `Retry-After`, a few times.
   */
  idempotencyKey?: string;
  /**
   * For the routes a participant answers an evaluation on (`csrf: "origin-only"` on the server): no
   * `x-csrf-token` (fetching one would set a cookie) and no cookies sent or stored (`credentials:
   * "omit"`), so that nothing in the request ties the answer to a browser or a session. The secret in the
   * body is the proof a forged request lacks; the server still refuses a cross-site Origin.
   */
  anonymous?: boolean;
};

/** How often a request waits for the first request with its Idempotency-Key, and at most how long each time. */
const IN_PROGRESS_RETRIES = 3;
const IN_PROGRESS_MAX_WAIT_SECONDS = 5;

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called whenever the API answers 401 `unauthenticated`; the app decides whether that ends a session. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

async function send(path: string, options: RequestOptions, retriedCsrf: boolean, waits = 0): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
  if (method !== "GET" && !options.anonymous) headers["x-csrf-token"] = await getCsrfToken();

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: options.anonymous ? "omit" : "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (response.ok) return response;

  const error = await toApiError(response);
  if (error.status === 403 && error.code === "csrf_failed" && !retriedCsrf && !options.anonymous) {
    clearCsrfToken();
    return send(path, options, true, waits);
  }
  if (options.idempotencyKey !== undefined && error.code === "idempotency_in_progress" && waits < IN_PROGRESS_RETRIES) {
    await waitToRetry(error, options.signal);
    return send(path, options, retriedCsrf, waits + 1);
  }
  // An anonymous request carries no session, so its 401 says nothing about the session the UI holds.
  const reports = options.reportUnauthenticated !== false && !options.anonymous;
  if (error.status === 401 && error.code === "unauthenticated" && reports) {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw error;
}

function waitToRetry(error: ApiError, signal: AbortSignal | undefined): Promise<void> {
  const seconds = Math.min(error.retryAfterSeconds ?? 1, IN_PROGRESS_MAX_WAIT_SECONDS);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Sends a request to the API and parses the JSON answer with `schema`. Throws `ApiError` or `NetworkError`. */
export async function apiRequest<T>(path: string, schema: Parser<T>, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, false);
  return schema.parse(await response.json());
}

/** An answer together with its `ETag` (the resource's version), to send back as `ifMatch` when writing. */
export type Versioned<T> = { data: T; etag: string | null };

/** Like `apiRequest`, and also returns the answer's `ETag`. */
export async function apiRequestVersioned<T>(
  path: string,
  schema: Parser<T>,
  options: RequestOptions = {},
): Promise<Versioned<T>> {
  const response = await send(path, options, false);
  return { data: schema.parse(await response.json()), etag: response.headers.get("etag") };
}

/** Sends a request whose answer has no body we need (e.g. 204). */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options, false);
  await response.body?.cancel();
}
