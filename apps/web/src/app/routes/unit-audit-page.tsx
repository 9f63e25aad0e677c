import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { AuditEvents } from "../../features/audit/audit-events.tsx";
import { AuditFilters } from "../../features/audit/audit-filters.tsx";
import { auditFiltersFrom, type AuditFilters as Filters, useUnitAudit } from "../../features/audit/get-unit-audit.ts";
import { useUnit } from "../../features/units/get-unit.ts";
import { unitHref } from "../../lib/config/paths.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";

export function UnitAuditPage() {
  const { t } = useTranslation();
  const unitId = useParams().unitId ?? "";
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = auditFiltersFrom(searchParams);
  const filtered = Object.keys(filters).length > 0;
  const unit = useUnit(unitId);
  const audit = useUnitAudit(unitId, filters);
  const unitName = unit.data?.data.name;
  // A 400 about a filter is explained beside that filter, not as a failed page.
  const filterError = apiFieldIssues(audit.error).length > 0;

  function apply(next: Filters) {
    setSearchParams(new URLSearchParams(next));
  }

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={unitHref(unitId)}>
            {unitName ? t("audit.back", { unit: unitName }) : t("audit.backToUnit")}
          </RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={unitName ? t("audit.titleFor", { unit: unitName }) : t("audit.title")} />
      <Paragraph>{t("audit.intro")}</Paragraph>
      <AuditFilters key={searchParams.toString()} filters={filters} error={audit.error} onApply={apply} />
      {audit.isPending ? (
        <LoadingStatus label={t("audit.loading")} />
      ) : !audit.data ? (
        filterError ? null : (
          <ErrorAlert
            heading={t("audit.loadError")}
            error={audit.error}
            onRetry={() => void audit.refetch()}
            retryLabel={t("audit.retry")}
            retrying={audit.isFetching}
          />
        )
      ) : (
        <AuditEvents
          query={audit}
          caption={t("audit.caption")}
          empty={filtered ? t("audit.emptyFiltered") : t("audit.empty")}
        />
      )}
    </div>
  );
}
