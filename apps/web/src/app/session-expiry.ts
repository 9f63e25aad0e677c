import type { QueryClient } from "@tanstack/react-query";
import type { DataRouter } from "react-router";
import { sessionQueryKey } from "../features/auth/get-session.ts";
import { onUnauthenticated } from "../lib/api-client.ts";
import { paths, signInHref } from "../lib/config/paths.ts";
import { clearCsrfToken } from "../lib/csrf-token.ts";

/**
 * When the API answers 401 `unauthenticated` while the app believes someone is signed in, the session
 * has ended (expired, revoked, signed out in another tab): forget it and go to the sign-in page, which
 * explains why and brings the person back here afterwards.
 */
export function installSessionExpiry(queryClient: QueryClient, router: Pick<DataRouter, "navigate" | "state">) {
  return onUnauthenticated(() => {
    if (!queryClient.getQueryData(sessionQueryKey)) return;
    clearCsrfToken();
    queryClient.setQueryData(sessionQueryKey, null);
    const { pathname, search } = router.state.location;
    if (pathname === paths.signIn) return;
    const href = signInHref({ returnTo: `${pathname}${search}`, reason: "session_expired" });
    void router.navigate(href, { replace: true }).then(() => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    });
  });
}
