import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import {
  type CatalogueUrlFilters,
  catalogueFiltersFrom,
  catalogueSearchParams,
} from "../../features/catalogue/catalogue-filters.ts";
import { CatalogueResults } from "../../features/catalogue/catalogue-results.tsx";
import { CatalogueSearchForm } from "../../features/catalogue/catalogue-search-form.tsx";
import { useCatalogueFacets } from "../../features/catalogue/get-catalogue-facets.ts";
import { useCatalogueRuns } from "../../features/catalogue/get-catalogue-runs.ts";
import { catalogueHref } from "../../lib/config/paths.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";

/** The public course catalogue: search and filters (kept in the URL) and the matching runs. */
export function CataloguePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = catalogueFiltersFrom(searchParams);
  const facets = useCatalogueFacets();
  const runs = useCatalogueRuns(filters);
  const filterError = apiFieldIssues(runs.error).length > 0;

  function apply(next: CatalogueUrlFilters) {
    // A new history entry per search, so that Back returns to the previous one.
    void navigate(catalogueHref(catalogueSearchParams(next)));
  }

  return (
    <div className="stack">
      <PageHeading title={t("catalogue.title")} />
      <Paragraph>{t("catalogue.intro")}</Paragraph>
      <CatalogueSearchForm
        key={`${catalogueSearchParams(filters).toString()}|${filterError}`}
        filters={filters}
        facets={facets.data}
        error={runs.error}
        onApply={apply}
      />
      <CatalogueResults filters={filters} />
    </div>
  );
}
