import { minimumGroupSize } from "./evaluation-collection.schema.ts";
import type { AnswerSet, LocalizedText, Question, QuestionType } from "./evaluation-form.schema.ts";
import {
  type EvaluationResultsInput,
  type Merging,
  overallMerging,
  type QuestionResult,
  type ResultsUnavailableReason,
  resultsUnavailable,
  shownResult,
  tooFewAnswered,
} from "./evaluation-results.ts";
import { addTallies, answerColumns, type Tally, tallyValues } from "./evaluation-results-tally.ts";
import { hideSmallGroups, isShowableOption, mergeAdjacentAtoms, mergeIntoOther } from "./evaluation-suppression.ts";

// Results broken down by one background question (kjønn, rolle, alder …). NK LMH warns that
// background questions threaten anonymity in small groups, so no group, cell or difference between
// the breakdown and the overall results may stand for 1 to 4 people:
// - Groups are the options (plus "not answered"); groups of 1–4 are merged into "other", and
//   "other" is kept at 0 or ≥ 5 by merging the smallest group into it (mergeIntoOther), starting
//   from the options the overall result of the background question merged. With fewer than two
//   groups left, there is no breakdown: it would only repeat the overall results.
// - Per question, groups where fewer than five answered show no numbers, and the hidden groups
//   together are 0 or ≥ 5 (hideSmallGroups), so the overall count minus the shown groups reveals
//   nobody. Those hidden groups, taken together, are one more group for the rules below.
// - Cells are shared by all groups and are unions of the overall result's cells: each cell is 0 or
//   ≥ 5 in every group, so no cell of a group follows from the overall cell minus the other groups.
//   A multiple-choice option is shown in every group or in none.
// - Free text is never part of a breakdown, nor is any background question: a cross-table of two
//   background questions would be shown twice (A by B and B by A), merged differently each time,
//   and the two together could reveal a small cell.
// - Empty groups are left out, and "other" does not list what it holds: an option missing from the
//   list may be empty or merged, so its absence says nothing.

export type BreakdownGroup = {
  /** Stable within one breakdown: `option:<id>`, `other` or `not_answered`. */
  key: string;
  kind: "option" | "other" | "not_answered";
  /** The option's id and label for an option group; null for "other" and "not answered". */
  optionId: string | null;
  label: LocalizedText | null;
  respondents: number;
};

/** One question's results per group, in the order of `groups`. */
export type BreakdownQuestion = {
  questionId: string;
  type: QuestionType;
  text: LocalizedText;
  groups: QuestionResult[];
};

export type BreakdownUnavailableReason = ResultsUnavailableReason | "not_a_background_question" | "too_few_groups";

export type EvaluationBreakdown =
  | { status: "unavailable"; reason: BreakdownUnavailableReason }
  | {
      status: "available";
      /** The background question broken down by. */
      questionId: string;
      text: LocalizedText;
      respondents: number;
      /** The option groups in the form's order, then "other", then "not answered". */
      groups: BreakdownGroup[];
      questions: BreakdownQuestion[];
    };

