import type { Viewer } from "@sidestilt/domain/access";
import type { AnswerSet, EvaluationFormKind, Question } from "@sidestilt/domain/evaluation-form.schema";
import { questionListSchema } from "@sidestilt/domain/evaluation-form.schema";
import { type EvaluationResultsInput, evaluationResults } from "@sidestilt/domain/evaluation-results";
import type { EvaluationResultsView, RunComparisonView } from "@sidestilt/domain/evaluation-results.schema";
import { evaluationBreakdown } from "@sidestilt/domain/evaluation-results-breakdown";
import { compareRuns } from "@sidestilt/domain/evaluation-results-comparison";
import { exportLabels, resultsTable, toCsv } from "@sidestilt/domain/evaluation-results-table";
import { DomainError } from "@sidestilt/domain/problem";
import type { Locale } from "@sidestilt/domain/roles";
import type { Db } from "../../db/prisma.ts";
import { loadCourseForReading } from "../../lib/course-access.ts";
import { loadRunForReading } from "../../lib/run-access.ts";
import { xlsxWorkbook } from "../../lib/xlsx.ts";

// Results of a closed collection, computed on request from the stored answers by the domain's rules
// (evaluation-results*.ts): every count shown is 0 or at least five. Anyone who may see the run reads
// them; free text only the working group's evaluators. Too few answers, or a collection still open,
// is a 409 `results_unavailable` that says nothing about how many answered.

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function loadCollection(db: Db, viewer: Viewer, collectionId: string) {
  const collection = await db.evaluationCollection.findUnique({
    where: { id: collectionId },
    select: {
      id: true,
      runId: true,
      kind: true,
      status: true,
      formRevision: { select: { version: true, questions: true } },
      run: { select: { startsOn: true, course: { select: { id: true, title: true } } } },
    },
  });
  if (!collection) throw new DomainError("not_found");
  const { context } = await loadRunForReading(db, viewer, collection.runId);
  const answers = await db.evaluationAnswer.findMany({ where: { collectionId }, select: { answers: true } });
  const input: EvaluationResultsInput = {
    collectionStatus: collection.status,
    questions: questionListSchema.parse(collection.formRevision.questions),
    answers: answers.map((row) => row.answers as AnswerSet),
  };
  const isEvaluator = context.workingGroup.some(
    (member) => member.personId === viewer.personId && member.role === "EVALUATOR",
  );
  return { collection, input, isEvaluator };
}

function breakdownOf(input: EvaluationResultsInput, questionId: string | undefined) {
  if (questionId === undefined) return null;
  const breakdown = evaluationBreakdown(input, questionId);
  if (breakdown.status === "available") return breakdown;
  if (breakdown.reason === "not_a_background_question") {
    throw new DomainError("validation_failed", "Results break down by a background question only", [
      { field: "breakdown", code: "invalid_value", message: "invalid_value" },
    ]);
  }
  throw new DomainError(breakdown.reason === "too_few_groups" ? "breakdown_unavailable" : "results_unavailable");
}

const backgroundQuestionsOf = (questions: readonly Question[]) =>
  questions
    .filter((question) => question.background)
    .map((question) => ({ questionId: question.id, text: question.text }));

export async function getResults(
  db: Db,
  viewer: Viewer,
  collectionId: string,
  breakdownBy: string | undefined,
): Promise<EvaluationResultsView> {
  const { collection, input, isEvaluator } = await loadCollection(db, viewer, collectionId);
  const results = evaluationResults(input, { includeFreeText: isEvaluator });
  if (results.status === "unavailable") throw new DomainError("results_unavailable");
  return {
    collectionId,
    runId: collection.runId,
    courseId: collection.run.course.id,
    courseTitle: collection.run.course.title,
    runStartsOn: isoDate(collection.run.startsOn),
    kind: collection.kind,
    formVersion: collection.formRevision.version,
    respondents: results.respondents,
    questions: results.questions,
    backgroundQuestions: backgroundQuestionsOf(input.questions),
    breakdown: breakdownOf(input, breakdownBy),
    canSeeFreeText: isEvaluator,
  };
}

export type ResultsExport = { fileName: string; body: string | Uint8Array };

/** The results (and a breakdown, if asked) as a table of already suppressed figures, as CSV or XLSX. */
export async function exportResults(
  db: Db,
  viewer: Viewer,
  collectionId: string,
  options: { format: "csv" | "xlsx"; language: Locale; breakdown: string | undefined },
): Promise<ResultsExport> {
  const { collection, input, isEvaluator } = await loadCollection(db, viewer, collectionId);
  const results = evaluationResults(input, { includeFreeText: isEvaluator });
  if (results.status === "unavailable") throw new DomainError("results_unavailable");
  const rows = resultsTable(results, {
    language: options.language,
    labels: exportLabels[options.language],
    breakdown: breakdownOf(input, options.breakdown),
  });
  const fileName = `evaluering-${isoDate(collection.run.startsOn)}.${options.format}`;
  // Excel in Norway reads ";" as the separator and needs the byte order mark to read æ, ø and å.
  if (options.format === "csv") return { fileName, body: `\uFEFF${toCsv(rows, ";")}` };
  return { fileName, body: xlsxWorkbook(collection.run.course.title, rows) };
}

/** Every run of the course that collected this kind of form, oldest first, side by side (no free text). */
export async function compareCourseRuns(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
): Promise<RunComparisonView> {
  await loadCourseForReading(db, viewer, courseId);
  const collections = await db.evaluationCollection.findMany({
    where: { kind, run: { courseId } },
    orderBy: [{ run: { startsOn: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      runId: true,
      status: true,
      formRevision: { select: { questions: true } },
      run: { select: { startsOn: true } },
      answers: { select: { answers: true } },
    },
  });
  const compared = compareRuns(
    collections.map((collection) => ({
      runId: collection.runId,
      results: evaluationResults(
        {
          collectionStatus: collection.status,
          questions: questionListSchema.parse(collection.formRevision.questions),
          answers: collection.answers.map((row) => row.answers as AnswerSet),
        },
        { includeFreeText: false },
      ),
    })),
  );
  const startsOn = new Map(collections.map((collection) => [collection.runId, isoDate(collection.run.startsOn)]));
  return {
    courseId,
    kind,
    runs: compared.runs.map((run) => ({ ...run, startsOn: startsOn.get(run.runId) ?? "" })),
    questions: compared.questions,
  };
}
