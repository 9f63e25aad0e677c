import { useTranslation } from "react-i18next";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { FailedSignInsNotice } from "../../features/auth/failed-sign-ins-notice.tsx";
import { CourseList } from "../../features/courses/course-list.tsx";
import { usePageTitle } from "../../lib/use-page-title.ts";

export function CoursesPage() {
  const { t } = useTranslation();
  usePageTitle(t("courses.title"));
  return (
    <div className="stack">
      <PageHeading>{t("courses.title")}</PageHeading>
      <FailedSignInsNotice />
      <CourseList />
    </div>
  );
}
