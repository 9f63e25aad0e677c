import { Button, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { EvaluationHandout } from "../../features/evaluation/evaluation-handout.tsx";
import { useRunEvaluation } from "../../features/evaluation/get-run-evaluation.ts";
import { runEvaluationHref } from "../../lib/config/paths.ts";

/**
 * The printable handout with the QR code: outside the run's layout (no tabs), and the print stylesheet
 * leaves out the app's header, footer and every control, like the printable programme.
 */
export function EvaluationHandoutPage() {
  const { t } = useTranslation();
  const { runId = "", collectionId = "" } = useParams();
  const evaluation = useRunEvaluation(runId);
  const collection = evaluation.data?.collections.find((candidate) => candidate.id === collectionId);

  return (
    <article className="evaluation-handout-page stack">
      <div className="button-row print-hidden">
        <Link asChild>
          <RouterLink to={runEvaluationHref(runId)}>{t("evaluation.handout.back")}</RouterLink>
        </Link>
        {collection?.status === "OPEN" ? (
          <Button type="button" onClick={() => window.print()}>
            {t("evaluation.handout.print")}
          </Button>
        ) : null}
      </div>
      <PageHeading
        title={t("evaluation.handout.title", { course: evaluation.data?.courseTitle ?? t("evaluation.tab.heading") })}
      />
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
      ) : !collection ? (
        <Paragraph>{t("errors.not_found")}</Paragraph>
      ) : collection.status !== "OPEN" ? (
        <Paragraph>{t("errors.collection_closed")}</Paragraph>
      ) : (
        <EvaluationHandout collection={collection} />
      )}
    </article>
  );
}
