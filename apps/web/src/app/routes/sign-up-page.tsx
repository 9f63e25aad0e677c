import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { SignUpResult } from "@sidestilt/domain/registration.schema";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { feeText, formatDateRange, placeText } from "../../features/catalogue/catalogue-format.ts";
import { catalogueRunQueryOptions, useCatalogueRun } from "../../features/catalogue/get-catalogue-run.ts";
import { SignUpDone } from "../../features/registrations/sign-up-done.tsx";
import { SignUpForm } from "../../features/registrations/sign-up-form.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../lib/api-error.ts";
import { catalogueRunHref } from "../../lib/config/paths.ts";

/**
 * Signing up for a run from the catalogue (no sign-in): what the course is, then a calm form; the
 * answer says plainly whether the person has a seat or a place in line. A run that takes referrals,
 * or whose sign-up has closed, says so instead of showing the form.
 */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const runId = useParams().runId ?? "";
  const queryClient = useQueryClient();
  const run = useCatalogueRun(runId);
  const [done, setDone] = useState<{ result: SignUpResult; emailGiven: boolean } | null>(null);
  const detail = run.data;

  function signedUp(result: SignUpResult, emailGiven: boolean) {
    setDone({ result, emailGiven });
    // The catalogue's seats left and waiting list changed.
    void queryClient.invalidateQueries({ queryKey: catalogueRunQueryOptions(runId).queryKey });
  }

  const backLink = (
    <Paragraph>
      <Link asChild>
        <RouterLink to={catalogueRunHref(runId)}>
          {t("registrations.signUp.backToCourse", { course: detail?.title ?? t("registrations.signUp.theCourse") })}
        </RouterLink>
      </Link>
    </Paragraph>
  );

  return (
    <div className="stack narrow sign-up-page">
      <PageHeading
        title={detail ? t("registrations.signUp.titleFor", { course: detail.title }) : t("registrations.signUp.title")}
      />
      {run.isPending ? (
        <LoadingStatus label={t("registrations.signUp.loading")} />
      ) : run.isError ? (
        run.error instanceof ApiError && run.error.status === 404 ? (
          <Alert data-color="warning" role="alert">
            <Paragraph>{t("registrations.signUp.notFound")}</Paragraph>
          </Alert>
        ) : (
          <ErrorAlert
            heading={t("registrations.signUp.loadError")}
            error={run.error}
            onRetry={() => void run.refetch()}
            retryLabel={t("registrations.retry")}
            retrying={run.isFetching}
          />
        )
      ) : (
        <>
          <section className="stack" aria-labelledby="sign-up-course">
            <Heading id="sign-up-course" level={2} data-size="xs">
              {t("registrations.signUp.aboutHeading")}
            </Heading>
            <dl className="registration-facts">
              <div>
                <dt>{t("registrations.mine.when")}</dt>
                <dd>{formatDateRange(run.data.startsOn, run.data.endsOn, language)}</dd>
              </div>
              <div>
                <dt>{t("registrations.mine.where")}</dt>
                <dd>{placeText(t, run.data)}</dd>
              </div>
              <div>
                <dt>{t("registrations.signUp.fee")}</dt>
                <dd>{feeText(t, run.data.feeNok, language)}</dd>
              </div>
            </dl>
          </section>
          {done ? (
            <>
              <SignUpDone result={done.result} courseTitle={run.data.title} emailGiven={done.emailGiven} />
              {backLink}
            </>
          ) : run.data.signup.state === "open" || run.data.signup.state === "waiting_list" ? (
            <>
              <Paragraph>{t("registrations.signUp.intro")}</Paragraph>
              <SignUpForm runId={runId} waitingList={run.data.signup.state === "waiting_list"} onSignedUp={signedUp} />
            </>
          ) : (
            <>
              <Alert data-color="info">
                <Paragraph>
                  {run.data.signup.state === "referral" ? t("errors.signup_by_referral") : t("errors.signup_closed")}
                </Paragraph>
              </Alert>
              {backLink}
            </>
          )}
        </>
      )}
    </div>
  );
}
