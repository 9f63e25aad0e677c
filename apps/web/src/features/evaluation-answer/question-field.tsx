import { Button, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import {
  type AnswerValue,
  likertLevels,
  maxFreeTextLength,
  type Question,
  scaleRange,
} from "@sidestilt/domain/evaluation-form.schema";
import { likertLabels, scaleLabels } from "@sidestilt/domain/evaluation-question-bank";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";

type Props = {
  question: Question;
  /** The language to show the question's own texts in (the UI's). */
  language: Language;
  value: AnswerValue | undefined;
  /** Called with the new answer, or `undefined` when the answer is cleared. */
  onChange: (value: AnswerValue | undefined) => void;
  /** The problem with this answer, in words: shown beside it and tied to its inputs. */
  error?: string | undefined;
  /** Makes the ids unique on the page; the first input's id is `questionFieldId(idPrefix, question.id)`. */
  idPrefix: string;
  /** The question's number on the form, shown before its text. */
  number?: number;
};

/** The id of a question's first input: where an error summary's link takes focus. */
export const questionFieldId = (idPrefix: string, questionId: string): string => `${idPrefix}-${questionId}`;

const scaleValues = Array.from({ length: scaleRange.max - scaleRange.min + 1 }, (_, index) => scaleRange.min + index);

/** A free-text answer's character count shows only this close to the limit: before that it is noise. */
const counterWithin = 200;

/**
 * One question of a participant evaluation, by its type, with no data of its own: the participant's page
 * and the working group's paper-answer form both use it. Choice questions are a fieldset named by the
 * question (radios or checkboxes, with a way to clear a chosen answer); a free-text question is a text
 * area labelled by it. A required question says so in its name, and an error is tied to every input.
 */
export function QuestionField({ question, language, value, onChange, error, idPrefix, number }: Props) {
  const { t } = useTranslation();
  const id = questionFieldId(idPrefix, question.id);
  const name = (
    <>
      {number === undefined ? null : `${number}. `}
      {question.text[language]}
      {question.required ? (
        <>
          {" "}
          <span className="question-field__required">{t("questionField.required")}</span>
        </>
      ) : null}
    </>
  );

  switch (question.type) {
    case "SCALE_0_10":
      return (
        <ChoiceQuestion
          id={id}
          legend={name}
          description={
            <>
              <span>{`${scaleRange.min} = ${scaleLabels.min[language]}`}</span>{" "}
              <span>{`${scaleRange.max} = ${scaleLabels.max[language]}`}</span>
            </>
          }
          layout="scale"
          options={scaleValues.map((level) => ({ value: level, label: String(level) }))}
          value={value}
          onChange={onChange}
          error={error}
        />
      );
    case "LIKERT":
      return (
        <ChoiceQuestion
          id={id}
          legend={name}
          layout="list"
          options={likertLevels.map((level) => ({ value: level, label: likertLabels[level][language] }))}
          value={value}
          onChange={onChange}
          error={error}
        />
      );
    case "SINGLE_CHOICE":
      return (
        <ChoiceQuestion
          id={id}
          legend={name}
          layout="list"
          options={question.options.map((option) => ({ value: option.id, label: option.label[language] }))}
          value={value}
          onChange={onChange}
          error={error}
        />
      );
    case "MULTIPLE_CHOICE": {
      const ticked = Array.isArray(value) ? value : [];
      return (
        <Fieldset key={error ?? ""} className="question-field">
          <Fieldset.Legend>{name}</Fieldset.Legend>
          <Fieldset.Description>{t("questionField.chooseAny")}</Fieldset.Description>
          <div className="question-field__options">
            {question.options.map((option, index) => (
              <Checkbox
                key={option.id}
                id={optionId(id, index)}
                variant="outline"
                value={option.id}
                label={option.label[language]}
                checked={ticked.includes(option.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? question.options
                          .map((each) => each.id)
                          .filter((each) => each === option.id || ticked.includes(each))
                      : ticked.filter((each) => each !== option.id),
                  )
                }
              />
            ))}
          </div>
          {error ? <ValidationMessage>{error}</ValidationMessage> : null}
        </Fieldset>
      );
    }
    case "FREE_TEXT": {
      const text = typeof value === "string" ? value : "";
      return (
        <Textfield
          id={id}
          className="question-field"
          label={name}
          multiline
          rows={4}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          counter={
            text.length >= maxFreeTextLength - counterWithin
              ? {
                  limit: maxFreeTextLength,
                  under: t("questionField.charactersLeft"),
                  over: t("questionField.charactersOver"),
                }
              : undefined
          }
          error={error}
        />
      );
    }
  }
}

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index}`);

type ChoiceProps = {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  /** "scale": 0–10 side by side in large boxes, wrapping on a narrow screen; "list": one under another. */
  layout: "scale" | "list";
  options: readonly { value: number | string; label: string }[];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  error: string | undefined;
};

/**
 * One answer among several, as radios. A chosen answer can be cleared (radios alone cannot be unset),
 * so an optional question can be left unanswered after all. Designsystemet ties a message that is a
 * direct child of the fieldset to every radio (aria-describedby, aria-invalid), but each radio reads it
 * only when it connects: the fieldset is remounted when its error changes (on submit, when focus is in
 * the error summary, not here).
 */
function ChoiceQuestion({ id, legend, description, layout, options, value, onChange, error }: ChoiceProps) {
  const { t } = useTranslation();
  const chosen = options.some((option) => option.value === value);

  function clear() {
    // The button leaves with the answer: focus goes to the first choice, not back to the page's start.
    document.getElementById(id)?.focus();
    onChange(undefined);
  }

  return (
    <Fieldset key={error ?? ""} className={`question-field question-field--${layout}`}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? (
        <Fieldset.Description className="question-field__scale-ends">{description}</Fieldset.Description>
      ) : null}
      <div className={layout === "scale" ? "question-field__scale" : "question-field__options"}>
        {options.map((option, index) => (
          <Radio
            key={option.value}
            id={optionId(id, index)}
            name={`${id}-answer`}
            variant="outline"
            value={String(option.value)}
            label={option.label}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      {chosen ? (
        <div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={clear}>
            {t("questionField.clear")}
          </Button>
        </div>
      ) : null}
    </Fieldset>
  );
}
