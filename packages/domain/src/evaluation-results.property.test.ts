import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CollectionStatus } from "./evaluation-collection.schema.ts";
import { type AnswerSet, type AnswerValue, type Question, questionTypes } from "./evaluation-form.schema.ts";
import { countFields, type EvaluationResults, evaluationResults, type QuestionResult } from "./evaluation-results.ts";
import { evaluationBreakdown } from "./evaluation-results-breakdown.ts";
import { compareRuns } from "./evaluation-results-comparison.ts";
import { exportLabels, resultsTable } from "./evaluation-results-table.ts";
import { isShowableCount } from "./evaluation-suppression.ts";

// The minimum-group rule, across generated forms and answers: no count from 1 to 4 is ever in a
// result, a breakdown, a comparison or the export, nothing is lost by merging, and nothing hidden
// follows from subtracting shown counts (within a result, or between a breakdown and the overall
// result).

/** Numeric fields that are labels or ratios, not counts. Any other numeric field fails the walk. */
const notCounts = new Set(["from", "to", "share", "mean", "standardDeviation"]);

/** Every numeric field of a plain-data value, with its path; fails on a numeric field of unknown meaning. */
function counts(value: unknown, path = "$", found: [string, number][] = []): [string, number][] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) counts(item, `${path}[${i}]`, found);
  } else if (value !== null && typeof value === "object") {
    expect(Object.getPrototypeOf(value), `${path} is plain data`).toBe(Object.prototype);
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === "number") {
        const isCount = (countFields as readonly string[]).includes(key);
        expect(isCount || notCounts.has(key), `${path}.${key} is a known numeric field`).toBe(true);
        if (isCount) found.push([`${path}.${key}`, item]);
      }
      expect(item, `${path}.${key} is not undefined`).not.toBe(undefined);
      counts(item, `${path}.${key}`, found);
    }
  }
  return found;
}

function expectNoSmallCounts(value: unknown) {
  for (const [path, count] of counts(value)) expect(isShowableCount(count), `${path} = ${count}`).toBe(true);
}

const label = (value: string) => ({ nb: value, nn: value, en: value });

/** A form of 1–8 questions of every type; some single-choice questions are background questions. */
const formArbitrary = fc
  .array(
    fc.record({
      type: fc.constantFrom(...questionTypes),
      options: fc.integer({ min: 2, max: 5 }),
      background: fc.boolean(),
    }),
    { minLength: 1, maxLength: 7 },
  )
  // Half the forms start with a background question, so that breakdowns are common.
  .chain((specs) =>
    fc
      .boolean()
      .map((lead) => (lead ? [{ type: "SINGLE_CHOICE" as const, options: 2, background: true }, ...specs] : specs)),
  )
  .map((specs) =>
    specs.map(
      ({ type, options, background }, i): Question => ({
        id: `q${i}`,
        type,
        text: label(`Question ${i}`),
        options:
          type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE"
            ? Array.from({ length: options }, (_, o) => ({ id: `o${o}`, label: label(`Option ${o}`) }))
            : [],
        required: false,
        background: background && type === "SINGLE_CHOICE",
        bankKey: null,
      }),
    ),
  );

/** A value for a question, skewed towards a few values so that counts near five are common. */
function valueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  const optionIds = question.options.map((option) => option.id);
  const mostly = <T>(common: fc.Arbitrary<T>, any: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: common, weight: 3 }, { arbitrary: any, weight: 1 });
  switch (question.type) {
    case "SCALE_0_10":
      return mostly(fc.constantFrom(2, 7, 8, 9), fc.integer({ min: 0, max: 10 }));
    case "LIKERT":
      return mostly(fc.constantFrom(3, 4), fc.integer({ min: 1, max: 4 }));
    case "SINGLE_CHOICE":
      return mostly(fc.constantFrom(...optionIds.slice(0, 2)), fc.constantFrom(...optionIds));
    case "MULTIPLE_CHOICE":
      return mostly(
        fc.constantFrom([optionIds[0] as string], optionIds.slice(0, 2)),
        fc.subarray(optionIds, { minLength: 1 }),
      );
    case "FREE_TEXT":
      return fc.constantFrom("Mer tid", "Bra", "=1+1", "-", "Kaffe, takk");
  }
}

const answerArbitrary = (questions: Question[]): fc.Arbitrary<AnswerSet> =>
  fc
    .tuple(...questions.map((question) => fc.option(valueArbitrary(question), { nil: undefined, freq: 4 })))
    .map((values) => {
      const answers: AnswerSet = {};
      for (const [i, value] of values.entries()) if (value !== undefined) answers[`q${i}`] = value;
      return answers;
    });

const scenario = formArbitrary.chain((questions) =>
  fc.record({
    questions: fc.constant(questions),
    // 0–60 answers, often a course-sized 8–20.
    answers: fc.oneof(
      fc.array(answerArbitrary(questions), { maxLength: 60 }),
      fc.array(answerArbitrary(questions), { minLength: 8, maxLength: 20 }),
      fc.array(answerArbitrary(questions), { minLength: 20, maxLength: 60 }),
    ),
    collectionStatus: fc.constantFrom<CollectionStatus>("OPEN", "CLOSED", "CLOSED", "CLOSED"),
    includeFreeText: fc.boolean(),
    seed: fc.integer(),
  }),
);

