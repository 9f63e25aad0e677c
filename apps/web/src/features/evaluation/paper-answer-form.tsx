import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type AnswerSet, type AnswerValue, answerIssues } from "@sidestilt/domain/evaluation-form.schema";
import { type FormEvent, useRef, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { issueMessage } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { useAddPaperAnswer } from "./add-paper-answer.ts";
import { textIn, useEvaluationLanguage } from "./evaluation-format.ts";
import { useCollectionForm } from "./get-collection-form.ts";
import type { QuestionFieldComponent } from "./question-field-props.ts";

type Props = {
  runId: string;
  collectionId: string;
  /** The anonymous link's code, with which the collection's questions are read. */
  code: string | null;
  /** The participant's own question field (passed in by the route). */
  QuestionField: QuestionFieldComponent;
  onClose: () => void;
};

/**
 * "Før inn svar fra papirskjema": the collection's questions as a form, one paper form at a time. Each
 * save stores one anonymous answer and empties the form for the next, saying so.
 */
export function PaperAnswerForm({ runId, collectionId, code, QuestionField, onClose }: Props) {
  const { t, language } = useEvaluationLanguage();
  const form = useCollectionForm(collectionId, code);
  const add = useAddPaperAnswer();
  const [answers, setAnswers] = useState<AnswerSet>({});
  /** Counts the paper forms saved: each one starts the fields afresh. */
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const questions = form.data?.questions ?? [];
  const issues = useFormIssues(
    questions.map((question) => `answers.${question.id}`),
    add.error,
  );
  const idPrefix = `paper-${collectionId}`;
  const idOf = (questionId: string) => `${idPrefix}-${questionId}`;
  const messageFor = (questionId: string) => {
    const issue = issues.issueFor(`answers.${questionId}`);
    const question = questions.find((candidate) => candidate.id === questionId);
    return issue && question ? issueMessage(t, issue, textIn(question.text, language)) : undefined;
  };

  function setAnswer(questionId: string, value: AnswerValue | undefined) {
    setAnswers((draft) => {
      const next = { ...draft };
      const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
      if (empty) delete next[questionId];
      else next[questionId] = value;
      return next;
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    setSaved(false);
    const found = answerIssues(questions, answers).map((issue) => ({ field: issue.field, code: issue.code }));
    issues.submitted(found);
    if (found.length > 0) return;
    add.mutate(
      { runId, collectionId, answers },
      {
        onSuccess: () => {
          setAnswers({});
          setRound((count) => count + 1);
          setSaved(true);
          heading.current?.focus();
        },
      },
    );
  }

  return (
    <section className="stack paper-form" aria-labelledby={`paper-heading-${collectionId}`}>
      <Heading
        ref={heading}
        id={`paper-heading-${collectionId}`}
        level={4}
        data-size="xs"
        tabIndex={-1}
        className="section-heading"
      >
        {t("evaluation.paper.heading")}
      </Heading>
      <Paragraph data-size="sm">{t("evaluation.paper.intro")}</Paragraph>
      <div role="status" className="evaluation-status">
        {saved ? <Paragraph>{t("evaluation.paper.saved")}</Paragraph> : null}
      </div>
      {form.isPending && code ? (
        <LoadingStatus label={t("evaluation.paper.loading")} />
      ) : !form.data ? (
        <ErrorAlert
          heading={t("evaluation.paper.loadError")}
          error={form.error}
          onRetry={() => void form.refetch()}
          retryLabel={t("evaluation.retry")}
          retrying={form.isFetching}
        />
      ) : (
        <form className="stack" noValidate onSubmit={handleSubmit}>
          <FormProblems
            attempt={issues.attempt}
            heading={t("evaluation.paper.errorSummaryHeading")}
            items={issues.issues.map((issue) => {
              const questionId = issue.field.slice("answers.".length);
              return { fieldId: idOf(questionId), message: messageFor(questionId) ?? "" };
            })}
            error={add.error}
            errorLead={t("evaluation.paper.saveError")}
          />
          {questions.map((question, index) => (
            <QuestionField
              // A new paper form starts from empty fields.
              key={`${question.id}-${round}`}
              idPrefix={idPrefix}
              number={index + 1}
              language={language}
              question={question}
              value={answers[question.id]}
              onChange={(value) => setAnswer(question.id, value)}
              error={messageFor(question.id)}
            />
          ))}
          <div className="button-row">
            <Button type="submit" loading={add.isPending}>
              {add.isPending ? t("evaluation.paper.saving") : t("evaluation.paper.save")}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t("evaluation.paper.close")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
