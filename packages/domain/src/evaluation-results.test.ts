import { describe, expect, it } from "vitest";
import type { AnswerSet, AnswerValue, LocalizedText, Question, QuestionType } from "./evaluation-form.schema.ts";
import { type EvaluationResults, evaluationResults, type QuestionResult } from "./evaluation-results.ts";
import { hideSmallGroups, mergeAdjacentAtoms, mergeIntoOther } from "./evaluation-suppression.ts";

// The overall results of a collection and the suppression rules behind them, with hand-computed
// expectations. Breakdown, comparison and export have their own files; the property test is in
// evaluation-results.property.test.ts.

const same = (value: string): LocalizedText => ({ nb: value, nn: value, en: value });
const question = (id: string, type: QuestionType, optionIds: string[] = []): Question => ({
  id,
  type,
  text: same(`Question ${id}`),
  options: optionIds.map((optionId) => ({ id: optionId, label: same(optionId.toUpperCase()) })),
  required: false,
  background: false,
  bankKey: null,
});
const answersTo = (id: string, values: AnswerValue[]): AnswerSet[] => values.map((value) => ({ [id]: value }));
const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

function resultOf(q: Question, answers: AnswerSet[], random?: () => number): QuestionResult {
  const results = evaluationResults(
    { collectionStatus: "CLOSED", questions: [q], answers },
    { includeFreeText: true, ...(random ? { random } : {}) },
  );
  if (results.status !== "available") throw new Error(`no results: ${results.reason}`);
  return results.questions[0] as QuestionResult;
}

describe("when results exist", () => {
  const scale = question("overall", "SCALE_0_10");
  const answers = (count: number) => answersTo("overall", repeat(8, count));

  it("answers 'collecting' while the collection is open, however many answered", () => {
    for (const count of [0, 3, 12]) {
      expect(
        evaluationResults(
          { collectionStatus: "OPEN", questions: [scale], answers: answers(count) },
          { includeFreeText: true },
        ),
      ).toEqual({ status: "unavailable", reason: "collecting" });
    }
  });

  it("answers 'too_few_answers' for a closed collection with 0 to 4 answers, without the count", () => {
    for (const count of [0, 1, 4]) {
      const results = evaluationResults(
        { collectionStatus: "CLOSED", questions: [scale], answers: answers(count) },
        { includeFreeText: true },
      );
      expect(results).toEqual({ status: "unavailable", reason: "too_few_answers" } satisfies EvaluationResults);
    }
  });

  it("shows results from five answers on", () => {
    const results = evaluationResults(
      { collectionStatus: "CLOSED", questions: [scale], answers: answers(5) },
      { includeFreeText: true },
    );
    expect(results).toMatchObject({ status: "available", respondents: 5 });
  });

  it("says 'too few answered' for a question fewer than five answered, with no numbers", () => {
    const answers = [...answersTo("a", repeat(7, 6)), ...answersTo("b", repeat(3, 4))];
    const results = evaluationResults(
      { collectionStatus: "CLOSED", questions: [question("a", "SCALE_0_10"), question("b", "SCALE_0_10")], answers },
      { includeFreeText: true },
    );
    expect(results.status === "available" && results.questions[1]).toEqual({
      questionId: "b",
      text: same("Question b"),
      kind: "too_few_answered",
      type: "SCALE_0_10",
    });
  });
});

