import { describe, expect, it } from "vitest";
import type { AnswerSet, LocalizedText, Question, QuestionType } from "./evaluation-form.schema.ts";
import { evaluationResults } from "./evaluation-results.ts";
import { type EvaluationBreakdown, evaluationBreakdown } from "./evaluation-results-breakdown.ts";

// Breakdown by a background question, with hand-computed groups, complementary suppression and the
// cells all groups share.

const same = (value: string): LocalizedText => ({ nb: value, nn: value, en: value });
const question = (id: string, type: QuestionType, optionIds: string[] = [], background = false): Question => ({
  id,
  type,
  text: same(`Question ${id}`),
  options: optionIds.map((optionId) => ({ id: optionId, label: same(optionId) })),
  required: false,
  background,
  bankKey: null,
});
const gender = question("gender", "SINGLE_CHOICE", ["woman", "man", "another"], true);
const overall = question("overall", "SCALE_0_10");
const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);
/** `times` people of one gender (undefined: skipped the question) with the same other answers. */
const people = (genderId: string | undefined, times: number, answers: AnswerSet = {}): AnswerSet[] =>
  repeat(genderId === undefined ? { ...answers } : { gender: genderId, ...answers }, times);

function breakdown(questions: Question[], answers: AnswerSet[]): Extract<EvaluationBreakdown, { status: "available" }> {
  const result = evaluationBreakdown({ collectionStatus: "CLOSED", questions, answers }, "gender");
  if (result.status !== "available") throw new Error(`no breakdown: ${result.reason}`);
  return result;
}
const groupSizes = (result: Extract<EvaluationBreakdown, { status: "available" }>) =>
  result.groups.map((group) => [group.key, group.respondents]);

describe("groups", () => {
  it("merges groups of 1–4 (and those who skipped the question) into 'other'", () => {
    // woman 7, man 5, another 3, not answered 2. Overall, 'another' (3) takes man (5) into 'other';
    // the breakdown starts from that and adds the 2 who skipped: other = 5 + 3 + 2 = 10.
    const answers = [...people("woman", 7), ...people("man", 5), ...people("another", 3), ...people(undefined, 2)];
    const result = breakdown([gender], answers);
    expect(result.groups).toEqual([
      { key: "option:woman", kind: "option", optionId: "woman", label: same("woman"), respondents: 7 },
      { key: "other", kind: "other", optionId: null, label: null, respondents: 10 },
    ]);
    expect(result.respondents).toBe(17);
  });

  it("merges the smallest group into 'other' when 'other' would hold 1–4 (complementary suppression)", () => {
    // woman 6, man 5, another 2: 'another' alone would be 13 − 6 − 5; man (smallest) joins it.
    const result = breakdown([gender], [...people("woman", 6), ...people("man", 5), ...people("another", 2)]);
    expect(groupSizes(result)).toEqual([
      ["option:woman", 6],
      ["other", 7],
    ]);
  });

  it("keeps those who skipped the question as their own group when they are at least five", () => {
    const result = breakdown([gender], [...people("woman", 5), ...people("man", 6), ...people(undefined, 5)]);
    expect(groupSizes(result)).toEqual([
      ["option:woman", 5],
      ["option:man", 6],
      ["not_answered", 5],
    ]);
  });

  it("is unavailable when fewer than two groups remain: no filter may isolate fewer than five", () => {
    // woman 8, man 4 → other = 4 → woman joins → one group of 12.
    const answers = [...people("woman", 8), ...people("man", 4)];
    expect(evaluationBreakdown({ collectionStatus: "CLOSED", questions: [gender], answers }, "gender")).toEqual({
      status: "unavailable",
      reason: "too_few_groups",
    });
    const everyoneAlike = people("woman", 9);
    expect(
      evaluationBreakdown({ collectionStatus: "CLOSED", questions: [gender], answers: everyoneAlike }, "gender"),
    ).toEqual({
      status: "unavailable",
      reason: "too_few_groups",
    });
  });

  it("starts from the overall result's 'other', so group sizes never split what it merged", () => {
    // Overall, gender shows 'another': 0 and other = woman + man (11): man alone (3) would be revealed
    // by 11 − 8. Those who skipped (2) cannot make a group of their own beside woman 8 either:
    // 'other' grows to everyone, and there is no breakdown.
    const answers = [...people("woman", 8), ...people("man", 3), ...people(undefined, 2)];
    const all = evaluationResults(
      { collectionStatus: "CLOSED", questions: [gender], answers },
      { includeFreeText: false },
    );
    expect(all.status === "available" && all.questions[0]).toMatchObject({
      options: [{ optionId: "another", count: 0 }],
      other: { options: [{ optionId: "woman" }, { optionId: "man" }], count: 11 },
    });
    expect(evaluationBreakdown({ collectionStatus: "CLOSED", questions: [gender], answers }, "gender")).toEqual({
      status: "unavailable",
      reason: "too_few_groups",
    });
  });

  it("answers why there is no breakdown, without a count", () => {
    const answers = [...people("woman", 5), ...people("man", 5)];
    const input = { questions: [gender, overall], answers };
    expect(evaluationBreakdown({ ...input, collectionStatus: "OPEN" }, "gender")).toEqual({
      status: "unavailable",
      reason: "collecting",
    });
    expect(
      evaluationBreakdown({ ...input, collectionStatus: "CLOSED", answers: answers.slice(0, 4) }, "gender"),
    ).toEqual({
      status: "unavailable",
      reason: "too_few_answers",
    });
    for (const id of ["overall", "nothing"]) {
      expect(evaluationBreakdown({ ...input, collectionStatus: "CLOSED" }, id)).toEqual({
        status: "unavailable",
        reason: "not_a_background_question",
      });
    }
  });
});

