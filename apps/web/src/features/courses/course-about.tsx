import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { CourseDetail } from "@sidestilt/domain/course.schema";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";
import type { Versioned } from "../../lib/api-client.ts";
import { CourseEditForm, editCourseIdPrefix } from "./course-edit-form.tsx";
import { CourseFacts } from "./course-facts.tsx";

type Props = { course: Versioned<CourseDetail>; language: Language };

/** "Om kurset": the course's facts, and an edit form for those who may edit it. */
export function CourseAbout({ course, language }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function stopEditing(saved: boolean) {
    setEditing(false);
    setStatus(saved ? t("coursePage.about.saved") : "");
    // The form is gone: put focus back where editing started.
    requestAnimationFrame(() => (editButton.current ?? heading.current)?.focus());
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading ref={heading} id={headingId} level={2} data-size="md" tabIndex={-1} className="section-heading">
        {t("coursePage.about.heading")}
      </Heading>
      <Paragraph role="status">{status}</Paragraph>
      {editing ? (
        <CourseEditForm current={course} onSaved={() => stopEditing(true)} onCancel={() => stopEditing(false)} />
      ) : (
        <>
          <CourseFacts course={course.data} language={language} />
          {course.data.abilities.canEdit ? (
            <div>
              <Button
                ref={editButton}
                type="button"
                variant="secondary"
                onClick={() => {
                  setStatus("");
                  setEditing(true);
                  requestAnimationFrame(() => document.getElementById(`${editCourseIdPrefix}-title`)?.focus());
                }}
              >
                {t("coursePage.about.edit")}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
