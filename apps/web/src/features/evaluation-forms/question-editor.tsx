import { Button, Fieldset, Paragraph, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { maxOptionsPerQuestion, type Question } from "@sidestilt/domain/evaluation-form.schema";
import { useFormLabels } from "./form-labels.ts";
import { questionOptionFieldId, questionOptionsId, questionTextFieldId } from "./question-dom-ids.ts";
import { questionIssueText } from "./question-issue-message.ts";
import type { QuestionIssue } from "./question-issues.ts";
import { addOption, isChoice, relabelOption, removeOption, rewordQuestion } from "./question-list-editing.ts";
import { useFocusRequest } from "./use-focus-request.ts";

type Props = {
  question: Question;
  number: number;
  idPrefix: string;
  /** The question's problems from the last save (shown beside their fields). */
  issues: readonly QuestionIssue[];
  onChange: (question: Question) => void;
  onDone: () => void;
};

/** Fewer options than this and a choice question cannot be saved; the remove buttons say so by being off. */
const minOptions = 2;

/**
 * A question's text and, for a choice question, its options, edited in place: each keystroke changes
 * the draft (saved with the rest of the form). The group writes one text for all three languages; a
 * bank item's translated texts give way to it, which the editor says before anything is changed.
 */
export function QuestionEditor({ question, number, idPrefix, issues, onChange, onDone }: Props) {
  const { t, text } = useFormLabels();
  const focus = useFocusRequest();
  const messageFor = (predicate: (issue: QuestionIssue) => boolean) => {
    const issue = issues.find(predicate);
    return issue ? questionIssueText(t, issue) : undefined;
  };
  const optionsMessage = messageFor((issue) => issue.part.kind === "options");
  const tooMany = question.options.length >= maxOptionsPerQuestion;

  return (
    <div className="stack evaluation-question-editor">
      {question.bankKey === null ? (
        <Paragraph data-size="sm">{t("evaluationForm.editor.oneText")}</Paragraph>
      ) : (
        <Paragraph className="evaluation-note">{t("evaluationForm.editor.bankWarning")}</Paragraph>
      )}
      <Textfield
        id={questionTextFieldId(idPrefix, question.id)}
        label={t("evaluationForm.editor.text", { number })}
        multiline
        rows={3}
        value={text(question.text)}
        onChange={(event) => onChange(rewordQuestion(question, event.target.value))}
        error={messageFor((issue) => issue.part.kind === "text")}
      />
      {isChoice(question.type) ? (
        <Fieldset id={questionOptionsId(idPrefix, question.id)} tabIndex={-1} className="evaluation-question-options">
          <Fieldset.Legend>{t("evaluationForm.editor.options")}</Fieldset.Legend>
          <Fieldset.Description>{t("evaluationForm.editor.optionsHelp")}</Fieldset.Description>
          <ol className="evaluation-option-list">
            {question.options.map((option, index) => (
              <li key={option.id} className="evaluation-option-row">
                <Textfield
                  id={questionOptionFieldId(idPrefix, question.id, index)}
                  label={t("evaluationForm.editor.option", { number: index + 1 })}
                  value={text(option.label)}
                  onChange={(event) => onChange(relabelOption(question, index, event.target.value))}
                  error={messageFor((issue) => issue.part.kind === "option" && issue.part.index === index)}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  disabled={question.options.length <= minOptions}
                  onClick={() => {
                    onChange(removeOption(question, index));
                    // The row is gone: the keyboard goes on from the option that took its place.
                    focus(questionOptionFieldId(idPrefix, question.id, Math.min(index, question.options.length - 2)));
                  }}
                >
                  {t("evaluationForm.editor.removeOption", { number: index + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          {optionsMessage ? <ValidationMessage>{optionsMessage}</ValidationMessage> : null}
          <div className="button-row">
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              disabled={tooMany}
              onClick={() => {
                onChange(addOption(question));
                focus(questionOptionFieldId(idPrefix, question.id, question.options.length));
              }}
            >
              {t("evaluationForm.editor.addOption")}
            </Button>
          </div>
          {question.options.length <= minOptions ? (
            <Paragraph data-size="sm">{t("evaluationForm.editor.minOptions")}</Paragraph>
          ) : null}
          {tooMany ? (
            <Paragraph data-size="sm">
              {t("evaluationForm.editor.maxOptions", { count: maxOptionsPerQuestion })}
            </Paragraph>
          ) : null}
        </Fieldset>
      ) : null}
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("evaluationForm.editor.done")}
        </Button>
      </div>
    </div>
  );
}
