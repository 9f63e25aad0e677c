import { type CollectionStatus, minimumGroupSize } from "./evaluation-collection.schema.ts";
import type { AnswerSet, LocalizedText, Question, QuestionType } from "./evaluation-form.schema.ts";
import { answerColumns, orderedValues, type Tally, tallyValues } from "./evaluation-results-tally.ts";
import { type AtomRange, isShowableOption, mergeAdjacentAtoms, mergeIntoOther } from "./evaluation-suppression.ts";

// The results of a closed evaluation collection, with the minimum-group rule applied (see
// evaluation-suppression.ts): no count from 1 to 4 is ever part of a result.
//
// Every count is in a field named `respondents` or `count` (`countFields`), and every such field is 0
// or at least five. Scale values and Likert levels (`from`, `to`) are labels, not counts. The types are
// plain data for JSON: no Maps, no optional fields.

/** The names of the fields that hold a count of people; nothing else in a result is a count. */
export const countFields = ["respondents", "count"] as const;

/** A cell of an ordered scale: the values from `from` to `to` (both included). */
export type OrderedCell = { from: number; to: number; count: number; share: number };
export type ChoiceOptionLabel = { optionId: string; label: LocalizedText };
export type ChoiceCell = ChoiceOptionLabel & { count: number; share: number };
/** Options merged so that none of them can be told apart; never a single option. */
export type OtherCell = { options: ChoiceOptionLabel[]; count: number; share: number };
export type MultipleChoiceOption =
  | (ChoiceOptionLabel & { shown: true; count: number; share: number })
  | (ChoiceOptionLabel & { shown: false });

type QuestionHead = { questionId: string; text: LocalizedText };

/**
 * One question's result. `share` is count / respondents, from shown counts only. Free text is
 * `free_text_withheld` unless the caller may see it (the working group's evaluators).
 */
export type QuestionResult =
  | (QuestionHead & { kind: "too_few_answered"; type: QuestionType })
  | (QuestionHead & { kind: "free_text_withheld"; type: "FREE_TEXT" })
  | (QuestionHead & {
      kind: "ordered";
      type: "SCALE_0_10" | "LIKERT";
      respondents: number;
      cells: OrderedCell[];
      /** One decimal. */
      mean: number;
      /** The sample standard deviation (n − 1), one decimal. */
      standardDeviation: number;
    })
  | (QuestionHead & {
      kind: "single_choice";
      type: "SINGLE_CHOICE";
      respondents: number;
      options: ChoiceCell[];
      other: OtherCell | null;
    })
  | (QuestionHead & {
      kind: "multiple_choice";
      type: "MULTIPLE_CHOICE";
      respondents: number;
      options: MultipleChoiceOption[];
    })
  | (QuestionHead & { kind: "free_text"; type: "FREE_TEXT"; respondents: number; texts: string[] });

export type ResultsUnavailableReason = "collecting" | "too_few_answers";

export type EvaluationResults =
  | { status: "unavailable"; reason: ResultsUnavailableReason }
  | { status: "available"; respondents: number; questions: QuestionResult[] };

export type EvaluationResultsInput = {
  collectionStatus: CollectionStatus;
  /** The questions of the form version the answers were given to. */
  questions: readonly Question[];
  answers: readonly AnswerSet[];
};

export type EvaluationResultsOptions = {
  /** Only the working group's evaluators see free text. */
  includeFreeText: boolean;
  /** A source of numbers in [0, 1) for shuffling free text; Math.random unless a test passes its own. */
  random?: () => number;
};

/** Why a collection has no results yet, or null when it has. Says nothing about how many answered. */
export function resultsUnavailable(input: EvaluationResultsInput): ResultsUnavailableReason | null {
  if (input.collectionStatus !== "CLOSED") return "collecting";
  if (input.answers.length < minimumGroupSize) return "too_few_answers";
  return null;
}

export function evaluationResults(input: EvaluationResultsInput, options: EvaluationResultsOptions): EvaluationResults {
  const reason = resultsUnavailable(input);
  if (reason) return { status: "unavailable", reason };
  const random = options.random ?? Math.random;
  const columns = answerColumns(input.questions, input.answers);
  return {
    status: "available",
    respondents: input.answers.length,
    questions: input.questions.map((question, i) => {
      if (question.type === "FREE_TEXT" && !options.includeFreeText) {
        return { questionId: question.id, text: question.text, kind: "free_text_withheld", type: "FREE_TEXT" };
      }
      return questionResult(question, tallyValues(question, columns[i] ?? []), random);
    }),
  };
}

const head = (question: Question): QuestionHead => ({ questionId: question.id, text: question.text });
/** The result of a question fewer than five answered (in a group): no numbers at all. */
export const tooFewAnswered = (question: Question): QuestionResult => ({
  ...head(question),
  kind: "too_few_answered",
  type: question.type,
});

