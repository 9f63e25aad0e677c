import { Link, Paragraph } from "@digdir/designsystemet-react";
import { unitAbilities, unitsWhere } from "@sidestilt/domain/access";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { viewerOf } from "../../features/auth/session-viewer.ts";
import { ContributionBalance } from "../../features/courses/contribution-balance.tsx";
import { CopyCourseSection } from "../../features/courses/copy-course-section.tsx";
import { CourseAbout } from "../../features/courses/course-about.tsx";
import { CourseOwners, type OwnerCandidate } from "../../features/courses/course-owners.tsx";
import { CourseRuns } from "../../features/courses/course-runs.tsx";
import { useCourse } from "../../features/courses/get-course.ts";
import { EvaluationChainSection } from "../../features/evaluation/evaluation-chain-section.tsx";
import { unitPeopleQueryOptions } from "../../features/people/get-unit-people.ts";
import { unitQueryOptions } from "../../features/units/get-unit.ts";
import type { PeopleOfUnit } from "../../features/working-group/add-member-form.tsx";
import { WorkingGroupSection } from "../../features/working-group/working-group-section.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { paths } from "../../lib/config/paths.ts";

/**
 * A course: its facts, owner units, runs, working group and contribution balance. For those who
 * manage the working group, the page also fetches the owner units they can see (for partner units to
 * add as co-owners) and those units' people (to add to the group).
 */
export function CoursePage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const courseId = useParams().courseId ?? "";
  const course = useCourse(courseId);
  const session = useSession().data;
  const detail = course.data?.data;
  const canManage = detail?.abilities.canManageWorkingGroup ?? false;
  const viewer = session ? viewerOf(session) : null;
  // Owner units whose people and partners the viewer may see (the same rule the API applies).
  const visibleOwners =
    canManage && viewer && detail ? detail.owners.filter((owner) => unitAbilities(viewer, owner.id).canView) : [];
  const units = useQueries({ queries: visibleOwners.map((owner) => unitQueryOptions(owner.id)) });
  const people = useQueries({ queries: visibleOwners.map((owner) => unitPeopleQueryOptions(owner.id)) });

  const ownerIds = new Set(detail?.owners.map((owner) => owner.id));
  const candidates: OwnerCandidate[] = [];
  for (const unit of units) {
    for (const partner of unit.data?.data.partners ?? []) {
      if (!ownerIds.has(partner.id) && !candidates.some((candidate) => candidate.id === partner.id)) {
        candidates.push({ id: partner.id, name: partner.name });
      }
    }
  }
  const peopleOfUnits: PeopleOfUnit[] = visibleOwners.map((owner, index) => ({
    unitId: owner.id,
    unitName: owner.name,
    people: people[index]?.data,
    pending: people[index]?.isPending ?? false,
    failed: people[index]?.isError ?? false,
  }));
  // Copying is for coordinators: the copy's owners are units they coordinate (names from the session).
  const unitNames = new Map(session?.memberships.map((membership) => [membership.unitId, membership.unitName]));
  const copyOwners = viewer
    ? unitsWhere(viewer, ["COORDINATOR"]).map((id) => ({ id, name: unitNames.get(id) ?? id }))
    : [];

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={paths.courses}>{t("coursePage.back")}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={detail?.title ?? t("coursePage.title")} />
      {course.isPending ? (
        <LoadingStatus label={t("coursePage.loading")} />
      ) : !course.data || !detail ? (
        <ErrorAlert
          heading={t("coursePage.loadError")}
          error={course.error}
          onRetry={() => void course.refetch()}
          retryLabel={t("coursePage.retry")}
          retrying={course.isFetching}
        />
      ) : (
        <>
          <CourseAbout course={course.data} language={language} />
          <CourseOwners
            course={detail}
            candidates={candidates}
            candidatesPending={units.some((unit) => unit.isPending)}
          />
          <CourseRuns course={detail} language={language} />
          <EvaluationChainSection courseId={courseId} />
          {copyOwners.length > 0 ? <CopyCourseSection key={detail.id} course={detail} owners={copyOwners} /> : null}
          <WorkingGroupSection courseId={courseId} language={language} canManage={canManage} people={peopleOfUnits} />
          <ContributionBalance courseId={courseId} language={language} />
        </>
      )}
    </div>
  );
}
