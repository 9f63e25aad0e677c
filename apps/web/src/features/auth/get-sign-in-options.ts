import { type SignInOptions, signInOptionsSchema } from "@sidestilt/domain/account.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const signInOptionsQueryKey = ["auth", "options"] as const;

/** Which ways of signing in the server offers (an OpenID provider when one is configured). */
export function getSignInOptions(signal?: AbortSignal): Promise<SignInOptions> {
  return apiRequest("/api/auth/options", signInOptionsSchema, { signal });
}

export function signInOptionsQueryOptions() {
  return queryOptions({
    queryKey: signInOptionsQueryKey,
    queryFn: ({ signal }) => getSignInOptions(signal),
    // Server configuration: it changes with a deploy, not while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions());
}
