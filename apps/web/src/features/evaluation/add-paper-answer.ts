import { answersReceivedSchema } from "@sidestilt/domain/evaluation-collection.schema";
import type { AnswerSet } from "@sidestilt/domain/evaluation-form.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { runEvaluationQueryKey } from "./get-run-evaluation.ts";

type AddPaperAnswer = { runId: string; collectionId: string; answers: AnswerSet };

/**
 * Stores one participant's paper form, exactly like an answer given online. No Idempotency-Key: its
 * table would keep the request's hash and time beside an anonymous answer (docs/decisions/0022); the
 * form empties after each save, so one click stores one paper form.
 */
export async function addPaperAnswer({ collectionId, answers }: AddPaperAnswer): Promise<void> {
  await apiRequest(
    `/api/evaluation-collections/${encodeURIComponent(collectionId)}/paper-answers`,
    answersReceivedSchema,
    { method: "POST", body: { answers } },
  );
}

export function useAddPaperAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPaperAnswer,
    onSuccess: (_received, { runId }) => {
      void queryClient.invalidateQueries({ queryKey: runEvaluationQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
