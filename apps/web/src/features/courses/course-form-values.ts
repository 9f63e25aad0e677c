import {
  type CourseChangesInput,
  type CourseDetail,
  type CourseFormat,
  type Enrolment,
  type RunChangesInput,
  runChangesSchema,
  type TargetGroup,
} from "@sidestilt/domain/course.schema";
import type { ZodType } from "zod";
import { apiFieldIssues, type FormIssue, issueCode, type Validation } from "../../lib/form-issues.ts";

/** A course's facts as the form holds them (text as typed; the schema turns them into the API's shape). */
export type CourseValues = {
  title: string;
  summary: string;
  targetGroup: TargetGroup | "";
  ageFrom: string;
  ageTo: string;
  diagnosisIndependent: boolean;
  diagnosis: string;
  format: CourseFormat | "";
  languages: string[];
  enrolment: Enrolment | "";
};

export const courseFields = [
  "title",
  "summary",
  "targetGroup",
  "ageFrom",
  "ageTo",
  "diagnosis",
  "format",
  "languages",
  "enrolment",
] as const;
export type CourseField = (typeof courseFields)[number];

export const emptyCourseValues: CourseValues = {
  title: "",
  summary: "",
  targetGroup: "",
  ageFrom: "",
  ageTo: "",
  diagnosisIndependent: false,
  diagnosis: "",
  format: "",
  languages: [],
  enrolment: "",
};

/** The values a course's facts (from the API or a template) put in the form. */
export function courseValuesOf(
  facts: Pick<
    CourseDetail,
    "title" | "summary" | "targetGroup" | "ageFrom" | "ageTo" | "diagnosis" | "format" | "languages" | "enrolment"
  >,
): CourseValues {
  return {
    title: facts.title,
    summary: facts.summary,
    targetGroup: facts.targetGroup,
    ageFrom: facts.ageFrom === null ? "" : String(facts.ageFrom),
    ageTo: facts.ageTo === null ? "" : String(facts.ageTo),
    diagnosisIndependent: facts.diagnosis === null,
    diagnosis: facts.diagnosis ?? "",
    format: facts.format,
    languages: [...facts.languages],
    enrolment: facts.enrolment,
  };
}

const numberOrNull = (text: string): number | null => (text.trim() === "" ? null : Number(text.trim()));

/** The request body for the course's facts (checked with the domain's schema before sending). */
export function courseInputOf(values: CourseValues): CourseChangesInput {
  return {
    title: values.title,
    summary: values.summary,
    targetGroup: values.targetGroup as TargetGroup,
    ageFrom: numberOrNull(values.ageFrom),
    ageTo: numberOrNull(values.ageTo),
    diagnosis: values.diagnosisIndependent ? null : values.diagnosis,
    format: values.format as CourseFormat,
    languages: values.languages,
    enrolment: values.enrolment as Enrolment,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

export function sameValue(a: CourseValues[keyof CourseValues], b: CourseValues[keyof CourseValues]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : a === b;
}

/**
 * A field the person left as it was (`typed` equals `started`) takes the `next` value; a field they
 * changed keeps what they typed. Used when a template is swapped for another, and after a conflict
 * (412) to take in what someone else saved without losing anything typed.
 */
export function mergeUntouched(typed: CourseValues, started: CourseValues, next: CourseValues): CourseValues {
  const merged = { ...typed };
  for (const key of Object.keys(typed) as (keyof CourseValues)[]) {
    if (sameValue(typed[key], started[key])) Object.assign(merged, { [key]: next[key] });
  }
  return merged;
}

/** The facts that differ between two versions, in the form's order. */
export function differingFields(a: CourseValues, b: CourseValues): CourseField[] {
  return courseFields.filter((field) =>
    field === "diagnosis"
      ? a.diagnosisIndependent !== b.diagnosisIndependent ||
        (!a.diagnosisIndependent && a.diagnosis.trim() !== b.diagnosis.trim())
      : !sameValue(a[field], b[field]),
  );
}

/** A run's dates, place and capacity as the form holds them. */
export type RunValues = { startsOn: string; endsOn: string; venue: string; videoLink: string; capacity: string };
export const runFields = ["startsOn", "endsOn", "venue", "videoLink", "capacity"] as const;
export type RunField = (typeof runFields)[number];
export const emptyRunValues: RunValues = { startsOn: "", endsOn: "", venue: "", videoLink: "", capacity: "" };

export function runInputOf(values: RunValues): RunChangesInput {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    venue: values.venue,
    videoLink: values.videoLink,
    capacity: values.capacity.trim() === "" ? Number.NaN : Number(values.capacity.trim()),
  };
}

/**
 * The form's name for a field the API or zod names by its path: items of a list belong to the list
 * (`languages.1` → `languages`), a first run's fields keep their prefix (`firstRun.endsOn`).
 */
export function formFieldOf(path: string): string {
  const [head, next] = path.split(".");
  if (head === "firstRun" && next) return `firstRun.${next}`;
  return head ?? "";
}

/**
 * Checks values with the schema the server uses, one issue per field (the first). A field left empty
 * gets the code `required` whatever the schema's own code; `isEmpty` says which fields are empty.
 */
export function validateWith<T>(
  schema: ZodType<T>,
  input: unknown,
  isEmpty: (field: string) => boolean,
  prefix = "",
): Validation<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issues: FormIssue[] = [];
  for (const issue of result.error.issues) {
    const field = formFieldOf(`${prefix}${issue.path.map(String).join(".")}`);
    if (issues.some((existing) => existing.field === field)) continue;
    issues.push({ field, code: isEmpty(field) ? "required" : issueCode(issue) });
  }
  return { ok: false, issues };
}

/** Checks a run's values (the new-run form and a new course's first run, with `prefix` "firstRun."). */
export function validateRun(values: RunValues, prefix = "") {
  return validateWith(
    runChangesSchema,
    runInputOf(values),
    (field) => {
      const name = field.slice(prefix.length) as RunField;
      return (name === "startsOn" || name === "endsOn" || name === "capacity") && values[name].trim() === "";
    },
    prefix,
  );
}

/** The API's field errors under the form's field names. */
export function apiIssuesOf(error: unknown): FormIssue[] {
  const issues: FormIssue[] = [];
  for (const issue of apiFieldIssues(error)) {
    const field = formFieldOf(issue.field);
    if (!issues.some((existing) => existing.field === field)) issues.push({ ...issue, field });
  }
  return issues;
}
