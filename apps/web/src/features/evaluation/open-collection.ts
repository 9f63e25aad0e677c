import { type EvaluationCollection, evaluationCollectionSchema } from "@sidestilt/domain/evaluation-collection.schema";
import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { collectionChanged } from "./collection-changed.ts";

type OpenCollection = { runId: string; kind: EvaluationFormKind };

/**
 * Starts collecting answers to the co-signed version of one kind of form. A second start is refused
 * (409 `collection_exists`), so no Idempotency-Key is needed.
 */
export async function openCollection({ runId, kind }: OpenCollection): Promise<EvaluationCollection> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/evaluation-collections`, evaluationCollectionSchema, {
    method: "POST",
    body: { kind },
  });
}

export function useOpenCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openCollection,
    onSuccess: (collection, { runId }) => collectionChanged(queryClient, runId, collection),
  });
}
