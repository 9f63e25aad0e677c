import { type SessionView, sessionViewSchema } from "@sidestilt/domain/auth.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { setCsrfToken } from "../../lib/csrf-token.ts";

export const sessionQueryKey = ["auth", "session"] as const;

/** The signed-in person, or `null` when nobody is signed in (401 `unauthenticated`). */
export async function getSession(signal?: AbortSignal): Promise<SessionView | null> {
  try {
    const session = await apiRequest("/api/auth/session", sessionViewSchema, { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code === "unauthenticated") return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
