import { Link, Paragraph } from "@digdir/designsystemet-react";
import { unitsWhere } from "@sidestilt/domain/access";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { FailedSignInsNotice } from "../../features/auth/failed-sign-ins-notice.tsx";
import { useSession } from "../../features/auth/get-session.ts";
import { viewerOf } from "../../features/auth/session-viewer.ts";
import { CourseList } from "../../features/courses/course-list.tsx";
import { paths } from "../../lib/config/paths.ts";

export function CoursesPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  // Coordinators create courses for the units they coordinate (the API checks the same on create).
  const isCoordinator = session ? unitsWhere(viewerOf(session), ["COORDINATOR"]).length > 0 : false;
  return (
    <div className="stack">
      <PageHeading title={t("courses.title")} />
      <FailedSignInsNotice />
      {isCoordinator ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.newCourse}>{t("courseForm.newCourseLink")}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      <CourseList />
    </div>
  );
}
