import {
  type EvaluationAccess,
  type ParticipantForm,
  participantFormSchema,
} from "@sidestilt/domain/evaluation-collection.schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { accessKeyOf } from "./evaluation-access.ts";

/**
 * The questions behind a personal link's token or the anonymous link's code. Posted (the secret never
 * travels in a URL) anonymously: no CSRF token, no cookies (see `anonymous` in the api client).
 */
export function getParticipantForm(access: EvaluationAccess, signal?: AbortSignal): Promise<ParticipantForm> {
  return apiRequest("/api/evaluation/form", participantFormSchema, {
    method: "POST",
    body: access,
    signal,
    anonymous: true,
  });
}

export function participantFormQueryOptions(access: EvaluationAccess) {
  return queryOptions({
    // The key names the link by its hash, not by the token itself.
    queryKey: ["evaluation", "form", accessKeyOf(access)] as const,
    queryFn: ({ signal }) => getParticipantForm(access, signal),
    // A collection's questions are one signed version and never change. Asking again would only turn a
    // link that has just been used into "already answered" under the participant's hands.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
