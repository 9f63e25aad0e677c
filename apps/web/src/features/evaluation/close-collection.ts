import { type EvaluationCollection, evaluationCollectionSchema } from "@sidestilt/domain/evaluation-collection.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { collectionChanged } from "./collection-changed.ts";
import { runEvaluationQueryKey } from "./get-run-evaluation.ts";

type CloseCollection = { runId: string; collectionId: string; version: number };

/** Closes the collection (If-Match: the version read); no more answers are taken after this. */
export async function closeCollection({ collectionId, version }: CloseCollection): Promise<EvaluationCollection> {
  return apiRequest(
    `/api/evaluation-collections/${encodeURIComponent(collectionId)}/close`,
    evaluationCollectionSchema,
    { method: "POST", ifMatch: `"${version}"` },
  );
}

export function useCloseCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCollection,
    onSuccess: (collection, { runId }) => collectionChanged(queryClient, runId, collection),
    onError: (error, { runId }) => {
      // Someone else closed it or it changed: show what is current.
      if (error instanceof ApiError && (error.code === "precondition_failed" || error.code === "collection_closed")) {
        void queryClient.invalidateQueries({ queryKey: runEvaluationQueryKey(runId) });
      }
    },
  });
}