describe("ordered questions (0–10 and Likert)", () => {
  it("merges adjacent values greedily from 0 until each cell holds five: 0–6: 5, 7–8: 6, 9–10: 8", () => {
    const values = [2, 3, 5, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 10];
    const result = resultOf(question("q", "SCALE_0_10"), answersTo("q", values));
    expect(result).toMatchObject({
      kind: "ordered",
      respondents: 19,
      cells: [
        { from: 0, to: 6, count: 5, share: 5 / 19 },
        { from: 7, to: 8, count: 6, share: 6 / 19 },
        { from: 9, to: 10, count: 8, share: 8 / 19 },
      ],
    });
    // 22 + 45 + 76 = 143; 143 / 19 = 7.526…, shown to one decimal.
    expect(result).toMatchObject({ mean: 7.5 });
  });

  it("merges a remainder of fewer than five at the top into the cell below", () => {
    // 0–1: 5; 2–8: 6; then 9–10 holds only 2, so it joins 2–8.
    const values = [1, 1, 1, 1, 1, 8, 8, 8, 8, 8, 8, 10, 10];
    expect(resultOf(question("q", "SCALE_0_10"), answersTo("q", values))).toMatchObject({
      respondents: 13,
      cells: [
        { from: 0, to: 1, count: 5 },
        { from: 2, to: 10, count: 8 },
      ],
    });
  });

  it("is a single cell 0–10 when no two cells of five can be made", () => {
    const values = [3, 3, 3, 3, 3, 10, 10];
    expect(resultOf(question("q", "SCALE_0_10"), answersTo("q", values))).toMatchObject({
      cells: [{ from: 0, to: 10, count: 7, share: 1 }],
    });
  });

  it("computes the mean and the sample standard deviation, to one decimal", () => {
    // Mean 5; squared deviations 1 + 1 + 0 + 1 + 1 = 4; 4 / (5 − 1) = 1.
    const result = resultOf(question("q", "SCALE_0_10"), answersTo("q", [4, 4, 5, 6, 6]));
    expect(result).toMatchObject({ kind: "ordered", mean: 5, standardDeviation: 1 });
    // Mean 23 / 7 = 3.29; Σx² = 85, so the squared deviations are 85 − 23² / 7 = 9.43; √(9.43 / 6) = 1.25.
    const rounded = resultOf(question("q", "SCALE_0_10"), answersTo("q", [2, 2, 2, 4, 4, 4, 5]));
    expect(rounded).toMatchObject({ mean: 3.3, standardDeviation: 1.3 });
  });

  it("merges Likert levels the same way: 1–2: 5, 3–4: 7", () => {
    // Level 1: 2, 2: 3 → 1–2 closes at 5; 3: 6 closes; 4: 1 is the remainder and joins 3.
    const values = [1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4];
    expect(resultOf(question("l", "LIKERT"), answersTo("l", values))).toMatchObject({
      kind: "ordered",
      type: "LIKERT",
      respondents: 12,
      cells: [
        { from: 1, to: 2, count: 5 },
        { from: 3, to: 4, count: 7 },
      ],
      mean: 2.5,
    });
  });

  it("ignores stored values that do not fit the question", () => {
    const answers = [...answersTo("q", [5, 5, 5, 5, 5]), ...answersTo("q", [11, -1, 2.5, "5", ["5"]])];
    expect(resultOf(question("q", "SCALE_0_10"), answers)).toMatchObject({ respondents: 5 });
  });
});

