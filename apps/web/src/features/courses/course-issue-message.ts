import type { TFunction } from "i18next";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import type { FormIssue } from "../../lib/form-issues.ts";

/** The label of each field of the course and run forms, for messages that name the field. */
export function courseFieldLabel(t: TFunction, field: string): string {
  const name = field.replace(/^firstRun\./, "");
  switch (name) {
    case "title":
      return t("courseForm.fields.title");
    case "summary":
      return t("courseForm.fields.summary");
    case "diagnosis":
      return t("courseForm.fields.diagnosis");
    case "startsOn":
      return t("courseForm.run.startsOn");
    case "endsOn":
      return t("courseForm.run.endsOn");
    case "venue":
      return t("courseForm.run.venue");
    case "capacity":
      return t("courseForm.run.capacity");
    default:
      return name;
  }
}

/**
 * A field issue of the course or run forms in words. Domain codes come from the shared schemas (the
 * same whether the browser or the API found them): `before_start`, `duplicate_language`, `not_partner`,
 * `sessions_outside`; `required` (an empty field), `diagnosis_required` and `owner_not_coordinated` are
 * the form's own.
 */
export function courseIssueMessage(t: TFunction, issue: FormIssue): string {
  const field = issue.field.replace(/^firstRun\./, "");
  const code = issue.code;
  const generic = () =>
    fieldErrorMessage(
      t,
      code === "required" || code === "too_small" ? "too_small" : code === "too_big" ? "too_big" : "invalid",
      courseFieldLabel(t, field),
    );
  switch (field) {
    case "targetGroup":
      return t("courseForm.errors.chooseTargetGroup");
    case "format":
      return t("courseForm.errors.chooseFormat");
    case "enrolment":
      return t("courseForm.errors.chooseEnrolment");
    case "ageFrom":
    case "ageTo":
      return code === "before_start" ? t("courseForm.errors.ageOrder") : t("courseForm.errors.age");
    case "diagnosis":
      return code === "diagnosis_required" ? t("courseForm.errors.diagnosisRequired") : generic();
    case "languages":
      if (code === "duplicate_language") return t("courseForm.errors.duplicateLanguage");
      if (code === "too_big") return t("courseForm.errors.tooManyLanguages");
      if (code === "too_small") return t("courseForm.errors.chooseLanguage");
      return t("courseForm.errors.invalidLanguage");
    case "ownerUnitIds":
      if (code === "not_partner") return t("courseForm.errors.notPartner");
      if (code === "owner_not_coordinated") return t("courseForm.errors.ownerNotCoordinated");
      return t("courseForm.errors.chooseOwner");
    case "templateKey":
      return t("courseForm.errors.chooseTemplate");
    case "startsOn":
    case "endsOn":
      if (code === "before_start") return t("courseForm.errors.endsBeforeStart");
      if (code === "sessions_outside") return t("courseForm.errors.sessionsOutside");
      return code === "required" ? generic() : t("courseForm.errors.date");
    case "capacity":
      return code === "required" ? generic() : t("courseForm.errors.capacity");
    case "videoLink":
      return code === "too_big" ? generic() : t("courseForm.errors.videoLink");
    default:
      return generic();
  }
}
