import type { CourseDetail } from "@sidestilt/domain/course.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";
import { formatList } from "../../lib/format.ts";
import { ageRangeText, diagnosisText } from "./course-fact-text.ts";
import { languageLabel } from "./language-options.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A course's facts as a description list. */
export function CourseFacts({ course, language }: { course: CourseDetail; language: Language }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <Fact label={t("coursePage.facts.summary")}>{course.summary || t("coursePage.facts.noSummary")}</Fact>
      <Fact label={t("coursePage.facts.targetGroup")}>{t(`enums.targetGroup.${course.targetGroup}`)}</Fact>
      <Fact label={t("coursePage.facts.age")}>{ageRangeText(t, course.ageFrom, course.ageTo)}</Fact>
      <Fact label={t("coursePage.facts.diagnosis")}>{diagnosisText(t, course.diagnosis)}</Fact>
      <Fact label={t("coursePage.facts.format")}>{t(`enums.format.${course.format}`)}</Fact>
      <Fact label={t("coursePage.facts.languages")}>
        {formatList(
          course.languages.map((code) => languageLabel(t, code)),
          language,
        )}
      </Fact>
      <Fact label={t("coursePage.facts.enrolment")}>{t(`enums.enrolment.${course.enrolment}`)}</Fact>
    </dl>
  );
}
