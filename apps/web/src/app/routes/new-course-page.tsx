import { Alert, Link, Paragraph } from "@digdir/designsystemet-react";
import { unitsWhere } from "@sidestilt/domain/access";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { viewerOf } from "../../features/auth/session-viewer.ts";
import { NewCourseForm } from "../../features/courses/new-course-form.tsx";
import type { OwnerOption } from "../../features/courses/owner-unit-choice.tsx";
import { unitQueryOptions } from "../../features/units/get-unit.ts";
import { isLanguage } from "../../i18n/languages.ts";
import { paths } from "../../lib/config/paths.ts";

/**
 * "Nytt kurs", for coordinators: the owner units to choose from are the units they coordinate (from
 * the session) and those units' partners (from each unit).
 */
export function NewCoursePage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const session = useSession().data;
  const coordinatedIds = session ? unitsWhere(viewerOf(session), ["COORDINATOR"]) : [];
  const units = useQueries({ queries: coordinatedIds.map((unitId) => unitQueryOptions(unitId)) });

  const names = new Map(session?.memberships.map((membership) => [membership.unitId, membership.unitName]));
  const owners: OwnerOption[] = coordinatedIds.map((id) => ({
    id,
    name: names.get(id) ?? id,
    coordinated: true,
    partnerOf: [],
  }));
  for (const unit of units) {
    if (!unit.data) continue;
    for (const partner of unit.data.data.partners) {
      if (coordinatedIds.includes(partner.id)) continue;
      const known = owners.find((owner) => owner.id === partner.id);
      if (known) known.partnerOf = [...known.partnerOf, unit.data.data.name];
      else owners.push({ id: partner.id, name: partner.name, coordinated: false, partnerOf: [unit.data.data.name] });
    }
  }

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={paths.courses}>{t("courseForm.back")}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={t("courseForm.title")} />
      {coordinatedIds.length === 0 ? (
        <Alert data-color="info">
          <Paragraph>{t("courseForm.notCoordinator")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("courseForm.intro")}</Paragraph>
          <NewCourseForm
            language={language}
            owners={owners}
            partnersPending={units.some((unit) => unit.isPending)}
            partnersFailed={units.some((unit) => unit.isError)}
          />
        </>
      )}
    </div>
  );
}
