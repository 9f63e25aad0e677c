import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { apiFieldIssues, issueMessage } from "../../lib/form-issues.ts";
import { auditObjectTypes } from "./audit-labels.ts";
import { auditFilterNames, type AuditFilters as Filters } from "./get-unit-audit.ts";

function isFilterName(field: string): field is keyof Filters {
  return (auditFilterNames as readonly string[]).includes(field);
}

type Props = {
  filters: Filters;
  /** The log's last error: a 400 about a filter (e.g. `to_before_from`) is shown beside that field. */
  error: unknown;
  onApply: (filters: Filters) => void;
};

/**
 * The log's filters. They live in the URL (the page reads them from there), so a filtered view can
 * be bookmarked and shared; the form only writes them. Remount it (key) when the URL changes.
 */
export function AuditFilters({ filters, error, onApply }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const labels: Record<(typeof auditFilterNames)[number], string> = {
    action: t("audit.filters.action"),
    objectType: t("audit.filters.objectType"),
    from: t("audit.filters.from"),
    to: t("audit.filters.to"),
  };
  const issues = apiFieldIssues(error).filter((issue) => isFilterName(issue.field));
  const errorFor = (field: keyof Filters) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueMessage(t, issue, labels[field]) : undefined;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Filters = {};
    for (const name of auditFilterNames) {
      const value = String(data.get(name) ?? "").trim();
      if (value) next[name] = value;
    }
    onApply(next);
  }

  return (
    <form className="stack audit-filters" aria-labelledby={headingId} noValidate onSubmit={handleSubmit}>
      <Heading id={headingId} level={2} data-size="sm">
        {t("audit.filters.heading")}
      </Heading>
      {issues.length > 0 ? (
        <FormErrorSummary
          heading={t("audit.filters.errorSummaryHeading")}
          items={issues.flatMap((issue) =>
            isFilterName(issue.field)
              ? [{ fieldId: `audit-${issue.field}`, message: errorFor(issue.field) ?? "" }]
              : [],
          )}
        />
      ) : null}
      <div className="filter-grid">
        <Textfield
          id="audit-action"
          name="action"
          label={labels.action}
          description={t("audit.filters.actionHelp")}
          defaultValue={filters.action ?? ""}
          spellCheck={false}
          autoCapitalize="none"
          error={errorFor("action")}
        />
        <SelectField
          id="audit-objectType"
          name="objectType"
          label={labels.objectType}
          defaultValue={filters.objectType ?? ""}
          error={errorFor("objectType")}
        >
          <option value="">{t("audit.filters.allTypes")}</option>
          {auditObjectTypes.map((objectType) => (
            <option key={objectType} value={objectType}>
              {t(`audit.objectTypes.${objectType}`)}
            </option>
          ))}
        </SelectField>
        <Textfield
          id="audit-from"
          name="from"
          type="date"
          label={labels.from}
          defaultValue={filters.from ?? ""}
          error={errorFor("from")}
        />
        <Textfield
          id="audit-to"
          name="to"
          type="date"
          label={labels.to}
          defaultValue={filters.to ?? ""}
          error={errorFor("to")}
        />
      </div>
      <div className="button-row">
        <Button type="submit">{t("audit.filters.apply")}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply({})}>
          {t("audit.filters.clear")}
        </Button>
      </div>
    </form>
  );
}
