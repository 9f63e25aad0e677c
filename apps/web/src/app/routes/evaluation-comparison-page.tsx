import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams, useSearchParams } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useCourse } from "../../features/courses/get-course.ts";
import { ComparisonView } from "../../features/evaluation/comparison-view.tsx";
import { comparisonKindOf } from "../../features/evaluation/get-comparison.ts";
import { courseHref } from "../../lib/config/paths.ts";

/** The course's runs' evaluations side by side; the kind of form is in the URL (`?kind=`). */
export function EvaluationComparisonPage() {
  const { t } = useTranslation();
  const courseId = useParams().courseId ?? "";
  const course = useCourse(courseId);
  const [search, setSearch] = useSearchParams();
  const kind = comparisonKindOf(search);
  const title = course.data?.data.title;

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={courseHref(courseId)}>
            {title ? t("evaluation.comparison.back", { title }) : t("evaluation.comparison.backPlain")}
          </RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={t("evaluation.comparison.title", { course: title ?? t("evaluation.comparison.course") })} />
      <ComparisonView
        courseId={courseId}
        kind={kind}
        onKindChange={(next) => setSearch({ kind: next }, { preventScrollReset: true, replace: true })}
      />
    </div>
  );
}
