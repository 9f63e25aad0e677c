import type { LocalizedText, QuestionType } from "./evaluation-form.schema.ts";
import type { EvaluationResults, QuestionResult, ResultsUnavailableReason } from "./evaluation-results.ts";

// Comparing the results of several runs of the same course (the quality cycle: did the change after
// the last evaluation help?). Questions are aligned by their stable id. Each run's results are already
// suppressed, and the comparison only places them side by side: it computes no difference, sum or
// other new count, so it cannot reveal what a run's own results hide.

export type RunResults = { runId: string; results: EvaluationResults };

export type ComparedRun =
  | { runId: string; status: "available"; respondents: number }
  | { runId: string; status: "unavailable"; reason: ResultsUnavailableReason };

export type ComparedQuestion = {
  questionId: string;
  type: QuestionType;
  /** The text of the newest run that asked it. */
  text: LocalizedText;
  /**
   * One entry per run, in the order of `runs`: null when that run has no results, did not ask the
   * question, or asked it as another type (answers to another type are not comparable).
   */
  results: (QuestionResult | null)[];
};

export type RunComparison = { runs: ComparedRun[]; questions: ComparedQuestion[] };

/**
 * Lines up runs' results, oldest first as given. Questions come in the newest run's order, followed
 * by those only older runs asked (newest first); a question's type is the newest run's.
 */
export function compareRuns(runs: readonly RunResults[]): RunComparison {
  const questions = new Map<string, ComparedQuestion>();
  for (let i = runs.length - 1; i >= 0; i -= 1) {
    const results = runs[i]?.results;
    if (results?.status !== "available") continue;
    for (const result of results.questions) {
      if (!questions.has(result.questionId)) {
        questions.set(result.questionId, {
          questionId: result.questionId,
          type: result.type,
          text: result.text,
          results: runs.map(() => null),
        });
      }
    }
  }
  for (const [i, run] of runs.entries()) {
    if (run.results.status !== "available") continue;
    for (const result of run.results.questions) {
      const compared = questions.get(result.questionId);
      if (compared && compared.type === result.type) compared.results[i] = result;
    }
  }
  return {
    runs: runs.map(({ runId, results }) =>
      results.status === "available"
        ? { runId, status: "available", respondents: results.respondents }
        : { runId, status: "unavailable", reason: results.reason },
    ),
    questions: [...questions.values()],
  };
}
