import { type ParticipantRegistration, participantRegistrationSchema } from "@sidestilt/domain/registration.schema";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

// A participant's own registration, reached through the personal link. The token is posted in the body
// (never in a URL), so it stays out of server logs and Referer headers.

export const myRegistrationQueryKey = (token: string) => ["registrations", "mine", token] as const;

export function lookUpRegistration(token: string, signal?: AbortSignal): Promise<ParticipantRegistration> {
  return apiRequest("/api/registrations/lookup", participantRegistrationSchema, {
    method: "POST",
    body: { token },
    signal,
    reportUnauthenticated: false,
  });
}

export function myRegistrationQueryOptions(token: string) {
  return queryOptions({
    queryKey: myRegistrationQueryKey(token),
    queryFn: ({ signal }) => lookUpRegistration(token, signal),
  });
}

export type LinkAction = "cancel" | "accept-offer";

export function actOnRegistration(token: string, action: LinkAction): Promise<ParticipantRegistration> {
  return apiRequest(`/api/registrations/${action}`, participantRegistrationSchema, {
    method: "POST",
    body: { token },
    reportUnauthenticated: false,
  });
}

/** Cancels (or declines an offer) or accepts an offer; the answer is the registration as it is now. */
export function useRegistrationAction(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: LinkAction) => actOnRegistration(token, action),
    onSuccess: (registration) => queryClient.setQueryData(myRegistrationQueryKey(token), registration),
    // A refusal (already cancelled, offer expired) means what is shown is out of date.
    onError: () => void queryClient.invalidateQueries({ queryKey: myRegistrationQueryKey(token) }),
  });
}
