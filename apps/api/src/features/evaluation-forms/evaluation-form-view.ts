import type { Viewer } from "@sidestilt/domain/access";
import { type EvaluationFormKind, type Question, questionListSchema } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { countingSignatures, latestCoSignedVersion, signingMemberOf } from "@sidestilt/domain/phase";
import type { Db, Tx } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { FormCourse } from "./evaluation-form-access.ts";

// Reading evaluation forms as the API answers them: the draft (or the bank's defaults while none is
// saved), its latest attributed save, the signatures that count on the current version, and the
// highest version co-signed by both roles (phase.ts holds the co-signing rule for runs and forms).

type Reader = Db | Tx;

export const formSelect = {
  id: true,
  kind: true,
  questions: true,
  version: true,
  updatedAt: true,
  revisions: { orderBy: { version: "desc" }, take: 1, select: { authorId: true, authorRole: true, createdAt: true } },
  // Every version's signatures: which version is co-signed depends on the working group as it is now.
  signatures: { select: { personId: true, role: true, version: true, signedAt: true } },
} satisfies Prisma.EvaluationFormSelect;

export type FormRow = Prisma.EvaluationFormGetPayload<{ select: typeof formSelect }>;

/** Questions as stored: they were checked when saved, and parsing types them and fills defaults. */
export const storedQuestions = (json: Prisma.JsonValue): Question[] => questionListSchema.parse(json);

/** People's current names by id (an erased person keeps a pseudonym, so every id resolves). */
export async function namesOf(db: Reader, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const people = await db.person.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(people.map((person) => [person.id, person.name]));
}

export function findForm(db: Reader, courseId: string, kind: EvaluationFormKind): Promise<FormRow | null> {
  return db.evaluationForm.findUnique({ where: { courseId_kind: { courseId, kind } }, select: formSelect });
}

/** The forms of the given kinds as the viewer sees them, in the given order. */
export async function formViews(
  db: Reader,
  viewer: Viewer,
  course: FormCourse,
  kinds: readonly EvaluationFormKind[],
): Promise<EvaluationFormView[]> {
  const rows = await db.evaluationForm.findMany({
    where: { courseId: course.courseId, kind: { in: [...kinds] } },
    select: formSelect,
  });
  const workingGroup = course.facts.workingGroup;
  const people = rows.flatMap((row) => [
    ...row.revisions.map((revision) => revision.authorId),
    ...countingSignatures(row.signatures, row.version, workingGroup).map((signature) => signature.personId),
  ]);
  const names = await namesOf(db, people);
  return kinds.map((kind) =>
    toView(
      viewer,
      course,
      kind,
      rows.find((row) => row.kind === kind),
      names,
    ),
  );
}

export async function formView(
  db: Reader,
  viewer: Viewer,
  course: FormCourse,
  kind: EvaluationFormKind,
): Promise<EvaluationFormView> {
  const [view] = await formViews(db, viewer, course, [kind]);
  if (!view) throw new Error(`no view of ${kind}`);
  return view;
}

function toView(
  viewer: Viewer,
  course: FormCourse,
  kind: EvaluationFormKind,
  row: FormRow | undefined,
  names: Map<string, string>,
): EvaluationFormView {
  const workingGroup = course.facts.workingGroup;
  const version = row?.version ?? 0;
  const signatures = row?.signatures ?? [];
  const counting = countingSignatures(signatures, version, workingGroup);
  const last = row?.revisions[0];
  const canEdit = course.abilities.canEdit;
  return {
    kind,
    questions: row ? storedQuestions(row.questions) : defaultQuestions(kind),
    version,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    signatures: counting
      .map((signature) => ({
        personId: signature.personId,
        name: names.get(signature.personId) ?? "",
        role: signature.role,
        signedAt: signature.signedAt.toISOString(),
      }))
      .sort((a, b) => a.signedAt.localeCompare(b.signedAt)),
    signedVersion: latestCoSignedVersion(signatures, workingGroup),
    lastEdit: last
      ? {
          authorId: last.authorId,
          authorName: names.get(last.authorId) ?? "",
          authorRole: last.authorRole,
          at: last.createdAt.toISOString(),
        }
      : null,
    abilities: {
      canEdit,
      // Only a saved version can be signed; the web app saves the defaults first.
      canSign:
        canEdit &&
        version > 0 &&
        signingMemberOf(viewer.personId, workingGroup) !== undefined &&
        !counting.some((signature) => signature.personId === viewer.personId),
      hasSigned: signatures.some(
        (signature) => signature.personId === viewer.personId && signature.version === version,
      ),
    },
  };
}