/** Sums what an ordered or single-choice result shows in cells; checks that nothing was dropped. */
function expectNothingLost(result: QuestionResult) {
  if (result.kind === "ordered") {
    const values = result.type === "LIKERT" ? [1, 4] : [0, 10];
    expect(result.cells[0]?.from).toBe(values[0]);
    expect(result.cells.at(-1)?.to).toBe(values[1]);
    for (const [i, cell] of result.cells.entries()) {
      if (i > 0) expect(cell.from).toBe((result.cells[i - 1]?.to ?? 0) + 1);
    }
    expect(result.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(result.respondents);
  }
  if (result.kind === "single_choice") {
    const shown = result.options.reduce((sum, option) => sum + option.count, 0);
    expect(shown + (result.other?.count ?? 0)).toBe(result.respondents);
    // One hidden option alone would be respondents − shown.
    expect(result.other?.options.length).not.toBe(1);
  }
  if (result.kind === "multiple_choice") {
    for (const option of result.options) {
      if (option.shown) expect(isShowableCount(result.respondents - option.count)).toBe(true);
    }
  }
}

/** Each count of the overall result minus the breakdown's shown groups must itself be showable. */
function expectNoDifferencing(overall: QuestionResult | undefined, groups: readonly QuestionResult[]) {
  if (!overall || !("respondents" in overall)) {
    expect(groups.every((group) => group.kind === "too_few_answered")).toBe(true);
    return;
  }
  const shown = groups.filter((group) => group.kind !== "too_few_answered");
  const rest = (count: (result: QuestionResult) => number) =>
    count(overall) - shown.reduce((sum, group) => sum + count(group), 0);
  const respondents = (result: QuestionResult) => ("respondents" in result ? result.respondents : 0);
  expect(isShowableCount(rest(respondents))).toBe(true);
  const [first] = shown;
  if (overall.kind === "ordered" && first?.kind === "ordered") {
    const inRange = (result: QuestionResult, from: number, to: number) =>
      result.kind === "ordered"
        ? result.cells.filter((cell) => cell.from >= from && cell.to <= to).reduce((sum, cell) => sum + cell.count, 0)
        : 0;
    const bounds = new Set(overall.cells.map((cell) => cell.from));
    for (const cell of first.cells) {
      // Shared cells are unions of the overall cells, so the overall count of each is known…
      expect(bounds.has(cell.from)).toBe(true);
      // …and that minus the shown groups (the hidden ones together) is showable.
      expect(isShowableCount(rest((result) => inRange(result, cell.from, cell.to)))).toBe(true);
    }
  }
  if (overall.kind === "single_choice" && first?.kind === "single_choice") {
    const optionCount = (id: string) => (result: QuestionResult) =>
      result.kind === "single_choice" ? (result.options.find((option) => option.optionId === id)?.count ?? 0) : 0;
    for (const option of first.options) expect(isShowableCount(rest(optionCount(option.optionId)))).toBe(true);
    // The groups' "other" holds the overall "other" and maybe more options: its overall count is known too.
    const merged = new Set(first.other?.options.map((option) => option.optionId) ?? []);
    const otherCount = (result: QuestionResult) =>
      result.kind !== "single_choice"
        ? 0
        : result === overall
          ? (result.other?.count ?? 0) +
            result.options
              .filter((option) => merged.has(option.optionId))
              .reduce((sum, option) => sum + option.count, 0)
          : (result.other?.count ?? 0);
    expect(isShowableCount(rest(otherCount))).toBe(true);
  }
  if (overall.kind === "multiple_choice" && first?.kind === "multiple_choice") {
    for (const [o, option] of first.options.entries()) {
      if (!option.shown) continue;
      const ticked = (result: QuestionResult) => {
        const shownOption = result.kind === "multiple_choice" ? result.options[o] : undefined;
        return shownOption?.shown ? shownOption.count : 0;
      };
      expect(isShowableCount(rest(ticked))).toBe(true);
    }
  }
}

type Scenario = {
  questions: Question[];
  answers: AnswerSet[];
  collectionStatus: CollectionStatus;
  includeFreeText: boolean;
  seed: number;
};

/** Every check of the rule on one collection: results, each breakdown, a comparison and the export. */
function checkCollection({ questions, answers, collectionStatus, includeFreeText, seed }: Scenario) {
  const input = { questions, answers, collectionStatus };
  const random = seededRandom(seed);
  const results = evaluationResults(input, { includeFreeText, random });
  expectNoSmallCounts(results);
  if (results.status === "available") {
    expect(results.respondents).toBe(answers.length);
    for (const result of results.questions) expectNothingLost(result);
  }

  const breakdowns = questions
    .filter((question) => question.background)
    .map((question) => evaluationBreakdown(input, question.id));
  for (const breakdown of breakdowns) {
    expectNoSmallCounts(breakdown);
    if (breakdown.status !== "available" || results.status !== "available") continue;
    expect(breakdown.groups.length).toBeGreaterThanOrEqual(2);
    expect(breakdown.groups.reduce((sum, group) => sum + group.respondents, 0)).toBe(answers.length);
    // An option group is an option the overall result shows with the same count: the group sizes
    // split nothing the overall result merged.
    const background = results.questions.find((result) => result.questionId === breakdown.questionId);
    for (const group of breakdown.groups.filter((g) => g.kind === "option")) {
      const shown = background?.kind === "single_choice" ? background.options : [];
      expect(shown.find((option) => option.optionId === group.optionId)?.count).toBe(group.respondents);
    }
    for (const question of breakdown.questions) {
      expect(question.type).not.toBe("FREE_TEXT");
      for (const result of question.groups) expectNothingLost(result);
      const overall = results.questions.find((result) => result.questionId === question.questionId);
      expectNoDifferencing(overall, question.groups);
    }
  }

  expectNoSmallCounts(
    compareRuns([
      { runId: "a", results },
      { runId: "b", results },
    ]),
  );

  for (const breakdown of [null, ...breakdowns]) {
    const table = resultsTable(results, { language: "nb", breakdown });
    const countColumn = table[0]?.indexOf(exportLabels.nb.count) ?? -1;
    expect(countColumn).toBeGreaterThan(0);
    for (const row of table.slice(1)) {
      expect(row.length).toBe(table[0]?.length);
      const count = row[countColumn];
      if (typeof count === "number") expect(isShowableCount(count), `count cell ${count}`).toBe(true);
      // Numbers only in the count, percent, mean and deviation columns.
      for (const [column, cell] of row.entries()) {
        if (typeof cell === "number") expect(column).toBeGreaterThanOrEqual(countColumn);
      }
    }
  }
}

/**
 * Larger collections where the two background groups answer differently (different favourite
 * values and options), so that breakdowns have several shared cells, merged "other" cells and
 * hidden groups.
 */
const groupedScenario = fc
  .array(
    fc.constantFrom("a", "b", "skip").chain((group) => {
      const favourite = <T>(a: T[], b: T[], any: fc.Arbitrary<T>) =>
        fc.oneof({ arbitrary: fc.constantFrom(...(group === "a" ? a : b)), weight: 4 }, { arbitrary: any, weight: 1 });
      return fc.record({
        ...(group === "skip" ? {} : { q0: fc.constant(group === "a" ? "o0" : "o1") }),
        q1: favourite([2, 7, 8], [7, 9, 10], fc.integer({ min: 0, max: 10 })),
        q2: favourite([1, 2], [3, 4], fc.integer({ min: 1, max: 4 })),
        q3: favourite(["o0", "o1"], ["o1", "o2"], fc.constantFrom("o0", "o1", "o2", "o3")),
        q4: favourite([["o0"], ["o0", "o1"]], [["o1"], ["o2"]], fc.subarray(["o0", "o1", "o2"], { minLength: 1 })),
      }) as fc.Arbitrary<AnswerSet>;
    }),
    { minLength: 10, maxLength: 60 },
  )
  .map(
    (answers): Scenario => ({
      questions: (
        [
          ["SINGLE_CHOICE", 3, true],
          ["SCALE_0_10", 0, false],
          ["LIKERT", 0, false],
          ["SINGLE_CHOICE", 4, false],
          ["MULTIPLE_CHOICE", 3, false],
        ] as const
      ).map(([type, options, background], i) => ({
        id: `q${i}`,
        type,
        text: label(`Question ${i}`),
        options: Array.from({ length: options }, (_, o) => ({ id: `o${o}`, label: label(`Option ${o}`) })),
        required: false,
        background,
        bankKey: null,
      })),
      answers,
      collectionStatus: "CLOSED",
      includeFreeText: true,
      seed: 1,
    }),
  );

describe("the minimum-group rule", () => {
  it("never shows a count from 1 to 4, loses nothing, and leaves nothing to subtract", () => {
    fc.assert(fc.property(scenario, checkCollection), { numRuns: 300 });
  });

  it("holds for breakdowns of larger collections whose groups answer differently", () => {
    fc.assert(fc.property(groupedScenario, checkCollection), { numRuns: 300 });
  });

  it("shows the same results whatever order the answers come in (apart from free text)", () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ questions, answers }, shift) => {
        const rotate = answers.length === 0 ? 0 : Math.abs(shift) % answers.length;
        const rotated = [...answers.slice(rotate), ...answers.slice(0, rotate)];
        const of = (list: AnswerSet[]): EvaluationResults =>
          evaluationResults({ questions, answers: list, collectionStatus: "CLOSED" }, { includeFreeText: false });
        expect(of(rotated)).toEqual(of(answers));
      }),
    );
  });
});

/** A small deterministic generator (Park–Miller) so that a failing case replays with the same shuffles. */
function seededRandom(seed: number): () => number {
  let state = (Math.abs(seed) % 2147483646) + 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}
