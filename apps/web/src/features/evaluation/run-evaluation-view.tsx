import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { evaluationFormKinds } from "@sidestilt/domain/evaluation-form.schema";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { evaluationComparisonHref, evaluationMeetingHref } from "../../lib/config/paths.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { FormKindSection } from "./form-kind-section.tsx";
import { useRunEvaluation } from "./get-run-evaluation.ts";
import type { QuestionFieldComponent } from "./question-field-props.ts";

type Props = {
  runId: string;
  /** The participant's question field, for typing in paper forms (see PaperAnswerForm). */
  QuestionField: QuestionFieldComponent;
};

/**
 * The run's evaluation tab, for the whole working group: each kind of form with its collection, then
 * the way on to the evaluation meeting and to the comparison with earlier runs.
 */
export function RunEvaluationView({ runId, QuestionField }: Props) {
  const { t } = useEvaluationLanguage();
  const evaluation = useRunEvaluation(runId);

  return (
    <section className="stack" aria-labelledby="evaluation-heading">
      <Heading id="evaluation-heading" level={2} data-size="md">
        {t("evaluation.tab.heading")}
      </Heading>
      {evaluation.isPending ? (
        <LoadingStatus label={t("evaluation.tab.loading")} />
      ) : !evaluation.data ? (
        <ErrorAlert
          heading={t("evaluation.tab.loadError")}
          error={evaluation.error}
          onRetry={() => void evaluation.refetch()}
          retryLabel={t("evaluation.retry")}
          retrying={evaluation.isFetching}
        />
      ) : (
        <>
          <Paragraph>{t("evaluation.tab.intro")}</Paragraph>
          {evaluationFormKinds.map((kind) => (
            <FormKindSection key={kind} evaluation={evaluation.data} kind={kind} QuestionField={QuestionField} />
          ))}
          <section className="stack evaluation-tight" aria-labelledby="evaluation-next-heading">
            <Heading id="evaluation-next-heading" level={3} data-size="sm">
              {t("evaluation.tab.nextHeading")}
            </Heading>
            <Paragraph>{t("evaluation.tab.nextIntro")}</Paragraph>
            <ul className="plain-list evaluation-links">
              <li>
                <Link asChild>
                  <RouterLink to={evaluationMeetingHref(runId)}>{t("evaluation.tab.meetingLink")}</RouterLink>
                </Link>
              </li>
              <li>
                <Link asChild>
                  <RouterLink to={evaluationComparisonHref(evaluation.data.courseId)}>
                    {t("evaluation.tab.compareLink")}
                  </RouterLink>
                </Link>
              </li>
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
