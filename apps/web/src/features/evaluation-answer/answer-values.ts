import type { AnswerSet, AnswerValue, Question } from "@sidestilt/domain/evaluation-form.schema";

/** The answers as the participant is filling them in, by question id (a cleared answer is absent). */
export type AnswerValues = Record<string, AnswerValue>;

/** Whether a value is an answer at all: an empty text or no ticked box is the same as no answer. */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** `values` with one question's answer set, or removed when `value` is no answer. */
export function withAnswer(values: AnswerValues, questionId: string, value: AnswerValue | undefined): AnswerValues {
  const next = { ...values };
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) delete next[questionId];
  else next[questionId] = value;
  return next;
}

/** What is sent: the form's questions that have an answer (unanswered optional ones are left out), text trimmed. */
export function answersToSend(questions: readonly Question[], values: AnswerValues): AnswerSet {
  const answers: AnswerSet = {};
  for (const question of questions) {
    const value = values[question.id];
    if (!isAnswered(value)) continue;
    answers[question.id] = typeof value === "string" ? value.trim() : value;
  }
  return answers;
}
