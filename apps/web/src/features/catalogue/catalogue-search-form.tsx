import { Button, Details, Link, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type CatalogueFacets, type CatalogueFilterName, noDiagnosis } from "@sidestilt/domain/catalogue.schema";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { paths } from "../../lib/config/paths.ts";
import { apiFieldIssues, issueMessage } from "../../lib/form-issues.ts";
import {
  activeFilterCount,
  type CatalogueUrlFilters,
  catalogueFiltersOfForm,
  isCatalogueFilterName,
  isFiltered,
} from "./catalogue-filters.ts";
import { languageName } from "./catalogue-format.ts";

type Props = {
  filters: CatalogueUrlFilters;
  /** The filter values the catalogue has now; undefined while they load (the search works meanwhile). */
  facets: CatalogueFacets | undefined;
  /** The list's last error: a 400 about a filter is shown beside that field. */
  error: unknown;
  onApply: (filters: CatalogueUrlFilters) => void;
};

type Option = { value: string; label: string };

const fieldId = (name: CatalogueFilterName) => `catalogue-${name}`;

/**
 * The catalogue's search box and filters: a GET form whose fields are named as the URL's filters, so
 * that every search is a link. The page reads the filters from the URL; remount the form (key) when
 * the URL or the error changes. The filters fold away under one summary (open while any is in use or
 * wrong), so that the results start high on a phone.
 */
export function CatalogueSearchForm({ filters, facets, error, onApply }: Props) {
  const { t } = useTranslation();
  const labels: Record<CatalogueFilterName, string> = {
    q: t("catalogue.search.label"),
    region: t("catalogue.filters.region"),
    municipality: t("catalogue.filters.municipality"),
    unit: t("catalogue.filters.unit"),
    diagnosis: t("catalogue.filters.diagnosis"),
    targetGroup: t("catalogue.filters.targetGroup"),
    format: t("catalogue.filters.format"),
    language: t("catalogue.filters.language"),
    from: t("catalogue.filters.from"),
    to: t("catalogue.filters.to"),
  };
  const issues = apiFieldIssues(error).filter((issue) => isCatalogueFilterName(issue.field));
  const errorFor = (name: CatalogueFilterName) => {
    const issue = issues.find((candidate) => candidate.field === name);
    return issue
      ? issueMessage(t, issue, labels[name], { to_before_from: t("catalogue.filters.toBeforeFrom") })
      : undefined;
  };
  const active = activeFilterCount(filters);
  const filterErrors = issues.some((issue) => issue.field !== "q");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(catalogueFiltersOfForm(new FormData(event.currentTarget)));
  }

  /** A select of the facet's values; a value from the URL the facets lack is kept, so it shows. */
  function select(name: CatalogueFilterName, options: Option[]): ReactNode {
    const current = filters[name];
    const all =
      current && !options.some((option) => option.value === current)
        ? [...options, { value: current, label: current }]
        : options;
    return (
      <SelectField
        id={fieldId(name)}
        name={name}
        label={labels[name]}
        defaultValue={current ?? ""}
        error={errorFor(name)}
      >
        <option value="">{t("catalogue.filters.any")}</option>
        {all.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
    );
  }

  const plain = (values: readonly string[] | undefined): Option[] =>
    (values ?? []).map((value) => ({ value, label: value }));

  return (
    // <search> is the search landmark; the form keeps GET semantics, so every search is a link.
    <search aria-label={t("catalogue.search.heading")}>
      <form method="get" action={paths.catalogue} noValidate onSubmit={handleSubmit} className="stack catalogue-search">
        {issues.length > 0 ? (
          <FormErrorSummary
            heading={t("catalogue.filters.errorSummaryHeading")}
            items={issues.flatMap((issue) =>
              isCatalogueFilterName(issue.field)
                ? [{ fieldId: fieldId(issue.field), message: errorFor(issue.field) ?? "" }]
                : [],
            )}
          />
        ) : null}
        <div className="catalogue-search__query">
          <Textfield
            id={fieldId("q")}
            name="q"
            type="search"
            label={labels.q}
            description={t("catalogue.search.help")}
            defaultValue={filters.q ?? ""}
            error={errorFor("q")}
            autoComplete="off"
          />
          <Button type="submit">{t("catalogue.search.submit")}</Button>
        </div>
        <Details defaultOpen={active > 0 || filterErrors} className="catalogue-search__filters">
          <Details.Summary>
            {active > 0 ? t("catalogue.filters.summaryActive", { count: active }) : t("catalogue.filters.summary")}
          </Details.Summary>
          <Details.Content>
            <div className="stack">
              <div className="filter-grid">
                {select(
                  "targetGroup",
                  (facets?.targetGroups ?? []).map((group) => ({
                    value: group,
                    label: t(`enums.targetGroup.${group}`),
                  })),
                )}
                {select("diagnosis", [
                  ...plain(facets?.diagnoses),
                  ...(facets?.diagnosisIndependent
                    ? [{ value: noDiagnosis, label: t("catalogue.filters.diagnosisIndependent") }]
                    : []),
                ])}
                {select(
                  "format",
                  (facets?.formats ?? []).map((format) => ({ value: format, label: t(`enums.format.${format}`) })),
                )}
                {select("region", plain(facets?.regions))}
                {select("municipality", plain(facets?.municipalities))}
                {select(
                  "unit",
                  (facets?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
                )}
                {select(
                  "language",
                  (facets?.languages ?? []).map((code) => ({ value: code, label: languageName(t, code) })),
                )}
                <Textfield
                  id={fieldId("from")}
                  name="from"
                  type="date"
                  label={labels.from}
                  defaultValue={filters.from ?? ""}
                  error={errorFor("from")}
                />
                <Textfield
                  id={fieldId("to")}
                  name="to"
                  type="date"
                  label={labels.to}
                  defaultValue={filters.to ?? ""}
                  error={errorFor("to")}
                />
              </div>
              <div className="button-row">
                <Button type="submit">{t("catalogue.filters.apply")}</Button>
              </div>
            </div>
          </Details.Content>
        </Details>
        {isFiltered(filters) ? (
          <Paragraph data-size="sm">
            <Link asChild>
              <RouterLink to={paths.catalogue}>{t("catalogue.filters.clear")}</RouterLink>
            </Link>
          </Paragraph>
        ) : null}
      </form>
    </search>
  );
}
