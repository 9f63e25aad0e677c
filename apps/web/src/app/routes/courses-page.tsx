import { useTranslation } from "react-i18next";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { FailedSignInsNotice } from "../../features/auth/failed-sign-ins-notice.tsx";
import { CourseList } from "../../features/courses/course-list.tsx";

export function CoursesPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageHeading title={t("courses.title")} />
      <FailedSignInsNotice />
      <CourseList />
    </div>
  );
}
