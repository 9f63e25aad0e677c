import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { usePlan } from "../../features/plan/get-plan.ts";
import { PlanElementCard } from "../../features/plan/plan-element-card.tsx";
import { PlanReadOnlyNotice } from "../../features/plan/plan-read-only-notice.tsx";

/**
 * The run's didactic plan (the run layout's first tab): the six elements of the didaktisk
 * relasjonsmodell in order, each edited in place by any member of the working group with the same
 * rights, with its attributed history and its discussion. The layout owns the h1; this tab starts at h2.
 */
export function RunPlanPage() {
  const { t } = useTranslation();
  const runId = useParams().runId ?? "";
  const plan = usePlan(runId);
  // Unsaved text is kept per person, so that someone else signing in on this browser never sees it.
  const personId = useSession().data?.person.id ?? null;
  const headingId = useId();

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("plan.heading")}
      </Heading>
      <div className="stack plan-tight plan-intro">
        <Paragraph>{t("plan.intro")}</Paragraph>
        <Paragraph data-size="sm">{t("plan.signatureNote")}</Paragraph>
      </div>
      {plan.isPending ? (
        <LoadingStatus label={t("plan.loading")} />
      ) : !plan.data ? (
        <ErrorAlert
          heading={t("plan.loadError")}
          error={plan.error}
          onRetry={() => void plan.refetch()}
          retryLabel={t("plan.retry")}
          retrying={plan.isFetching}
        />
      ) : (
        <>
          {plan.data.abilities.canEdit ? null : <PlanReadOnlyNotice phase={plan.data.phase} />}
          <ol className="plan-elements" aria-labelledby={headingId}>
            {plan.data.elements.map((element) => (
              <li key={element.id}>
                <PlanElementCard
                  runId={runId}
                  element={element}
                  canEdit={plan.data.abilities.canEdit}
                  personId={personId}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
