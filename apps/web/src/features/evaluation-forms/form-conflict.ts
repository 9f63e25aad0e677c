import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import { type EvaluationFormView, evaluationFormSchema } from "@sidestilt/domain/evaluation-forms-api.schema";
import { ApiError } from "../../lib/api-error.ts";

/** The stored form from a 412 `precondition_failed` answer to a save; null for any other error. */
export function storedFormOf(error: unknown): EvaluationFormView | null {
  if (!(error instanceof ApiError) || error.code !== "precondition_failed") return null;
  const parsed = evaluationFormSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/** The version that is current now, from a 409 `signature_stale` answer to a signature; null otherwise. */
export function staleSignatureVersionOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== "signature_stale") return null;
  const parsed = evaluationFormSchema.pick({ version: true }).safeParse(error.problem.current);
  return parsed.success ? parsed.data.version : null;
}

export type QuestionListDifference = {
  /** In the person's list only (they added it, or the other person removed it). */
  onlyMine: Question[];
  /** In the stored list only. */
  onlyStored: Question[];
  /** In both (the same id), with a different text, options or settings. */
  changed: Question[];
  /** The questions both have stand in a different order. */
  reordered: boolean;
};

/** JSON with every object's keys sorted: a bank item's copy and the API's answer order their keys differently. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const sameQuestion = (a: Question, b: Question) => canonical(a) === canonical(b);

/** How two question lists differ, by question id: what a person who saved too late needs to decide. */
export function compareQuestionLists(stored: readonly Question[], mine: readonly Question[]): QuestionListDifference {
  const storedById = new Map(stored.map((question) => [question.id, question]));
  const mineIds = new Set(mine.map((question) => question.id));
  const changed = mine.filter((question) => {
    const other = storedById.get(question.id);
    return other !== undefined && !sameQuestion(other, question);
  });
  const commonMine = mine.filter((question) => storedById.has(question.id)).map((question) => question.id);
  const commonStored = stored.filter((question) => mineIds.has(question.id)).map((question) => question.id);
  return {
    onlyMine: mine.filter((question) => !storedById.has(question.id)),
    onlyStored: stored.filter((question) => !mineIds.has(question.id)),
    changed,
    reordered: commonMine.some((id, index) => commonStored[index] !== id),
  };
}

/** Whether two lists hold the same questions in the same order. */
export function sameQuestionList(a: readonly Question[], b: readonly Question[]): boolean {
  return a.length === b.length && a.every((question, index) => sameQuestion(question, b[index] as Question));
}