describe("single-choice questions", () => {
  const q = question("role", "SINGLE_CHOICE", ["a", "b", "c", "d", "e"]);
  const picks = (counts: Record<string, number>) =>
    answersTo(
      "role",
      Object.entries(counts).flatMap(([option, count]) => repeat(option, count)),
    );

  it("shows options with 0 or at least five, and merges those with 1–4 into 'other'", () => {
    // a: 8, b: 3, c: 0, d: 6, e: 2 → other = b + e = 5.
    expect(resultOf(q, picks({ a: 8, b: 3, d: 6, e: 2 }))).toEqual({
      questionId: "role",
      text: same("Question role"),
      kind: "single_choice",
      type: "SINGLE_CHOICE",
      respondents: 19,
      options: [
        { optionId: "a", label: same("A"), count: 8, share: 8 / 19 },
        { optionId: "c", label: same("C"), count: 0, share: 0 },
        { optionId: "d", label: same("D"), count: 6, share: 6 / 19 },
      ],
      other: {
        options: [
          { optionId: "b", label: same("B") },
          { optionId: "e", label: same("E") },
        ],
        count: 5,
        share: 5 / 19,
      },
    });
  });

  it("merges the smallest shown option into 'other' when 'other' alone would hold 1–4", () => {
    // other = b: 3 would give b away (17 − 8 − 6); the smallest non-empty option, d: 6, joins it.
    const result = resultOf(q, picks({ a: 8, b: 3, d: 6 }));
    expect(result).toMatchObject({
      respondents: 17,
      options: [
        { optionId: "a", count: 8 },
        { optionId: "c", count: 0 },
        { optionId: "e", count: 0 },
      ],
      other: { options: [{ optionId: "b" }, { optionId: "d" }], count: 9 },
    });
  });

  it("has no 'other' cell when every option holds 0 or at least five", () => {
    expect(resultOf(q, picks({ a: 5, e: 7 }))).toMatchObject({ other: null });
  });

  it("merges everything into 'other' when nothing else keeps it at five", () => {
    // a: 4, b: 4 → other = 8, every option in it.
    const result = resultOf(
      question("yes-no", "SINGLE_CHOICE", ["a", "b"]),
      answersTo("yes-no", [...repeat("a", 4), ...repeat("b", 4)]),
    );
    expect(result).toMatchObject({ options: [], other: { count: 8, share: 1 } });
  });
});

describe("multiple-choice questions", () => {
  it("shows an option's count only if both it and those who did not tick it are 0 or at least five", () => {
    // 10 respondents. x: 10 (0 did not), y: 5 (5 did not), z: 7 (3 did not: hidden), w: 0, v: 2 (hidden).
    const q = question("topics", "MULTIPLE_CHOICE", ["x", "y", "z", "w", "v"]);
    const answers = answersTo("topics", [
      ["x", "y", "z", "v"],
      ["x", "y", "z", "v"],
      ["x", "y", "z"],
      ["x", "y", "z"],
      ["x", "y", "z"],
      ["x", "z"],
      ["x", "z"],
      ["x"],
      ["x"],
      ["x"],
    ]);
    expect(resultOf(q, answers)).toEqual({
      questionId: "topics",
      text: same("Question topics"),
      kind: "multiple_choice",
      type: "MULTIPLE_CHOICE",
      respondents: 10,
      options: [
        { optionId: "x", label: same("X"), shown: true, count: 10, share: 1 },
        { optionId: "y", label: same("Y"), shown: true, count: 5, share: 0.5 },
        { optionId: "z", label: same("Z"), shown: false },
        { optionId: "w", label: same("W"), shown: true, count: 0, share: 0 },
        { optionId: "v", label: same("V"), shown: false },
      ],
    });
  });

  it("counts a respondent once however many options they tick, and not at all for an empty list", () => {
    const q = question("topics", "MULTIPLE_CHOICE", ["x", "y"]);
    const answers = answersTo("topics", [["x", "y"], ["x", "x"], ["y"], ["x"], ["y"], [], ["unknown"]]);
    expect(resultOf(q, answers)).toMatchObject({ respondents: 5 });
  });
});

