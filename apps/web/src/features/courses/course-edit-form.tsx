import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type CourseDetail, courseChangesSchema } from "@sidestilt/domain/course.schema";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import type { Versioned } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import type { FormIssue } from "../../lib/form-issues.ts";
import { formatList } from "../../lib/format.ts";
import { ageRangeText } from "./course-fact-text.ts";
import { CourseFields, courseFieldId } from "./course-fields.tsx";
import {
  apiIssuesOf,
  type CourseField,
  type CourseValues,
  courseFields,
  courseInputOf,
  courseValuesOf,
  differingFields,
  mergeUntouched,
  validateWith,
} from "./course-form-values.ts";
import { courseIssueMessage } from "./course-issue-message.ts";
import { languageLabel } from "./language-options.ts";
import { useUpdateCourse } from "./update-course.ts";

export const editCourseIdPrefix = "edit-course";

type Props = {
  /** The course as cached now (fetched again after a conflict) with its ETag. */
  current: Versioned<CourseDetail>;
  onSaved: () => void;
  onCancel: () => void;
};

/** What was saved meanwhile by someone else, and which of the person's fields differ from it. */
type Conflict = { savedNow: CourseValues; differences: CourseField[] };

/**
 * Edits a course's facts with If-Match. When someone else saved in between (412), nothing typed is
 * lost: the course is fetched again, fields the person had not touched take the saved values, the
 * ones they changed keep their text, and a warning lists what is saved now where it differs. The next
 * save ("Lagre mine endringer likevel") sends the new ETag: an overwrite only after it was seen.
 */
export function CourseEditForm({ current, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const update = useUpdateCourse();
  const [values, setValues] = useState(() => courseValuesOf(current.data));
  // The saved version the draft is based on: what a save may overwrite.
  const [base, setBase] = useState(() => ({ etag: current.etag, values: courseValuesOf(current.data) }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const stale = update.error instanceof ApiError && update.error.code === "precondition_failed";

  // After a 412 the course is fetched again; once the newer version is here, take it in (see above).
  useEffect(() => {
    if (!stale || current.etag === base.etag) return;
    const savedNow = courseValuesOf(current.data);
    const merged = mergeUntouched(values, base.values, savedNow);
    setValues(merged);
    setConflict({ savedNow, differences: differingFields(savedNow, merged) });
    setBase({ etag: current.etag, values: savedNow });
  }, [stale, current, base, values]);

  const known = new Set<string>(courseFields);
  const issues = (clientIssues.length > 0 ? clientIssues : apiIssuesOf(update.error)).filter((issue) =>
    known.has(issue.field),
  );
  const errorFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? courseIssueMessage(t, issue) : undefined;
  };

  const savedText = (field: CourseField, saved: CourseValues): string => {
    switch (field) {
      case "targetGroup":
        return saved.targetGroup ? t(`enums.targetGroup.${saved.targetGroup}`) : "";
      case "format":
        return saved.format ? t(`enums.format.${saved.format}`) : "";
      case "enrolment":
        return saved.enrolment ? t(`enums.enrolment.${saved.enrolment}`) : "";
      case "ageFrom":
      case "ageTo":
        return ageRangeText(t, saved.ageFrom ? Number(saved.ageFrom) : null, saved.ageTo ? Number(saved.ageTo) : null);
      case "diagnosis":
        return saved.diagnosisIndependent ? t("coursePage.facts.diagnosisIndependent") : saved.diagnosis;
      case "languages":
        return formatList(
          saved.languages.map((code) => languageLabel(t, code)),
          language,
        );
      default:
        return saved[field] || t("coursePage.facts.noSummary");
    }
  };
  const fieldLabel = (field: CourseField): string =>
    field === "ageFrom" || field === "ageTo"
      ? t("coursePage.facts.age")
      : field === "title"
        ? t("courseForm.fields.title")
        : t(`coursePage.facts.${field}`);
  // Age from and to are shown as one fact.
  const shownDifferences = (conflict?.differences ?? []).filter(
    (field) => field !== "ageTo" || !conflict?.differences.includes("ageFrom"),
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setAttempt((count) => count + 1);
    const result = validateWith(
      courseChangesSchema,
      courseInputOf(values),
      (field) => field === "title" && values.title.trim() === "",
    );
    const found = result.ok ? [] : [...result.issues];
    if (!values.diagnosisIndependent && values.diagnosis.trim() === "" && !found.some((i) => i.field === "diagnosis")) {
      found.push({ field: "diagnosis", code: "diagnosis_required" });
    }
    setClientIssues(found);
    if (!result.ok || found.length > 0) return;
    update.mutate({ courseId: current.data.id, etag: base.etag, input: result.data }, { onSuccess: onSaved });
  }

  return (
    <form className="stack course-form" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("courseForm.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: courseFieldId(editCourseIdPrefix, issue.field as CourseField),
          message: courseIssueMessage(t, issue),
        }))}
        error={stale ? null : update.error}
        errorLead={t("coursePage.about.saveError")}
      />
      {stale || conflict ? (
        <Alert data-color="warning" role="alert" className="stack">
          <Heading level={3} data-size="xs">
            {t("coursePage.about.conflictHeading")}
          </Heading>
          <Paragraph>{t("coursePage.about.conflictKept")}</Paragraph>
          {conflict && shownDifferences.length > 0 ? (
            <>
              <Paragraph>{t("coursePage.about.conflictSavedNow")}</Paragraph>
              <dl className="facts">
                {shownDifferences.map((field) => (
                  <div key={field} className="facts__item">
                    <dt>{fieldLabel(field)}</dt>
                    <dd>{savedText(field, conflict.savedNow)}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <Paragraph>{t("coursePage.about.conflictAdvice")}</Paragraph>
        </Alert>
      ) : null}
      <CourseFields
        idPrefix={editCourseIdPrefix}
        values={values}
        onChange={(patch) => setValues((draft) => ({ ...draft, ...patch }))}
        errorFor={errorFor}
      />
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {update.isPending
            ? t("coursePage.about.saving")
            : conflict
              ? t("coursePage.about.saveAnyway")
              : t("coursePage.about.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("coursePage.about.cancel")}
        </Button>
      </div>
    </form>
  );
}
