import { Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { CourseSummary } from "@sidestilt/domain/course.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { isLanguage } from "../../i18n/languages.ts";
import { courseHref } from "../../lib/config/paths.ts";
import { formatDate, formatList } from "../../lib/format.ts";
import { phaseColors } from "./phase-colors.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="course-card__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CourseCard({ course }: { course: CourseSummary }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const owners = course.owners.map((owner) => owner.name);
  return (
    <Card asChild data-color="neutral" className="course-card">
      <li data-testid="course-card">
        <Heading level={2} data-size="sm">
          <Link asChild>
            <RouterLink to={courseHref(course.id)}>{course.title}</RouterLink>
          </Link>
        </Heading>
        {course.summary ? <Paragraph>{course.summary}</Paragraph> : null}
        <dl className="course-card__facts">
          <Fact label={t("courses.owners")}>
            {owners.length > 0 ? formatList(owners, language) : t("courses.noOwners")}
          </Fact>
          <Fact label={t("courses.targetGroup")}>{t(`enums.targetGroup.${course.targetGroup}`)}</Fact>
          {course.diagnosis ? <Fact label={t("courses.diagnosis")}>{course.diagnosis}</Fact> : null}
          <Fact label={t("courses.format")}>{t(`enums.format.${course.format}`)}</Fact>
          <Fact label={t("courses.enrolment")}>{t(`enums.enrolment.${course.enrolment}`)}</Fact>
          <Fact label={t("courses.nextRun")}>
            {course.nextRun ? (
              <time dateTime={course.nextRun.startsOn}>{formatDate(course.nextRun.startsOn, language)}</time>
            ) : (
              t("courses.noNextRun")
            )}
          </Fact>
          {course.nextRun ? (
            <Fact label={t("courses.phase")}>
              <Tag data-color={phaseColors[course.nextRun.phase]}>{t(`enums.phase.${course.nextRun.phase}`)}</Tag>
            </Fact>
          ) : null}
        </dl>
      </li>
    </Card>
  );
}
