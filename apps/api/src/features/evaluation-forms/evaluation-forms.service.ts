import type { Viewer } from "@sidestilt/domain/access";
import { type EvaluationFormKind, evaluationFormKinds, type Question } from "@sidestilt/domain/evaluation-form.schema";
import type {
  EvaluationFormRevision,
  EvaluationFormRevisionList,
  EvaluationForms,
  EvaluationFormView,
} from "@sidestilt/domain/evaluation-forms-api.schema";
import { unsignedRoles } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { type FormCourse, loadFormCourseForChange, loadFormCourseForReading } from "./evaluation-form-access.ts";
import { findForm, formView, formViews, namesOf, storedQuestions } from "./evaluation-form-view.ts";

// A course's evaluation forms, one per kind, made on the first save (until then the bank's defaults
// are shown as version 0). Every working-group member edits with the same rights whatever their role;
// every accepted save is a new version with an attributed revision, so signatures given on an earlier
// version no longer count for the new one (they still count for the version they were given on).

/** Both forms of the course, as the viewer sees them. */
export async function getForms(db: Db, viewer: Viewer, courseId: string): Promise<EvaluationForms> {
  const course = await loadFormCourseForReading(db, viewer, courseId);
  return { courseId, forms: await formViews(db, viewer, course, evaluationFormKinds) };
}

/** One form of the course, as the viewer sees it. */
export async function getForm(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
): Promise<EvaluationFormView> {
  return formView(db, viewer, await loadFormCourseForReading(db, viewer, courseId), kind);
}

/** The same questions, whatever order the database gave the keys of the stored JSON. */
function sameQuestions(a: readonly Question[], b: readonly Question[]): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .sort(([x], [y]) => x.localeCompare(y))
          .map(([key, inner]) => [key, canonical(inner)]),
      );
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Saves the draft as the next version (If-Match "0" makes the form). A stale If-Match gets 412 with
 * the stored form; the questions that are stored already change nothing (no version, signatures stand).
 */
export function saveForm(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
  ifMatch: () => number,
  questions: Question[],
): Promise<EvaluationFormView> {
  return db.$transaction(async (tx) => {
    const course = await loadFormCourseForChange(tx, viewer, courseId);
    const expected = ifMatch();
    // The course row is locked: nobody else saves this form until we commit.
    const row = await findForm(tx, courseId, kind);
    const current = row?.version ?? 0;
    if (current !== expected) assertVersion(current, expected, await formView(tx, viewer, course, kind));
    if (row && sameQuestions(storedQuestions(row.questions), questions)) return formView(tx, viewer, course, kind);

    const version = current + 1;
    const form = row
      ? await tx.evaluationForm.update({
          where: { id: row.id },
          data: { questions, version, updatedAt: new Date() },
          select: { id: true },
        })
      : await tx.evaluationForm.create({ data: { courseId, kind, questions, version }, select: { id: true } });
    await tx.evaluationFormRevision.create({
      data: { formId: form.id, version, questions, authorId: viewer.personId, authorRole: course.actingRole },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-form.updated",
      objectType: "evaluation-form",
      objectId: form.id,
      unitIds: course.facts.ownerUnitIds,
      data: { courseId, kind, version, questions: questions.length },
    });
    return formView(tx, viewer, course, kind);
  });
}

/** Whether each version was signed by both roles of the working group as it is now. */
async function coSignedVersions(db: Db, course: FormCourse, formId: string, versions: number[]) {
  const signatures = await db.evaluationFormSignature.findMany({
    where: { formId, version: { in: versions } },
    select: { personId: true, role: true, version: true },
  });
  return (version: number) => unsignedRoles(signatures, version, course.facts.workingGroup).length === 0;
}

const revisionSelect = { version: true, authorId: true, authorRole: true, createdAt: true } as const;

/** The form's saved versions, newest first (none while the course has not saved this kind). */
export async function listRevisions(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
  page: { cursor?: string | undefined; limit: number },
): Promise<EvaluationFormRevisionList> {
  const course = await loadFormCourseForReading(db, viewer, courseId);
  const form = await db.evaluationForm.findUnique({
    where: { courseId_kind: { courseId, kind } },
    select: { id: true },
  });
  if (!form) return { items: [], nextCursor: null };
  // One row more than the page: it tells whether there is a next page.
  const rows = await db.evaluationFormRevision.findMany({
    where: { formId: form.id, ...(page.cursor ? { version: { lt: Number(page.cursor) } } : {}) },
    orderBy: { version: "desc" },
    take: page.limit + 1,
    select: revisionSelect,
  });
  const shown = rows.slice(0, page.limit);
  const names = await namesOf(
    db,
    shown.map((row) => row.authorId),
  );
  const coSigned = await coSignedVersions(
    db,
    course,
    form.id,
    shown.map((row) => row.version),
  );
  const items = shown.map((row) => ({
    ...row,
    authorName: names.get(row.authorId) ?? "",
    createdAt: row.createdAt.toISOString(),
    coSigned: coSigned(row.version),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? String(last.version) : null };
}

/** One saved version with its questions, to preview or compare. */
export async function getRevision(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
  version: number,
): Promise<EvaluationFormRevision> {
  const course = await loadFormCourseForReading(db, viewer, courseId);
  const revision = await db.evaluationFormRevision.findFirst({
    where: { version, form: { courseId, kind } },
    select: { ...revisionSelect, formId: true, questions: true },
  });
  if (!revision) throw new DomainError("not_found", `Version ${version} is not in the history`);
  const { formId, questions, ...row } = revision;
  const names = await namesOf(db, [row.authorId]);
  const coSigned = await coSignedVersions(db, course, formId, [version]);
  return {
    ...row,
    authorName: names.get(row.authorId) ?? "",
    createdAt: row.createdAt.toISOString(),
    coSigned: coSigned(version),
    questions: storedQuestions(questions),
  };
}
