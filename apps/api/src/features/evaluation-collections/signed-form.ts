import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { latestCoSignedVersion, type WorkingGroupMember } from "@sidestilt/domain/phase";
import type { Db, Tx } from "../../db/prisma.ts";

/**
 * Per kind of form, the course's revision that answers are collected with: the latest version a user
 * representative and a professional of the working group as it is now both signed (phase.ts).
 */
export async function signedFormRevisions(
  db: Pick<Db | Tx, "evaluationForm">,
  courseId: string,
  workingGroup: readonly WorkingGroupMember[],
): Promise<Map<EvaluationFormKind, { id: string; version: number }>> {
  const forms = await db.evaluationForm.findMany({
    where: { courseId },
    select: {
      kind: true,
      signatures: { select: { personId: true, role: true, version: true } },
      revisions: { select: { id: true, version: true } },
    },
  });
  const signed = new Map<EvaluationFormKind, { id: string; version: number }>();
  for (const form of forms) {
    const version = latestCoSignedVersion(form.signatures, workingGroup);
    const revision = form.revisions.find((candidate) => candidate.version === version);
    if (revision) signed.set(form.kind, revision);
  }
  return signed;
}
