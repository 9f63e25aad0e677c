import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { evaluationComparisonHref, runEvaluationHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { BreakdownSelect } from "./breakdown-select.tsx";
import { BreakdownTable } from "./breakdown-table.tsx";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { useResults } from "./get-results.ts";
import { QuestionResult } from "./question-result.tsx";
import { ResultsDownloads } from "./results-downloads.tsx";

type Props = {
  runId: string;
  collectionId: string;
  /** The background question in the URL (`?breakdown=`), or null. */
  breakdown: string | null;
  onBreakdownChange: (questionId: string | null) => void;
};

/**
 * A closed collection's results for the whole working group: per question a figure that is a table
 * too, means of the scales, free text for the evaluators; a breakdown by a background question; the
 * files to download. Every count shown is 0 or at least five (the API applies the rule).
 */
export function ResultsView({ runId, collectionId, breakdown, onBreakdownChange }: Props) {
  const { t, language } = useEvaluationLanguage();
  const { overall, brokenDown } = useResults(collectionId, breakdown);
  const back = (
    <Paragraph data-size="sm">
      <Link asChild>
        <RouterLink to={runEvaluationHref(runId)}>{t("evaluation.backToTab")}</RouterLink>
      </Link>
    </Paragraph>
  );

  if (overall.isPending) return <LoadingStatus label={t("evaluation.results.loading")} />;
  if (!overall.data) {
    const unavailable = overall.error instanceof ApiError && overall.error.code === "results_unavailable";
    return (
      <div className="stack">
        {back}
        {unavailable ? (
          <section className="stack" aria-labelledby="results-heading">
            <Heading id="results-heading" level={2} data-size="md">
              {t("evaluation.results.unavailableHeading")}
            </Heading>
            <Paragraph>{t("errors.results_unavailable")}</Paragraph>
            <Paragraph>{t("evaluation.results.unavailableWhy")}</Paragraph>
          </section>
        ) : (
          <ErrorAlert
            heading={t("evaluation.results.loadError")}
            error={overall.error}
            onRetry={() => void overall.refetch()}
            retryLabel={t("evaluation.retry")}
            retrying={overall.isFetching}
          />
        )}
      </div>
    );
  }

  const results = overall.data;
  const shownBreakdown = breakdown ? (brokenDown.data?.breakdown ?? null) : null;
  const brokenDownQuestion = (questionId: string) =>
    shownBreakdown?.questions.find((question) => question.questionId === questionId);

  return (
    <div className="stack">
      {back}
      <section className="stack" aria-labelledby="results-heading">
        <Heading id="results-heading" level={2} data-size="md">
          {t("evaluation.results.heading", { kind: t(`evaluation.kinds.${results.kind}.name`) })}
        </Heading>
        <Paragraph>
          {t("evaluation.results.summary", {
            count: results.respondents,
            date: formatDate(results.runStartsOn, language),
            version: results.formVersion,
          })}
        </Paragraph>
        <Paragraph data-size="sm">{t("evaluation.results.privacy")}</Paragraph>
        {results.backgroundQuestions.length > 0 ? (
          <BreakdownSelect
            questions={results.backgroundQuestions}
            value={breakdown}
            onChange={onBreakdownChange}
            pending={breakdown !== null && brokenDown.isPending}
            error={breakdown ? brokenDown.error : null}
          />
        ) : null}
        <ResultsDownloads collectionId={collectionId} breakdown={shownBreakdown ? breakdown : null} />
        <Paragraph>
          <Link asChild>
            <RouterLink to={evaluationComparisonHref(results.courseId, results.kind)}>
              {t("evaluation.results.compareLink")}
            </RouterLink>
          </Link>
        </Paragraph>
      </section>
      <section className="stack" aria-labelledby="questions-heading">
        <Heading id="questions-heading" level={2} data-size="sm">
          {t("evaluation.results.questionsHeading")}
        </Heading>
        {results.questions.map((result) => {
          const question = brokenDownQuestion(result.questionId);
          return (
            <QuestionResult key={result.questionId} result={result}>
              {shownBreakdown && question ? <BreakdownTable breakdown={shownBreakdown} question={question} /> : null}
            </QuestionResult>
          );
        })}
      </section>
    </div>
  );
}
