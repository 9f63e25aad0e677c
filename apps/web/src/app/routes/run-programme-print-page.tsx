import { Button, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useProgramme } from "../../features/programme/get-programme.ts";
import { ProgrammeDocument } from "../../features/programme/programme-document.tsx";
import { useRun } from "../../features/runs/get-run.ts";
import { isLanguage } from "../../i18n/languages.ts";
import { runProgrammeHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";

/**
 * The printable programme: outside the run's layout (no tabs), a clean document of the course, its
 * dates and each session. The print stylesheet (programme.css) hides the app's header, footer and
 * every control (`print-hidden`), and prints black on white.
 */
export function RunProgrammePrintPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const runId = useParams().runId ?? "";
  const run = useRun(runId);
  const programme = useProgramme(runId);
  const detail = run.data?.data;
  const failed = (!detail && run.error) || (!programme.data && programme.error);

  return (
    <article className="programme-print stack">
      <div className="button-row print-hidden" data-testid="print-controls">
        <Link asChild>
          <RouterLink to={runProgrammeHref(runId)}>{t("programme.print.back")}</RouterLink>
        </Link>
        <Button type="button" onClick={() => window.print()}>
          {t("programme.print.print")}
        </Button>
      </div>
      <PageHeading title={t("programme.print.title", { course: detail?.courseTitle ?? t("programme.heading") })} />
      {failed ? (
        <ErrorAlert
          heading={t("programme.loadError")}
          error={run.error ?? programme.error}
          onRetry={() => {
            void run.refetch();
            void programme.refetch();
          }}
          retryLabel={t("programme.retry")}
          retrying={run.isFetching || programme.isFetching}
        />
      ) : !detail || !programme.data ? (
        <LoadingStatus label={t("programme.loading")} />
      ) : (
        <>
          <Paragraph className="programme-print__dates">
            {t("programme.print.dates", {
              from: formatDate(detail.startsOn, language),
              to: formatDate(detail.endsOn, language),
            })}
            {detail.venue ? ` · ${detail.venue}` : ""}
          </Paragraph>
          <ProgrammeDocument programme={programme.data} />
        </>
      )}
    </article>
  );
}
