import { csrfTokenSchema } from "@sidestilt/domain/auth.schema";
import { NetworkError, toApiError } from "./api-error.ts";

/**
 * The CSRF token that unsafe requests send in `x-csrf-token`. It is a transport detail of the API
 * client, not server state the UI renders, so it lives here rather than in TanStack Query.
 */
let token: string | null = null;
let pending: Promise<string> | null = null;
/** Bumped on every set/clear so that a fetch started before a sign-in cannot store a stale token. */
let generation = 0;

export const csrfPath = "/api/auth/csrf";

export function setCsrfToken(value: string): void {
  generation += 1;
  token = value;
  pending = null;
}

/** Drops the cached token (after sign-in, sign-out, or a `csrf_failed` answer). */
export function clearCsrfToken(): void {
  generation += 1;
  token = null;
  pending = null;
}

async function fetchCsrfToken(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(csrfPath, { credentials: "same-origin", headers: { accept: "application/json" } });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await toApiError(response);
  return csrfTokenSchema.parse(await response.json()).csrfToken;
}

export function getCsrfToken(): Promise<string> {
  if (token !== null) return Promise.resolve(token);
  if (pending !== null) return pending;
  const started = generation;
  const request = fetchCsrfToken().then(
    (value) => {
      if (generation === started) {
        token = value;
        pending = null;
      }
      return value;
    },
    (error: unknown) => {
      if (generation === started) pending = null;
      throw error;
    },
  );
  pending = request;
  return request;
}
