// The ids of a question's parts in the builder, so that an error summary's link, and focus after an
// action (a move, an undo), find the same element the card renders. `prefix` keeps them unique.

export const questionHeadingId = (prefix: string, questionId: string) => `${prefix}-q-${questionId}`;
export const questionTextFieldId = (prefix: string, questionId: string) => `${prefix}-q-${questionId}-text`;
export const questionOptionsId = (prefix: string, questionId: string) => `${prefix}-q-${questionId}-options`;
export const questionOptionFieldId = (prefix: string, questionId: string, index: number) =>
  `${prefix}-q-${questionId}-option-${index}`;
export const questionButtonId = (
  prefix: string,
  questionId: string,
  button: "up" | "down" | "edit" | "remove" | "undo",
) => `${prefix}-q-${questionId}-${button}`;
