import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { UnitInvitations } from "../../features/invitations/unit-invitations.tsx";
import { UnitPeopleList } from "../../features/people/unit-people-list.tsx";
import { useUnit } from "../../features/units/get-unit.ts";
import { useUnitDirectory } from "../../features/units/get-unit-directory.ts";
import { UnitAbout } from "../../features/units/unit-about.tsx";
import { UnitPartners } from "../../features/units/unit-partners.tsx";
import { paths, unitAuditHref } from "../../lib/config/paths.ts";

export function UnitPage() {
  const { t } = useTranslation();
  const unitId = useParams().unitId ?? "";
  const unit = useUnit(unitId);
  const session = useSession().data;
  // The invitation form's organisation picker; fetched only for those who may invite.
  const directory = useUnitDirectory(unit.data?.data.abilities.canManagePeople ?? false);
  const userOrganisations = (directory.data ?? []).filter((candidate) => candidate.kind === "USER_ORGANISATION");

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={paths.units}>{t("units.detail.back")}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={unit.data?.data.name ?? t("units.detail.title")} />
      {unit.isPending ? (
        <LoadingStatus label={t("units.detail.loading")} />
      ) : !unit.data ? (
        <ErrorAlert
          heading={t("units.detail.loadError")}
          error={unit.error}
          onRetry={() => void unit.refetch()}
          retryLabel={t("units.retry")}
          retrying={unit.isFetching}
        />
      ) : (
        <>
          {unit.data.data.abilities.canReadAudit ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={unitAuditHref(unitId)}>{t("units.detail.auditLink")}</RouterLink>
              </Link>
            </Paragraph>
          ) : null}
          <UnitAbout unit={unit.data} canChangeKind={session?.person.isSystemAdmin ?? false} />
          <UnitPartners unit={unit.data.data} />
          <UnitPeopleList unitId={unitId} />
          {unit.data.data.abilities.canManagePeople ? (
            <UnitInvitations unitId={unitId} userOrganisations={userOrganisations} />
          ) : null}
        </>
      )}
    </div>
  );
}
