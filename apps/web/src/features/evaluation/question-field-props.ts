import type { AnswerValue, Question } from "@sidestilt/domain/evaluation-form.schema";
import type { ComponentType } from "react";
import type { Language } from "../../i18n/languages.ts";

/**
 * What the paper-answer form needs of a question's field: the participant's own (features/
 * evaluation-answer), passed in by the route, so that a paper form is typed into the very fields a
 * participant answers online. Its first input's id is `<idPrefix>-<question id>`.
 */
export type QuestionFieldProps = {
  question: Question;
  language: Language;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error?: string | undefined;
  idPrefix: string;
  number?: number;
};

export type QuestionFieldComponent = ComponentType<QuestionFieldProps>;
