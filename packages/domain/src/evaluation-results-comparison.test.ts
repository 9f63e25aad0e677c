import { describe, expect, it } from "vitest";
import type { LocalizedText } from "./evaluation-form.schema.ts";
import type { EvaluationResults, QuestionResult } from "./evaluation-results.ts";
import { compareRuns } from "./evaluation-results-comparison.ts";

const same = (value: string): LocalizedText => ({ nb: value, nn: value, en: value });
const scale = (id: string, mean: number, text = id): QuestionResult => ({
  questionId: id,
  text: same(text),
  kind: "ordered",
  type: "SCALE_0_10",
  respondents: 6,
  cells: [{ from: 0, to: 10, count: 6, share: 1 }],
  mean,
  standardDeviation: 0,
});
const tooFew = (id: string): QuestionResult => ({
  questionId: id,
  text: same(id),
  kind: "too_few_answered",
  type: "SINGLE_CHOICE",
});
const multiple = (id: string): QuestionResult => ({
  questionId: id,
  text: same(id),
  kind: "multiple_choice",
  type: "MULTIPLE_CHOICE",
  respondents: 6,
  options: [],
});
const available = (questions: QuestionResult[]): EvaluationResults => ({
  status: "available",
  respondents: 6,
  questions,
});

describe("compareRuns", () => {
  it("aligns questions by id across runs, newest run's order and text first, without new counts", () => {
    const spring = available([scale("old", 5), scale("benefit", 6, "Benefit (old wording)"), tooFew("role")]);
    const summer: EvaluationResults = { status: "unavailable", reason: "too_few_answers" };
    const autumn = available([multiple("role"), scale("benefit", 8, "Benefit"), scale("new", 9)]);
    const comparison = compareRuns([
      { runId: "spring", results: spring },
      { runId: "summer", results: summer },
      { runId: "autumn", results: autumn },
    ]);

    expect(comparison.runs).toEqual([
      { runId: "spring", status: "available", respondents: 6 },
      { runId: "summer", status: "unavailable", reason: "too_few_answers" },
      { runId: "autumn", status: "available", respondents: 6 },
    ]);
    expect(comparison.questions.map((q) => [q.questionId, q.type, q.text.en])).toEqual([
      ["role", "MULTIPLE_CHOICE", "role"],
      ["benefit", "SCALE_0_10", "Benefit"],
      ["new", "SCALE_0_10", "new"],
      ["old", "SCALE_0_10", "old"],
    ]);
    const byId = Object.fromEntries(comparison.questions.map((q) => [q.questionId, q.results]));
    // The spring form asked 'role' as single choice: not comparable with autumn's multiple choice.
    expect(byId.role).toEqual([null, null, multiple("role")]);
    expect(byId.benefit).toEqual([scale("benefit", 6, "Benefit (old wording)"), null, scale("benefit", 8, "Benefit")]);
    expect(byId.new).toEqual([null, null, scale("new", 9)]);
    expect(byId.old).toEqual([scale("old", 5), null, null]);
  });

  it("compares nothing when no run has results", () => {
    expect(compareRuns([{ runId: "a", results: { status: "unavailable", reason: "collecting" } }])).toEqual({
      runs: [{ runId: "a", status: "unavailable", reason: "collecting" }],
      questions: [],
    });
    expect(compareRuns([])).toEqual({ runs: [], questions: [] });
  });
});
