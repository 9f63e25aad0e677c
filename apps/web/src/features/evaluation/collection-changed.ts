import type { EvaluationCollection, RunEvaluation } from "@sidestilt/domain/evaluation-collection.schema";
import type { QueryClient } from "@tanstack/react-query";
import { runEvaluationQueryKey } from "./get-run-evaluation.ts";

/**
 * After a collection was opened, invited to or closed: the answer is the collection as it is now, so the
 * run's evaluation is updated in place; the course's chain and the audit trail read differently too.
 */
export function collectionChanged(queryClient: QueryClient, runId: string, collection: EvaluationCollection): void {
  queryClient.setQueryData<RunEvaluation>(runEvaluationQueryKey(runId), (evaluation) => {
    if (!evaluation) return evaluation;
    const others = evaluation.collections.filter((existing) => existing.id !== collection.id);
    return { ...evaluation, collections: [...others, collection].sort((a, b) => a.kind.localeCompare(b.kind)) };
  });
  void queryClient.invalidateQueries({ queryKey: runEvaluationQueryKey(runId) });
  void queryClient.invalidateQueries({ queryKey: ["courses", "evaluation-chain"] });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}