describe("free text", () => {
  const q = question("change", "FREE_TEXT");
  /** Always 0: Fisher–Yates then swaps each position from the end with the first. */
  const zero = () => 0;

  it("is shown only when at least five gave text (blank text does not count)", () => {
    const four = answersTo("change", ["a", "b", "c", "d", "   "]);
    expect(resultOf(q, four)).toMatchObject({ kind: "too_few_answered" });
    expect(resultOf(q, [...four, { change: "e" }])).toMatchObject({ kind: "free_text", respondents: 5 });
  });

  it("shuffles the texts with the given source of randomness", () => {
    // [a b c d e] → swap 4↔0: [e b c d a] → 3↔0: [d b c e a] → 2↔0: [c b d e a] → 1↔0: [b c d e a].
    const answers = answersTo("change", ["a", "b", "c", "d", " e "]);
    expect(resultOf(q, answers, zero)).toMatchObject({ texts: ["b", "c", "d", "e", "a"] });
    // Math.random by default: the same texts in some order.
    const texts = resultOf(q, answers);
    expect(texts.kind === "free_text" && [...texts.texts].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("shuffles each question on its own, so positions do not link one person's texts", () => {
    const other = question("expectations", "FREE_TEXT");
    const answers = ["1", "2", "3", "4", "5", "6"].map((p) => ({
      change: `change ${p}`,
      expectations: `expected ${p}`,
    }));
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const results = evaluationResults(
      { collectionStatus: "CLOSED", questions: [q, other], answers },
      { includeFreeText: true, random },
    );
    if (results.status !== "available") throw new Error("expected results");
    const [first, second] = results.questions.map((r) =>
      r.kind === "free_text" ? r.texts.map((t) => t.slice(-1)) : [],
    );
    expect(first).not.toEqual(second);
  });

  it("is withheld, without a count, unless the caller may see free text", () => {
    const results = evaluationResults(
      { collectionStatus: "CLOSED", questions: [q], answers: answersTo("change", ["a", "b", "c", "d", "e"]) },
      { includeFreeText: false },
    );
    expect(results).toEqual({
      status: "available",
      respondents: 5,
      questions: [
        { questionId: "change", text: same("Question change"), kind: "free_text_withheld", type: "FREE_TEXT" },
      ],
    });
  });
});

describe("suppression helpers", () => {
  it("merges adjacent atoms until every group's count in a cell is 0 or at least five", () => {
    // One group: 5 | 0 0 6 | 2 → the 2 joins the cell below.
    expect(mergeAdjacentAtoms([[5, 0, 0, 6, 2]])).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 4 },
    ]);
    // Two groups: atom 0 is 5/1 (not showable), atoms 0–1 are 5/5. The remainder 0/3 makes 5/8: fine.
    expect(
      mergeAdjacentAtoms([
        [5, 0, 0],
        [1, 4, 3],
      ]),
    ).toEqual([{ first: 0, last: 2 }]);
    // Two groups: 5/0 | 0/5 close; the remainder 0/3 joins the cell below: 0/8, still showable.
    expect(
      mergeAdjacentAtoms([
        [5, 0, 0],
        [0, 5, 3],
      ]),
    ).toEqual([
      { first: 0, last: 0 },
      { first: 1, last: 2 },
    ]);
  });

  it("merges further down when the remainder breaks the cell below for one group", () => {
    // 5/0 | 0/5 close; the remainder 3/0 joins 0/5 → 3/5, not showable, so all is one cell: 8/5.
    expect(
      mergeAdjacentAtoms([
        [5, 0, 3],
        [0, 5, 0],
      ]),
    ).toEqual([{ first: 0, last: 2 }]);
  });

  it("keeps 'other' at 0 or at least five by merging the smallest non-empty atom into it", () => {
    expect(mergeIntoOther([[8, 3, 0, 6]])).toEqual([false, true, false, true]);
    expect(mergeIntoOther([[8, 3, 0, 6, 2]])).toEqual([false, true, false, false, true]);
    // Seeded by an earlier merging.
    expect(mergeIntoOther([[8, 6, 0, 6]], [false, true, false, true])).toEqual([false, true, false, true]);
  });

  it("hides groups of fewer than five, and then the smallest until the hidden ones are 0 or at least five", () => {
    expect(hideSmallGroups([6, 5, 3])).toEqual([false, true, true]);
    expect(hideSmallGroups([6, 5, 0])).toEqual([false, false, true]);
    expect(hideSmallGroups([6, 2, 3])).toEqual([false, true, true]);
    expect(hideSmallGroups([4])).toEqual([true]);
  });
});