export function evaluationBreakdown(input: EvaluationResultsInput, backgroundQuestionId: string): EvaluationBreakdown {
  const reason = resultsUnavailable(input);
  if (reason) return { status: "unavailable", reason };
  const background = input.questions.find((question) => question.id === backgroundQuestionId);
  if (!background?.background || background.type !== "SINGLE_CHOICE") {
    return { status: "unavailable", reason: "not_a_background_question" };
  }

  // Atoms: one per option, and the last for those who did not answer the background question.
  const notAnswered = background.options.length;
  const optionIndex = new Map(background.options.map((option, i) => [option.id, i]));
  const atomOf = input.answers.map((answer) => {
    const value = answer[background.id];
    return (typeof value === "string" ? optionIndex.get(value) : undefined) ?? notAnswered;
  });
  const sizes = Array.from({ length: notAnswered + 1 }, () => 0);
  for (const atom of atomOf) sizes[atom] = (sizes[atom] ?? 0) + 1;
  // Start from the overall result's merging of the background question: had the overall result put
  // two options into "other" and the breakdown shown one of them as a group, the other would follow.
  const answered = sizes.slice(0, notAnswered);
  const overall = overallMerging(background, {
    type: "choice",
    respondents: answered.reduce((sum, size) => sum + size, 0),
    counts: answered,
  });
  const inOther = mergeIntoOther([sizes], overall?.kind === "choice" ? overall.inOther : []);

  const groups: BreakdownGroup[] = [];
  const groupOfAtom = sizes.map(() => -1);
  const addGroup = (group: Omit<BreakdownGroup, "respondents">, atoms: number[]) => {
    const respondents = atoms.reduce((sum, atom) => sum + (sizes[atom] ?? 0), 0);
    if (respondents === 0) return;
    for (const atom of atoms) groupOfAtom[atom] = groups.length;
    groups.push({ ...group, respondents });
  };
  for (const [i, option] of background.options.entries()) {
    if (inOther[i]) continue;
    addGroup({ key: `option:${option.id}`, kind: "option", optionId: option.id, label: option.label }, [i]);
  }
  const otherAtoms = sizes.flatMap((_, atom) => (inOther[atom] ? [atom] : []));
  addGroup({ key: "other", kind: "other", optionId: null, label: null }, otherAtoms);
  if (!inOther[notAnswered]) {
    addGroup({ key: "not_answered", kind: "not_answered", optionId: null, label: null }, [notAnswered]);
  }
  if (groups.length < 2) return { status: "unavailable", reason: "too_few_groups" };

  const members: AnswerSet[][] = groups.map(() => []);
  for (const [i, answer] of input.answers.entries()) members[groupOfAtom[atomOf[i] ?? notAnswered] ?? 0]?.push(answer);

  const brokenDown = input.questions.filter((question) => !question.background && question.type !== "FREE_TEXT");
  const columns = members.map((answers) => answerColumns(brokenDown, answers));
  return {
    status: "available",
    questionId: background.id,
    text: background.text,
    respondents: input.answers.length,
    groups,
    questions: brokenDown.map((question, i) => ({
      questionId: question.id,
      type: question.type,
      text: question.text,
      groups: groupResults(
        question,
        columns.map((groupColumns) => tallyValues(question, groupColumns[i] ?? [])),
      ),
    })),
  };
}

/** One question's results per group, from each group's tally (the groups together are everyone). */
function groupResults(question: Question, tallies: readonly Tally[]): QuestionResult[] {
  const overall = addTallies(tallies);
  if (!overall || overall.respondents < minimumGroupSize) return tallies.map(() => tooFewAnswered(question));
  const hidden = hideSmallGroups(tallies.map((tally) => tally.respondents));
  const rest = addTallies(tallies.filter((_, group) => hidden[group]));
  // The groups whose counts stand side by side: the shown ones, and the hidden ones as one.
  const constraints = [
    ...tallies.filter((_, group) => !hidden[group]),
    ...(rest && rest.respondents > 0 ? [rest] : []),
  ];
  const merging = sharedMerging(question, overall, constraints);
  const optionShown = ({ option }: { option: number }) =>
    isShowableOption(
      constraints.map((tally) => (tally.type === "choice" ? (tally.counts[option] ?? 0) : 0)),
      constraints.map((tally) => tally.respondents),
    );
  return tallies.map((tally, group) =>
    hidden[group] ? tooFewAnswered(question) : shownResult(question, tally, merging, optionShown),
  );
}

/** The cells all groups share: the overall result's cells, merged further until every group's cells are showable. */
function sharedMerging(question: Question, overall: Tally, constraints: readonly Tally[]): Merging {
  const base = overallMerging(question, overall);
  const countsOf = (tally: Tally) => (tally.type === "text" ? [] : tally.counts);
  if (base?.kind === "ordered") {
    const atomCounts = constraints.map((tally) =>
      base.ranges.map((range) =>
        countsOf(tally).reduce(
          (sum, count, atom) => (atom >= range.first && atom <= range.last ? sum + count : sum),
          0,
        ),
      ),
    );
    const ranges = mergeAdjacentAtoms(atomCounts).map((cell) => ({
      first: base.ranges[cell.first]?.first ?? 0,
      last: base.ranges[cell.last]?.last ?? 0,
    }));
    return { kind: "ordered", ranges };
  }
  if (base?.kind === "choice") {
    return { kind: "choice", inOther: mergeIntoOther(constraints.map(countsOf), base.inOther) };
  }
  return base;
}
