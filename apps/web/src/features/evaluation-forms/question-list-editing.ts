import type { ChoiceOption, LocalizedText, Question, QuestionType } from "@sidestilt/domain/evaluation-form.schema";
import { bankQuestion } from "@sidestilt/domain/evaluation-question-bank";
import { uniqueIdFrom } from "./question-ids.ts";

// The edits a working group makes to a form's question list, as pure functions on the list: the
// builder keeps the list in one piece (it is saved as one document) and every edit returns a new one.

export const isChoice = (type: QuestionType): boolean => type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";

/** One text for all three languages: what a working group writes itself. */
export const sameInAllLanguages = (text: string): LocalizedText => ({ nb: text, nn: text, en: text });

/** The list with the question at `index` moved `delta` places (up is -1); unchanged at either end. */
export function moveQuestion(questions: readonly Question[], index: number, delta: -1 | 1): Question[] {
  const target = index + delta;
  const moved = questions[index];
  if (!moved || target < 0 || target >= questions.length) return [...questions];
  const rest = questions.filter((_, position) => position !== index);
  return [...rest.slice(0, target), moved, ...rest.slice(target)];
}

export function removeQuestionAt(questions: readonly Question[], index: number): Question[] {
  return questions.filter((_, position) => position !== index);
}

/** Puts `question` back at `index` (undoing a removal), or last when the list has become shorter. */
export function insertQuestionAt(questions: readonly Question[], index: number, question: Question): Question[] {
  const at = Math.min(Math.max(index, 0), questions.length);
  return [...questions.slice(0, at), question, ...questions.slice(at)];
}

export function replaceQuestion(questions: readonly Question[], question: Question): Question[] {
  return questions.map((candidate) => (candidate.id === question.id ? question : candidate));
}

/** Whether the bank item is in the form already (by the item it was copied from). */
export const hasBankItem = (questions: readonly Question[], bankKey: string): boolean =>
  questions.some((question) => question.bankKey === bankKey);

/**
 * A fresh copy of the bank item to add last, with an id of its own should the form already use the
 * bank's (a question of the group's own may have taken it). Undefined for a key the bank does not have.
 */
export function questionFromBank(questions: readonly Question[], bankKey: string): Question | undefined {
  const item = bankQuestion(bankKey);
  if (!item) return undefined;
  const taken = questions.map((question) => question.id);
  return { ...item, id: uniqueIdFrom(item.id, taken, "question") };
}

export type NewQuestion = { type: QuestionType; text: string; options: readonly string[]; required: boolean };

/** A question of the group's own: one text in all three languages, ids made from the texts. */
export function customQuestion(questions: readonly Question[], draft: NewQuestion): Question {
  const text = draft.text.trim();
  const options: ChoiceOption[] = [];
  if (isChoice(draft.type)) {
    for (const label of draft.options) {
      const id = uniqueIdFrom(
        label,
        options.map((option) => option.id),
        "option",
      );
      options.push({ id, label: sameInAllLanguages(label.trim()) });
    }
  }
  return {
    id: uniqueIdFrom(
      text,
      questions.map((question) => question.id),
      "question",
    ),
    type: draft.type,
    text: sameInAllLanguages(text),
    options,
    required: draft.required,
    background: false,
    bankKey: null,
  };
}

/**
 * The question with a new text. A bank item's texts are translated; the group's own text is one for
 * all three languages, so the question is no longer the bank's (its id stays: answers key on it).
 */
export function rewordQuestion(question: Question, text: string): Question {
  return { ...question, text: sameInAllLanguages(text), bankKey: null };
}

export function relabelOption(question: Question, index: number, label: string): Question {
  return {
    ...question,
    bankKey: null,
    options: question.options.map((option, position) =>
      position === index ? { ...option, label: sameInAllLanguages(label) } : option,
    ),
  };
}

/** A new, empty option last; its id is kept when its label is written (answers key on it). */
export function addOption(question: Question): Question {
  const id = uniqueIdFrom(
    "",
    question.options.map((option) => option.id),
    "option",
  );
  return { ...question, bankKey: null, options: [...question.options, { id, label: sameInAllLanguages("") }] };
}

export function removeOption(question: Question, index: number): Question {
  return { ...question, bankKey: null, options: question.options.filter((_, position) => position !== index) };
}
