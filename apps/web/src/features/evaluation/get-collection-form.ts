import { type ParticipantForm, participantFormSchema } from "@sidestilt/domain/evaluation-collection.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/**
 * The questions a collection asks, read the way a participant reads them: through the anonymous link's
 * code, sent anonymously (no cookie, no CSRF token), as the participant's route expects.
 */
export async function getCollectionForm(code: string, signal?: AbortSignal): Promise<ParticipantForm> {
  return apiRequest("/api/evaluation/form", participantFormSchema, {
    method: "POST",
    body: { code },
    signal,
    anonymous: true,
  });
}

export function collectionFormQueryOptions(collectionId: string, code: string) {
  return queryOptions({
    queryKey: ["evaluation-collections", "form", collectionId] as const,
    queryFn: ({ signal }) => getCollectionForm(code, signal),
    // A collection's questions never change: it pins one signed form version.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCollectionForm(collectionId: string, code: string | null) {
  return useQuery({ ...collectionFormQueryOptions(collectionId, code ?? ""), enabled: code !== null });
}
