import { Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import type { CatalogueLinkState } from "../../features/catalogue/catalogue-run-card.tsx";
import { CatalogueRunDetails } from "../../features/catalogue/catalogue-run-details.tsx";
import { useCatalogueRun } from "../../features/catalogue/get-catalogue-run.ts";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../lib/api-error.ts";
import { paths } from "../../lib/config/paths.ts";

/** The catalogue's search the visitor came from, when they came from one (see CatalogueRunCard). */
function backHref(state: unknown): string {
  const search = (state as Partial<CatalogueLinkState> | null)?.catalogueSearch;
  return typeof search === "string" && search.startsWith("?") ? `${paths.catalogue}${search}` : paths.catalogue;
}

/** A published run's public page: who it is for, the programme, the fee, contact and how to join. */
export function CatalogueRunPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const runId = useParams().runId ?? "";
  const location = useLocation();
  const run = useCatalogueRun(runId);
  const notFound = run.error instanceof ApiError && (run.error.status === 404 || run.error.status === 400);

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={backHref(location.state)}>{t("catalogue.page.back")}</RouterLink>
        </Link>
      </Paragraph>
      {run.isPending ? (
        <>
          <PageHeading title={t("catalogue.page.title")} />
          <LoadingStatus label={t("catalogue.page.loading")} />
        </>
      ) : run.data ? (
        <>
          <PageHeading title={run.data.title} />
          <CatalogueRunDetails run={run.data} language={language} />
        </>
      ) : notFound ? (
        <>
          <PageHeading title={t("catalogue.page.notFoundTitle")} />
          <Card data-color="neutral" variant="tinted" className="stack">
            <Heading level={2} data-size="sm">
              {t("catalogue.page.notFoundHeading")}
            </Heading>
            <Paragraph>{t("catalogue.page.notFoundBody")}</Paragraph>
          </Card>
        </>
      ) : (
        <>
          <PageHeading title={t("catalogue.page.title")} />
          <ErrorAlert
            heading={t("catalogue.page.loadError")}
            error={run.error}
            onRetry={() => void run.refetch()}
            retryLabel={t("catalogue.results.retry")}
            retrying={run.isFetching}
          />
        </>
      )}
    </div>
  );
}
