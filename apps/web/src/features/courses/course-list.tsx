import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { CourseCard } from "./course-card.tsx";
import { CourseListEmpty } from "./course-list-empty.tsx";
import { useCourses } from "./get-courses.ts";

export function CourseList() {
  const { t } = useTranslation();
  const courses = useCourses();

  if (courses.isPending) return <LoadingStatus label={t("courses.loading")} />;
  if (!courses.data) {
    // Failed before any page arrived (after a failed refetch the old pages stay on screen).
    return (
      <ErrorAlert
        heading={t("courses.loadError")}
        error={courses.error}
        onRetry={() => void courses.refetch()}
        retryLabel={t("courses.retry")}
        retrying={courses.isFetching}
      />
    );
  }

  const items = courses.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <CourseListEmpty />;

  return (
    <div className="stack">
      <Paragraph role="status">{t("courses.showing", { count: items.length })}</Paragraph>
      <ul className="course-list">
        {items.map((course) => (
          <CourseCard key={course.id} course={course} />
        ))}
      </ul>
      {courses.isFetchNextPageError ? (
        <ErrorAlert
          heading={t("courses.loadError")}
          error={courses.error}
          onRetry={() => void courses.fetchNextPage()}
          retryLabel={t("courses.retry")}
          retrying={courses.isFetchingNextPage}
        />
      ) : courses.hasNextPage ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={courses.isFetchingNextPage}
            onClick={() => {
              if (!courses.isFetchingNextPage) void courses.fetchNextPage();
            }}
          >
            {courses.isFetchingNextPage ? t("courses.loadingMore") : t("courses.loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
