import type { CourseDetail } from "@sidestilt/domain/course.schema";
import { useTranslation } from "react-i18next";
import { EditableSection } from "../../components/ui/editable-section.tsx";
import type { Language } from "../../i18n/languages.ts";
import type { Versioned } from "../../lib/api-client.ts";
import { CourseEditForm, editCourseIdPrefix } from "./course-edit-form.tsx";
import { CourseFacts } from "./course-facts.tsx";

type Props = { course: Versioned<CourseDetail>; language: Language };

/** "Om kurset": the course's facts, and an edit form for those who may edit it. */
export function CourseAbout({ course, language }: Props) {
  const { t } = useTranslation();
  return (
    <EditableSection
      heading={t("coursePage.about.heading")}
      editLabel={t("coursePage.about.edit")}
      savedMessage={t("coursePage.about.saved")}
      canEdit={course.data.abilities.canEdit}
      firstFieldId={`${editCourseIdPrefix}-title`}
      facts={<CourseFacts course={course.data} language={language} />}
      form={({ onSaved, onCancel }) => <CourseEditForm current={course} onSaved={onSaved} onCancel={onCancel} />}
    />
  );
}
