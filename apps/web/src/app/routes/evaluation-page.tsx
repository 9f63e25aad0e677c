import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationAccess } from "@sidestilt/domain/evaluation-collection.schema";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { accessKeyOf, evaluationAccessFromHash } from "../../features/evaluation-answer/evaluation-access.ts";
import { EvaluationDone } from "../../features/evaluation-answer/evaluation-done.tsx";
import { EvaluationForm } from "../../features/evaluation-answer/evaluation-form.tsx";
import { participantFormQueryOptions } from "../../features/evaluation-answer/get-participant-form.ts";
import { type LinkProblem, LinkProblemView, linkProblemOf } from "../../features/evaluation-answer/link-problem.tsx";
import { isLanguage } from "../../i18n/languages.ts";

/**
 * A participant's evaluation (`/evaluation#token=…` from the email, `/evaluation#code=…` from the printed
 * QR code): no sign-in and no cookie. Patients and relatives, many elderly, most on a phone: one short
 * paragraph on anonymity and time, then the questions in the UI's language, then a plain thank-you.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const access = evaluationAccessFromHash(useLocation().hash);
  if (!access) {
    return (
      <div className="stack narrow evaluation-page">
        <PageHeading title={t("evaluationAnswer.title")} />
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("evaluationAnswer.missingLink")}</Paragraph>
        </Alert>
      </div>
    );
  }
  // Another link in the same tab is another evaluation: its own answers and its own state.
  return <Evaluation key={accessKeyOf(access)} access={access} />;
}

type Outcome = { kind: "received" } | { kind: "refused"; problem: LinkProblem } | null;

function Evaluation({ access }: { access: EvaluationAccess }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const form = useQuery(participantFormQueryOptions(access));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const loadProblem = form.isError ? linkProblemOf(form.error) : null;

  return (
    <div className="stack narrow evaluation-page">
      <PageHeading
        title={
          form.data ? t("evaluationAnswer.titleFor", { course: form.data.courseTitle }) : t("evaluationAnswer.title")
        }
      />
      {form.isPending ? (
        <LoadingStatus label={t("evaluationAnswer.loading")} />
      ) : form.isError ? (
        loadProblem ? (
          <LinkProblemView problem={loadProblem} />
        ) : (
          <ErrorAlert
            heading={t("evaluationAnswer.loadError")}
            error={form.error}
            onRetry={() => void form.refetch()}
            retryLabel={t("evaluationAnswer.retry")}
            retrying={form.isFetching}
          />
        )
      ) : outcome?.kind === "received" ? (
        <EvaluationDone />
      ) : outcome?.kind === "refused" ? (
        <LinkProblemView problem={outcome.problem} focus />
      ) : (
        <>
          <Paragraph className="evaluation-intro">
            {t("evaluationAnswer.intro", { about: t(`evaluationAnswer.kind.${form.data.kind}`) })}
          </Paragraph>
          <EvaluationForm
            access={access}
            form={form.data}
            language={language}
            onReceived={() => setOutcome({ kind: "received" })}
            onRefused={(problem) => setOutcome({ kind: "refused", problem })}
          />
        </>
      )}
    </div>
  );
}
