import type { Viewer } from "@sidestilt/domain/access";
import { nextPhases, type RunPhase, signingRoles, transitionBlockers } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { Role } from "@sidestilt/domain/roles";
import type { Sign, SignOff, Transition } from "@sidestilt/domain/sign-off.schema";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadRunForChange, loadRunForReading, type RunContext } from "../../lib/run-access.ts";
import { cancelRunRegistrations } from "./run-cancellation.ts";
import { buildSignOff, factsOf, latestSignatures } from "./sign-off-view.ts";

// Co-signed phase steps (Standard metode): a step needs a user representative's and a professional's
// signature on the exact current version of the run. Signing is not an edit of the run, so it never
// bumps the version (that would void the other party's signature); every write still locks the run,
// so that a signature and an edit, or two steps, cannot interleave.

/** The run's sign-off as the viewer sees it (another unit's run is "not found"). */
export async function getSignOff(db: Db, viewer: Viewer, runId: string): Promise<SignOff> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  return buildSignOff(db, viewer, context, abilities.canEdit);
}

const isSigningRole = (role: Role) => (signingRoles as readonly Role[]).includes(role);

function assertNextPhase(run: RunContext, target: RunPhase): void {
  if (!nextPhases(run.phase).includes(target)) {
    throw new DomainError("transition_blocked", `The run cannot move from ${run.phase} to ${target}`, undefined, {
      blockers: [{ code: "transition_not_allowed" }],
    });
  }
}

/**
 * Signs the step to `targetPhase` on `version`. Returns whether a signature was added: signing the same
 * version again changes nothing.
 */
export async function sign(db: Db, viewer: Viewer, runId: string, input: Sign): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, runId);
    const member = run.workingGroup.find((m) => m.personId === viewer.personId && isSigningRole(m.role));
    if (!member) {
      throw new DomainError("forbidden", "Only the working group's user representatives and professionals sign");
    }
    assertNextPhase(run, input.targetPhase);
    if (input.version !== run.version) {
      throw new DomainError("signature_stale", `The current version is ${run.version}`, undefined, {
        version: run.version,
      });
    }
    const key = { runId, personId: viewer.personId, targetPhase: input.targetPhase, version: run.version };
    const existing = await tx.runSignature.findUnique({
      where: { runId_personId_targetPhase_version: key },
      select: { id: true, role: true },
    });
    if (existing?.role === member.role) return false;
    if (existing) {
      // Their role in the group changed since they signed this version: the signature is in the new role.
      await tx.runSignature.update({ where: { id: existing.id }, data: { role: member.role, signedAt: new Date() } });
    } else {
      await tx.runSignature.create({ data: { ...key, role: member.role } });
    }
    await audit(tx, {
      actorId: viewer.personId,
      action: "run.signed",
      objectType: "run",
      objectId: runId,
      unitIds: run.ownerUnitIds,
      data: { targetPhase: input.targetPhase, version: run.version, role: member.role },
    });
    return true;
  });
}

/** Withdraws the viewer's own signature for the step on the current version; nothing to withdraw is fine. */
export async function withdrawSignature(db: Db, viewer: Viewer, runId: string, targetPhase: RunPhase): Promise<void> {
  await db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, runId);
    const { count } = await tx.runSignature.deleteMany({
      where: { runId, personId: viewer.personId, targetPhase, version: run.version },
    });
    if (count === 0) return;
    await audit(tx, {
      actorId: viewer.personId,
      action: "run.signature-withdrawn",
      objectType: "run",
      objectId: runId,
      unitIds: run.ownerUnitIds,
      data: { targetPhase, version: run.version },
    });
  });
}

/**
 * Moves the run to the next phase (or cancels it) once nothing blocks the step: the blockers are
 * computed again under the lock, from the working group and signatures as they are now. Anyone who
 * may edit the run may take an unblocked step; the signatures are what the group agreed. Cancelling
 * records the phase the run left and cancels its registrations, telling the participants by email.
 */
export async function transition(db: Db, viewer: Viewer, runId: string, input: Transition): Promise<SignOff> {
  await db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, runId);
    const signatures = await latestSignatures(tx, runId, [input.targetPhase]);
    const blockers = transitionBlockers(factsOf(run, input.targetPhase, signatures));
    if (blockers.length > 0) {
      throw new DomainError("transition_blocked", "The step is not signed by both roles yet", undefined, {
        blockers,
      });
    }
    // Only the phase changes: the version stays, so no edit is implied and nothing else is voided
    // (signatures are per target phase, so the next step starts with none).
    const cancelling = input.targetPhase === "CANCELLED";
    await tx.courseRun.update({
      where: { id: runId },
      data: { phase: input.targetPhase, ...(cancelling ? { cancelledFrom: run.phase } : {}) },
    });
    const cancelledRegistrations = cancelling ? await cancelRunRegistrations(tx, runId, new Date()) : 0;
    await audit(tx, {
      actorId: viewer.personId,
      action: "run.phase-changed",
      objectType: "run",
      objectId: runId,
      unitIds: run.ownerUnitIds,
      data: { from: run.phase, to: input.targetPhase, ...(cancelling ? { cancelledRegistrations } : {}) },
    });
  });
  return getSignOff(db, viewer, runId);
}
