import { type AnswerSet, type AnswerValue, likertLevels, type Question, scaleRange } from "./evaluation-form.schema.ts";

// Counting answers: one pass over the answers (answerColumns), then one over each question's values
// (tallyValues). Tallies hold raw counts, including 1 to 4: never send or show one; results
// (evaluation-results.ts) and breakdowns apply the minimum-group rule to them.

/** How one question was answered by some people: counts per scale value or option, or the texts. */
export type Tally =
  | { type: "ordered"; respondents: number; counts: number[] }
  | { type: "choice"; respondents: number; counts: number[] }
  | { type: "text"; respondents: number; texts: string[] };

/** The values of an ordered question, lowest first (index = atom). */
export const orderedValues = (question: Question): readonly number[] =>
  question.type === "LIKERT"
    ? likertLevels
    : Array.from({ length: scaleRange.max - scaleRange.min + 1 }, (_, i) => scaleRange.min + i);

/**
 * Each question's given values, in one pass over the answers. Reading answer by answer is several
 * times faster than question by question over thousands of answer objects (memory order, and one
 * property lookup shape instead of 40).
 */
export function answerColumns(questions: readonly Question[], answers: readonly AnswerSet[]): AnswerValue[][] {
  const index = new Map(questions.map((question, i) => [question.id, i]));
  const columns: AnswerValue[][] = questions.map(() => []);
  for (const answer of answers) {
    for (const id in answer) {
      const i = index.get(id);
      const value = answer[id];
      if (i !== undefined && value !== undefined) columns[i]?.push(value);
    }
  }
  return columns;
}

/**
 * Counts one question's given values. A value that does not fit the question (not possible after
 * answerIssues(), but stored answers are read defensively) counts as not answered.
 */
export function tallyValues(question: Question, values: readonly AnswerValue[]): Tally {
  if (question.type === "FREE_TEXT") {
    const texts: string[] = [];
    for (const value of values) {
      if (typeof value !== "string") continue;
      const text = value.trim();
      if (text !== "") texts.push(text);
    }
    return { type: "text", respondents: texts.length, texts };
  }
  if (question.type === "SCALE_0_10" || question.type === "LIKERT") {
    const scale = orderedValues(question);
    const first = scale[0] ?? 0;
    const counts = scale.map(() => 0);
    let respondents = 0;
    for (const value of values) {
      if (typeof value !== "number" || !Number.isInteger(value)) continue;
      const atom = value - first;
      if (atom < 0 || atom >= counts.length) continue;
      counts[atom] = (counts[atom] ?? 0) + 1;
      respondents += 1;
    }
    return { type: "ordered", respondents, counts };
  }
  const index = new Map(question.options.map((option, i) => [option.id, i]));
  const counts = question.options.map(() => 0);
  let respondents = 0;
  if (question.type === "SINGLE_CHOICE") {
    for (const value of values) {
      const i = typeof value === "string" ? index.get(value) : undefined;
      if (i === undefined) continue;
      counts[i] = (counts[i] ?? 0) + 1;
      respondents += 1;
    }
    return { type: "choice", respondents, counts };
  }
  // Multiple choice: an option listed twice counts once (`ticked` remembers the last answer that ticked it).
  // Plain index loops: this is the hot loop (every ticked option of every answer).
  const ticked = counts.map(() => -1);
  for (let n = 0; n < values.length; n += 1) {
    const value = values[n];
    if (!Array.isArray(value)) continue;
    let answered = false;
    for (let k = 0; k < value.length; k += 1) {
      const i = index.get(value[k] as string);
      if (i === undefined || ticked[i] === n) continue;
      ticked[i] = n;
      counts[i] = (counts[i] ?? 0) + 1;
      answered = true;
    }
    if (answered) respondents += 1;
  }
  return { type: "choice", respondents, counts };
}

/** The sum of tallies of the same question (the hidden groups of a breakdown, taken together). */
export function addTallies(tallies: readonly Tally[]): Tally | null {
  const [first, ...rest] = tallies;
  if (!first) return null;
  if (first.type === "text") return null;
  const counts = [...first.counts];
  let respondents = first.respondents;
  for (const tally of rest) {
    if (tally.type === "text") continue;
    for (const [i, count] of tally.counts.entries()) counts[i] = (counts[i] ?? 0) + count;
    respondents += tally.respondents;
  }
  return { type: first.type, respondents, counts };
}