describe("questions within groups", () => {
  it("leaves out free text and every background question (a cross-table of two would be shown twice)", () => {
    const change = question("change", "FREE_TEXT");
    const role = question("role", "SINGLE_CHOICE", ["patient", "relative"], true);
    const answers = [
      ...people("woman", 5, { change: "x", role: "patient", overall: 7 }),
      ...people("man", 5, { change: "y", role: "relative", overall: 7 }),
    ];
    expect(breakdown([gender, overall, role, change], answers).questions.map((q) => q.questionId)).toEqual(["overall"]);
  });

  it("hides a group fewer than five answered, and the next smallest so the hidden ones are at least five", () => {
    // Three groups of 6. Answered: women 6, men 5, another 3. The question's 14 − 6 − 5 would reveal
    // the 3, so men are hidden too (hidden together: 8).
    const answers = [
      ...people("woman", 6, { overall: 8 }),
      ...people("man", 5, { overall: 8 }),
      ...people("man", 1),
      ...people("another", 3, { overall: 8 }),
      ...people("another", 3),
    ];
    const result = breakdown([gender, overall], answers);
    expect(groupSizes(result)).toEqual([
      ["option:woman", 6],
      ["option:man", 6],
      ["option:another", 6],
    ]);
    expect(result.questions[0]?.groups.map((group) => group.kind)).toEqual([
      "ordered",
      "too_few_answered",
      "too_few_answered",
    ]);
    expect(result.questions[0]?.groups[0]).toMatchObject({
      respondents: 6,
      cells: [{ from: 0, to: 10, count: 6 }],
      mean: 8,
    });
  });

  it("gives all groups the same cells, coarser than the overall ones, so no subtraction reveals a small cell", () => {
    // Women: five 2s and five 9s; men: one 2 and five 9s.
    const answers = [
      ...people("woman", 5, { overall: 2 }),
      ...people("woman", 5, { overall: 9 }),
      ...people("man", 1, { overall: 2 }),
      ...people("man", 5, { overall: 9 }),
    ];
    const input = { collectionStatus: "CLOSED" as const, questions: [gender, overall], answers };
    // Overall: 0–2: 6, 3–10: 10. Had women got their own cells (0–2: 5, 3–10: 5), 6 − 5 would show
    // that one man answered 0–2. The shared cell 0–10 holds 10 women and 6 men.
    const all = evaluationResults(input, { includeFreeText: false });
    expect(all.status === "available" && all.questions[1]).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 6 },
        { from: 3, to: 10, count: 10 },
      ],
    });
    const [women, men] = breakdown(input.questions, answers).questions[0]?.groups ?? [];
    expect(women).toMatchObject({ respondents: 10, cells: [{ from: 0, to: 10, count: 10, share: 1 }], mean: 5.5 });
    expect(men).toMatchObject({ respondents: 6, cells: [{ from: 0, to: 10, count: 6 }], mean: 7.8 });
  });

  it("merges only the overall cells that some group needs merged", () => {
    // Women: 2 ×5, 5 ×3, 9 ×2; men: 2 ×5, 5 ×2, 9 ×5. Overall: 0–2: 10, 3–5: 5, 6–10: 7.
    // Shared: 0–2 holds 5/5; 3–5 holds 3/2, so it joins 6–10: 3–10 holds 5/7.
    const answers = [
      ...people("woman", 5, { overall: 2 }),
      ...people("woman", 3, { overall: 5 }),
      ...people("woman", 2, { overall: 9 }),
      ...people("man", 5, { overall: 2 }),
      ...people("man", 2, { overall: 5 }),
      ...people("man", 5, { overall: 9 }),
    ];
    const all = evaluationResults(
      { collectionStatus: "CLOSED", questions: [overall], answers },
      { includeFreeText: false },
    );
    expect(all.status === "available" && all.questions[0]).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 10 },
        { from: 3, to: 5, count: 5 },
        { from: 6, to: 10, count: 7 },
      ],
    });
    const [women, men] = breakdown([gender, overall], answers).questions[0]?.groups ?? [];
    expect(women).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 5 },
        { from: 3, to: 10, count: 5 },
      ],
    });
    expect(men).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 5 },
        { from: 3, to: 10, count: 7 },
      ],
    });
  });

  it("keeps a cell where one group holds 0 and another at least five", () => {
    const answers = [...people("woman", 5, { overall: 2 }), ...people("man", 6, { overall: 10 })];
    const [women, men] = breakdown([gender, overall], answers).questions[0]?.groups ?? [];
    expect(women).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 5 },
        { from: 3, to: 10, count: 0 },
      ],
    });
    expect(men).toMatchObject({
      cells: [
        { from: 0, to: 2, count: 0 },
        { from: 3, to: 10, count: 6 },
      ],
    });
  });

  it("starts single-choice groups from the overall 'other' and merges until every group's cells are showable", () => {
    const topic = question("topic", "SINGLE_CHOICE", ["x", "y", "z"]);
    // Women: x 5, y 3, z 2; men: x 5, y 5. Overall x 10, y 8, z 2 → other = z + y (10).
    const answers = [
      ...people("woman", 5, { topic: "x" }),
      ...people("woman", 3, { topic: "y" }),
      ...people("woman", 2, { topic: "z" }),
      ...people("man", 5, { topic: "x" }),
      ...people("man", 5, { topic: "y" }),
    ];
    const [women, men] = breakdown([gender, topic], answers).questions[0]?.groups ?? [];
    expect(women).toMatchObject({
      options: [{ optionId: "x", count: 5 }],
      other: { options: [{ optionId: "y" }, { optionId: "z" }], count: 5 },
    });
    expect(men).toMatchObject({ options: [{ optionId: "x", count: 5 }], other: { count: 5 } });
  });

  it("shows a multiple-choice option in every group or in none", () => {
    const topics = question("topics", "MULTIPLE_CHOICE", ["t", "u"]);
    // Women 5 all tick t and u; men 6: one ticks t, all tick u. Overall t: 6 of 11 (shown), but men's
    // t would be 1 and 6 − 5 would reveal it: t is hidden in both groups. u: 5/5 and 6/6, shown.
    const answers = [
      ...people("woman", 5, { topics: ["t", "u"] }),
      ...people("man", 1, { topics: ["t", "u"] }),
      ...people("man", 5, { topics: ["u"] }),
    ];
    const all = evaluationResults(
      { collectionStatus: "CLOSED", questions: [gender, topics], answers },
      { includeFreeText: false },
    );
    expect(all.status === "available" && all.questions[1]).toMatchObject({
      options: [
        { shown: true, count: 6 },
        { shown: true, count: 11 },
      ],
    });
    const [women, men] = breakdown([gender, topics], answers).questions[0]?.groups ?? [];
    expect(women).toMatchObject({
      options: [
        { optionId: "t", shown: false },
        { optionId: "u", shown: true, count: 5 },
      ],
    });
    expect(men).toMatchObject({
      options: [
        { optionId: "t", shown: false },
        { optionId: "u", shown: true, count: 6 },
      ],
    });
  });
});
