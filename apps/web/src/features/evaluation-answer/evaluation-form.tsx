import { Button } from "@digdir/designsystemet-react";
import type { EvaluationAccess, ParticipantForm } from "@sidestilt/domain/evaluation-collection.schema";
import { answerIssues } from "@sidestilt/domain/evaluation-form.schema";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import type { Language } from "../../i18n/languages.ts";
import { issueMessage } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { clearDraft, loadDraft, newSubmissionId, saveDraft } from "./answer-draft.ts";
import { type AnswerValues, answersToSend, withAnswer } from "./answer-values.ts";
import { accessKeyOf } from "./evaluation-access.ts";
import { type LinkProblem, linkProblemOf } from "./link-problem.tsx";
import { QuestionField, questionFieldId } from "./question-field.tsx";
import { useSubmitAnswers } from "./submit-answers.ts";

const idPrefix = "evaluation";
const fieldOf = (questionId: string) => `answers.${questionId}`;

type Props = {
  access: EvaluationAccess;
  form: ParticipantForm;
  language: Language;
  onReceived: () => void;
  /** The link stopped taking answers while the participant answered (used elsewhere, or closed). */
  onRefused: (problem: LinkProblem) => void;
};

/**
 * The participant's answers. Nothing typed is ever lost: the answers are kept in this tab while they
 * are given (a reload brings them back), a refused answer keeps every value and names each problem
 * beside its question and in a summary, and a lost connection leaves the form as it was, to send again.
 * Checked before sending with the rule the server applies (`answerIssues`).
 */
export function EvaluationForm({ access, form, language, onReceived, onRefused }: Props) {
  const { t } = useTranslation();
  const draftKey = accessKeyOf(access);
  const [draft] = useState(() => loadDraft(draftKey));
  const [values, setValues] = useState<AnswerValues>(() => draft?.answers ?? {});
  const [submissionId] = useState(() => draft?.submissionId ?? newSubmissionId());
  const submit = useSubmitAnswers();
  const { issues, attempt, issueFor, submitted } = useFormIssues(
    form.questions.map((question) => fieldOf(question.id)),
    submit.error,
  );

  useEffect(() => saveDraft(draftKey, { answers: values, submissionId }), [draftKey, values, submissionId]);

  const messageFor = (questionId: string): string | undefined => {
    const issue = issueFor(fieldOf(questionId));
    return issue ? issueMessage(t, issue, t("questionField.theAnswer")) : undefined;
  };
  const numberOf = (questionId: string) => form.questions.findIndex((question) => question.id === questionId) + 1;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const answers = answersToSend(form.questions, values);
    const found = answerIssues(form.questions, answers);
    submitted(found);
    if (found.length > 0) {
      submit.reset();
      return;
    }
    submit.mutate(
      { access, answers, submissionId },
      {
        onSuccess: () => {
          clearDraft(draftKey);
          onReceived();
        },
        onError: (error) => {
          const problem = linkProblemOf(error);
          if (!problem) return;
          clearDraft(draftKey);
          onRefused(problem);
        },
      },
    );
  }

  return (
    <form className="stack evaluation-form" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("evaluationAnswer.errorSummaryHeading")}
        items={issues.map((issue) => {
          const questionId = issue.field.slice(fieldOf("").length);
          return {
            fieldId: questionFieldId(idPrefix, questionId),
            message: t("evaluationAnswer.summaryItem", {
              number: numberOf(questionId),
              message: messageFor(questionId) ?? "",
            }),
          };
        })}
        error={submit.error}
        errorLead={t("evaluationAnswer.sendError")}
        errorNote={t("evaluationAnswer.keptNote")}
      />
      {form.questions.map((question, index) => (
        <QuestionField
          key={question.id}
          idPrefix={idPrefix}
          number={index + 1}
          question={question}
          language={language}
          value={values[question.id]}
          onChange={(value) => setValues((current) => withAnswer(current, question.id, value))}
          error={messageFor(question.id)}
        />
      ))}
      <div className="button-row">
        <Button type="submit" loading={submit.isPending}>
          {submit.isPending ? t("evaluationAnswer.submitting") : t("evaluationAnswer.submit")}
        </Button>
      </div>
    </form>
  );
}
