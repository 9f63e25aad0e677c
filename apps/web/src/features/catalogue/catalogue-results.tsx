import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { type CatalogueUrlFilters, isFiltered } from "./catalogue-filters.ts";
import { CatalogueRunCard } from "./catalogue-run-card.tsx";
import { useCatalogueRuns } from "./get-catalogue-runs.ts";

/**
 * The runs that match the filters, a page at a time. How many are shown is announced politely (a
 * status), so that a screen reader hears the result of a search without leaving the form.
 */
export function CatalogueResults({ filters }: { filters: CatalogueUrlFilters }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const runs = useCatalogueRuns(filters);

  if (runs.isPending) return <LoadingStatus label={t("catalogue.results.loading")} />;
  if (!runs.data) {
    // A 400 about a filter is explained beside the filter (the form shows it).
    if (apiFieldIssues(runs.error).length > 0) {
      return <Paragraph role="status">{t("catalogue.results.fixFilters")}</Paragraph>;
    }
    return (
      <ErrorAlert
        heading={t("catalogue.results.loadError")}
        error={runs.error}
        onRetry={() => void runs.refetch()}
        retryLabel={t("catalogue.results.retry")}
        retrying={runs.isFetching}
      />
    );
  }

  const items = runs.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <>
        <Paragraph role="status">{t("catalogue.results.count", { count: 0 })}</Paragraph>
        <Card data-color="neutral" variant="tinted" className="stack" data-testid="catalogue-empty">
          <Heading level={2} data-size="sm">
            {isFiltered(filters) ? t("catalogue.results.emptyHeading") : t("catalogue.results.nothingHeading")}
          </Heading>
          <Paragraph>
            {isFiltered(filters) ? t("catalogue.results.emptyBody") : t("catalogue.results.nothingBody")}
          </Paragraph>
          <Paragraph>{t("catalogue.results.emptyHelp")}</Paragraph>
        </Card>
      </>
    );
  }

  return (
    <div className="stack">
      <Paragraph role="status">
        {runs.hasNextPage
          ? t("catalogue.results.countMore", { count: items.length })
          : t("catalogue.results.count", { count: items.length })}
      </Paragraph>
      <ul className="course-list" aria-label={t("catalogue.results.label")}>
        {items.map((run) => (
          <CatalogueRunCard key={run.runId} run={run} language={language} />
        ))}
      </ul>
      {runs.isFetchNextPageError ? (
        <ErrorAlert
          heading={t("catalogue.results.loadError")}
          error={runs.error}
          onRetry={() => void runs.fetchNextPage()}
          retryLabel={t("catalogue.results.retry")}
          retrying={runs.isFetchingNextPage}
        />
      ) : runs.hasNextPage ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={runs.isFetchingNextPage}
            onClick={() => {
              if (!runs.isFetchingNextPage) void runs.fetchNextPage();
            }}
          >
            {runs.isFetchingNextPage ? t("catalogue.results.loadingMore") : t("catalogue.results.loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
