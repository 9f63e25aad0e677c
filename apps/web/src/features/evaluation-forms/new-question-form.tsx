import { Button, Fieldset, Paragraph, Radio, Switch, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import {
  maxOptionsPerQuestion,
  maxQuestionsPerForm,
  type Question,
  type QuestionType,
  questionSchema,
  questionTypes,
} from "@sidestilt/domain/evaluation-form.schema";
import { type FormEvent, useState } from "react";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { type FormIssue, issueCode, issueMessage } from "../../lib/form-issues.ts";
import { useFormLabels } from "./form-labels.ts";
import { customQuestion, isChoice } from "./question-list-editing.ts";
import { useFocusRequest } from "./use-focus-request.ts";

type Props = {
  questions: readonly Question[];
  idPrefix: string;
  onAdd: (question: Question) => void;
};

type Values = { type: QuestionType | null; text: string; options: string[]; required: boolean };

const empty: Values = { type: null, text: "", options: ["", ""], required: false };
const minOptions = 2;

/** The new question's problems, by field ("type", "text", "option-1" …), found with the schema the API uses. */
export function newQuestionIssues(questions: readonly Question[], values: Values): FormIssue[] {
  if (values.type === null) return [{ field: "type", code: "required" }];
  const question = customQuestion(questions, { ...values, type: values.type });
  const result = questionSchema.safeParse(question);
  if (result.success) return [];
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const [head, index] = issue.path;
    const field = head === "options" && typeof index === "number" ? `option-${index}` : String(head);
    if (!issues.some((existing) => existing.field === field)) issues.push({ field, code: issueCode(issue) });
  }
  return issues;
}

/**
 * "Lag eget spørsmål": the type (with what a participant sees for each), the text, the options of a
 * choice question (at least two), and whether it must be answered. Checked before it joins the list;
 * its id is made from the text. The list is saved with the rest of the form.
 */
export function NewQuestionForm({ questions, idPrefix, onAdd }: Props) {
  const { t, typeName } = useFormLabels();
  const focus = useFocusRequest();
  const [values, setValues] = useState<Values>(empty);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const id = (field: string) => `${idPrefix}-new-${field}`;
  const typeFieldId = id(`type-${questionTypes[0]}`);
  const full = questions.length >= maxQuestionsPerForm;

  const labelOf = (field: string) =>
    field === "type"
      ? t("evaluationForm.newQuestion.type")
      : field === "text"
        ? t("evaluationForm.newQuestion.text")
        : t("evaluationForm.editor.option", { number: Number(field.replace("option-", "")) + 1 });
  const messageFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    return issueMessage(t, issue, labelOf(field), { required: t("evaluationForm.newQuestion.chooseType") });
  };

  function change(patch: Partial<Values>) {
    setValues((current) => ({ ...current, ...patch }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = newQuestionIssues(questions, values);
    setAttempt((count) => count + 1);
    setIssues(found);
    if (found.length > 0 || values.type === null) return;
    onAdd(customQuestion(questions, { ...values, type: values.type }));
    setValues(empty);
  }

  const choice = values.type !== null && isChoice(values.type);
  return (
    <form className="stack" noValidate onSubmit={handleSubmit} aria-describedby={id("intro")}>
      <Paragraph id={id("intro")}>{t("evaluationForm.newQuestion.intro")}</Paragraph>
      <FormProblems
        attempt={attempt}
        heading={t("evaluationForm.newQuestion.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: issue.field === "type" ? typeFieldId : id(issue.field),
          message: messageFor(issue.field) ?? "",
        }))}
      />
      <Fieldset key={`type-${attempt}`}>
        <Fieldset.Legend>{t("evaluationForm.newQuestion.type")}</Fieldset.Legend>
        {questionTypes.map((type) => (
          <Radio
            key={type}
            id={id(`type-${type}`)}
            name={id("type")}
            value={type}
            label={typeName(type)}
            description={t(`evaluationForm.types.${type}.help`)}
            checked={values.type === type}
            onChange={() => change({ type })}
          />
        ))}
        {messageFor("type") ? <ValidationMessage>{messageFor("type")}</ValidationMessage> : null}
      </Fieldset>
      <Textfield
        id={id("text")}
        label={t("evaluationForm.newQuestion.text")}
        description={t("evaluationForm.newQuestion.textHelp")}
        multiline
        rows={3}
        value={values.text}
        onChange={(event) => change({ text: event.target.value })}
        error={messageFor("text")}
      />
      {choice ? (
        <Fieldset>
          <Fieldset.Legend>{t("evaluationForm.editor.options")}</Fieldset.Legend>
          <Fieldset.Description>{t("evaluationForm.editor.optionsHelp")}</Fieldset.Description>
          <ol className="evaluation-option-list">
            {values.options.map((label, index) => (
              // Options have no id until the question is made: their place is what identifies them here.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} className="evaluation-option-row">
                <Textfield
                  id={id(`option-${index}`)}
                  label={t("evaluationForm.editor.option", { number: index + 1 })}
                  value={label}
                  onChange={(event) =>
                    change({
                      options: values.options.map((each, position) => (position === index ? event.target.value : each)),
                    })
                  }
                  error={messageFor(`option-${index}`)}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  disabled={values.options.length <= minOptions}
                  onClick={() => {
                    change({ options: values.options.filter((_, position) => position !== index) });
                    focus(id(`option-${Math.min(index, values.options.length - 2)}`));
                  }}
                >
                  {t("evaluationForm.editor.removeOption", { number: index + 1 })}
                </Button>
              </li>
            ))}
          </ol>
          <div className="button-row">
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              disabled={values.options.length >= maxOptionsPerQuestion}
              onClick={() => {
                change({ options: [...values.options, ""] });
                focus(id(`option-${values.options.length}`));
              }}
            >
              {t("evaluationForm.editor.addOption")}
            </Button>
          </div>
        </Fieldset>
      ) : null}
      <Switch
        label={t("evaluationForm.question.required")}
        checked={values.required}
        onChange={(event) => change({ required: event.target.checked })}
      />
      {full ? <Paragraph>{t("evaluationForm.bank.full", { count: maxQuestionsPerForm })}</Paragraph> : null}
      <div className="button-row">
        <Button type="submit" disabled={full}>
          {t("evaluationForm.newQuestion.add")}
        </Button>
      </div>
    </form>
  );
}