/** How the overall result of a question merges its values or options; a breakdown starts from this. */
export type Merging = { kind: "ordered"; ranges: AtomRange[] } | { kind: "choice"; inOther: boolean[] } | null;

/** The merging the overall result uses: adjacent values into cells, rare options into "other". */
export function overallMerging(question: Question, tally: Tally): Merging {
  if (tally.respondents < minimumGroupSize || tally.type === "text") return null;
  if (tally.type === "ordered") return { kind: "ordered", ranges: mergeAdjacentAtoms([tally.counts]) };
  if (question.type === "SINGLE_CHOICE") return { kind: "choice", inOther: mergeIntoOther([tally.counts]) };
  return null;
}

function questionResult(question: Question, tally: Tally, random: () => number): QuestionResult {
  if (tally.respondents < minimumGroupSize) return tooFewAnswered(question);
  if (tally.type === "text") {
    const texts = shuffled(tally.texts, random);
    return { ...head(question), kind: "free_text", type: "FREE_TEXT", respondents: tally.respondents, texts };
  }
  const merging = overallMerging(question, tally);
  return shownResult(question, tally, merging, (counts) => isShowableOption([counts.ticked], [counts.respondents]));
}

/**
 * A shown result of a choice or ordered question for one group of people, once the merging and the
 * multiple-choice options to show are decided (for one group alone, or for all groups of a breakdown).
 * The caller has checked that the group has at least five respondents.
 */
export function shownResult(
  question: Question,
  tally: Tally,
  merging: Merging,
  optionShown: (counts: { option: number; ticked: number; respondents: number }) => boolean,
): QuestionResult {
  const { respondents } = tally;
  if (tally.type === "text") return tooFewAnswered(question);
  const share = (count: number) => count / respondents;
  if (tally.type === "ordered" && (question.type === "SCALE_0_10" || question.type === "LIKERT")) {
    const values = orderedValues(question);
    const ranges = merging?.kind === "ordered" ? merging.ranges : [{ first: 0, last: values.length - 1 }];
    const cells = ranges.map((range) => {
      let count = 0;
      for (let atom = range.first; atom <= range.last; atom += 1) count += tally.counts[atom] ?? 0;
      return { from: values[range.first] ?? 0, to: values[range.last] ?? 0, count, share: share(count) };
    });
    return {
      ...head(question),
      kind: "ordered",
      type: question.type,
      respondents,
      cells,
      ...meanAndDeviation(values, tally.counts),
    };
  }
  const labelled = question.options.map((option, i) => ({
    optionId: option.id,
    label: option.label,
    count: tally.counts[i] ?? 0,
  }));
  if (question.type === "SINGLE_CHOICE") {
    const inOther = merging?.kind === "choice" ? merging.inOther : labelled.map(() => false);
    const shown = labelled.filter((_, i) => !inOther[i]);
    const merged = labelled.filter((_, i) => inOther[i]);
    const otherCount = merged.reduce((sum, option) => sum + option.count, 0);
    return {
      ...head(question),
      kind: "single_choice",
      type: "SINGLE_CHOICE",
      respondents,
      options: shown.map((option) => ({ ...option, share: share(option.count) })),
      other:
        merged.length === 0
          ? null
          : {
              options: merged.map(({ optionId, label }) => ({ optionId, label })),
              count: otherCount,
              share: share(otherCount),
            },
    };
  }
  return {
    ...head(question),
    kind: "multiple_choice",
    type: "MULTIPLE_CHOICE",
    respondents,
    options: labelled.map(({ optionId, label, count }, option) =>
      optionShown({ option, ticked: count, respondents })
        ? { optionId, label, shown: true, count, share: share(count) }
        : { optionId, label, shown: false },
    ),
  };
}

/**
 * Rounded to one decimal: a display needs no more, and the full precision of a few people's mean
 * and deviation narrows down which answers they gave.
 */
function meanAndDeviation(values: readonly number[], counts: readonly number[]) {
  let n = 0;
  let sum = 0;
  for (const [i, count] of counts.entries()) {
    n += count;
    sum += count * (values[i] ?? 0);
  }
  const mean = sum / n;
  let squares = 0;
  for (const [i, count] of counts.entries()) squares += count * ((values[i] ?? 0) - mean) ** 2;
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  return { mean: oneDecimal(mean), standardDeviation: oneDecimal(n > 1 ? Math.sqrt(squares / (n - 1)) : 0) };
}

/**
 * Free text in random order (Fisher–Yates), shuffled per question: the position of a text says
 * nothing about who wrote it, nor which texts of other questions came from the same person.
 */
function shuffled(texts: readonly string[], random: () => number): string[] {
  const result = [...texts];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [result[i], result[j]] = [result[j] as string, result[i] as string];
  }
  return result;
}
