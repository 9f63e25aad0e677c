import type { SessionView } from "@sidestilt/domain/auth.schema";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { applyPersonLanguage } from "../../i18n/setup.ts";
import { setCsrfToken } from "../../lib/csrf-token.ts";
import { sessionQueryKey } from "./get-session.ts";

/**
 * Makes a session the API just started (sign-in, accepted invitation) the app's session: its CSRF token
 * replaces the old one, nothing cached for a previous person survives, and the person's language is
 * used unless one was chosen in this browser (the page switches to it once its texts have loaded).
 */
export function adoptSession(queryClient: QueryClient, session: SessionView): void {
  setCsrfToken(session.csrfToken);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
  void applyPersonLanguage(session.person.locale);
}

export function useAdoptSession(): (session: SessionView) => void {
  const queryClient = useQueryClient();
  return useCallback((session: SessionView) => adoptSession(queryClient, session), [queryClient]);
}
