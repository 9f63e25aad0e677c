import type { Viewer } from "@sidestilt/domain/access";
import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { signingMemberOf } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadFormCourseForChange } from "./evaluation-form-access.ts";
import { findForm, formView } from "./evaluation-form-view.ts";

// Co-signing a form version (Standard metode: the working group evaluates as equals): a user
// representative and a professional of the group each sign the exact version they read. Signing is not
// an edit, so it never raises the version; a later save does, and the earlier signatures then stay on
// the version they were given on. Every write locks the course, so that a signature and a save cannot
// interleave.

/**
 * Signs the form's current version, which the signer names in If-Match. Returns whether a signature
 * was added: signing the same version again changes nothing.
 */
export function signForm(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
  ifMatch: () => number,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const course = await loadFormCourseForChange(tx, viewer, courseId);
    const member = signingMemberOf(viewer.personId, course.facts.workingGroup);
    if (!member) {
      throw new DomainError("forbidden", "Only the working group's user representatives and professionals sign");
    }
    const expected = ifMatch();
    const form = await findForm(tx, courseId, kind);
    const version = form?.version ?? 0;
    if (expected !== version) {
      throw new DomainError(
        "signature_stale",
        `The current version is ${version}`,
        undefined,
        await formView(tx, viewer, course, kind),
      );
    }
    if (!form) throw new DomainError("conflict", "Save the form before signing it: the defaults are not a version");

    const key = { formId: form.id, personId: viewer.personId, version };
    const existing = form.signatures.find(
      (signature) => signature.personId === viewer.personId && signature.version === version,
    );
    if (existing?.role === member.role) return false;
    if (existing) {
      // Their role in the group changed since they signed this version: the signature is in the new role.
      await tx.evaluationFormSignature.update({
        where: { formId_personId_version: key },
        data: { role: member.role, signedAt: new Date() },
      });
    } else {
      await tx.evaluationFormSignature.create({ data: { ...key, role: member.role } });
    }
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-form.signed",
      objectType: "evaluation-form",
      objectId: form.id,
      unitIds: course.facts.ownerUnitIds,
      data: { courseId, kind, version, role: member.role },
    });
    return true;
  });
}

/** Withdraws the viewer's own signature on the current version; nothing to withdraw is fine. */
export async function withdrawSignature(
  db: Db,
  viewer: Viewer,
  courseId: string,
  kind: EvaluationFormKind,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const course = await loadFormCourseForChange(tx, viewer, courseId);
    const form = await findForm(tx, courseId, kind);
    if (!form) return;
    const { count } = await tx.evaluationFormSignature.deleteMany({
      where: { formId: form.id, personId: viewer.personId, version: form.version },
    });
    if (count === 0) return;
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-form.signature-withdrawn",
      objectType: "evaluation-form",
      objectId: form.id,
      unitIds: course.facts.ownerUnitIds,
      data: { courseId, kind, version: form.version },
    });
  });
}
