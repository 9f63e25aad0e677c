import type { Viewer } from "@sidestilt/domain/access";
import type {
  ProposalStatus,
  RevisionProposal,
  RevisionProposalInput,
} from "@sidestilt/domain/evaluation-meeting.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { ensurePlanElements, writePlanRevision } from "../../lib/plan-revision.ts";
import { loadRunForChange, loadRunForReading } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { proposalsOf } from "./meeting.service.ts";

// Revision proposals: a finding of the evaluation turned into a new text for one plan element. The
// working group accepts or rejects each; accepted ones are written into a later run's plan as
// revisions attributed to whoever proposed them. That raises the later run's version, so its plan must
// be signed again by a user representative and a professional before it can leave planning.

async function proposalById(db: Db, runId: string, proposalId: string) {
  const proposal = (await proposalsOf(db, runId)).find((candidate) => candidate.id === proposalId);
  if (!proposal) throw new DomainError("not_found");
  return proposal;
}

export async function addProposal(
  db: Db,
  viewer: Viewer,
  runId: string,
  input: RevisionProposalInput,
): Promise<RevisionProposal> {
  const id = await db.$transaction(async (tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    const created = await tx.revisionProposal.create({
      data: { runId, ...input, authorId: viewer.personId, authorRole: context.actingRole },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "revision-proposal.created",
      objectType: "revision-proposal",
      objectId: created.id,
      unitIds: context.ownerUnitIds,
      data: { runId, elementKind: input.elementKind },
    });
    return created.id;
  });
  return proposalById(db, runId, id);
}

/** The proposal's run, for access checks: a proposal of a run the viewer cannot see is not found. */
async function runOfProposal(db: Pick<Tx, "revisionProposal">, proposalId: string): Promise<string> {
  const proposal = await db.revisionProposal.findUnique({ where: { id: proposalId }, select: { runId: true } });
  if (!proposal) throw new DomainError("not_found");
  return proposal.runId;
}

/** Accepts, rejects or reopens a proposal (If-Match); one already carried into a plan stays as it is. */
export async function decideProposal(
  db: Db,
  viewer: Viewer,
  proposalId: string,
  ifMatch: () => number,
  status: ProposalStatus,
): Promise<RevisionProposal> {
  const runId = await runOfProposal(db, proposalId);
  await db.$transaction(async (tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    const stored = await tx.revisionProposal.findUniqueOrThrow({ where: { id: proposalId } });
    assertVersion(stored.version, ifMatch());
    if (stored.appliedToRunId) throw new DomainError("proposal_applied");
    if (stored.status === status) return;
    await tx.revisionProposal.update({
      where: { id: proposalId },
      data: {
        status,
        decidedById: status === "PROPOSED" ? null : viewer.personId,
        decidedByRole: status === "PROPOSED" ? null : context.actingRole,
        decidedAt: status === "PROPOSED" ? null : new Date(),
        version: { increment: 1 },
      },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "revision-proposal.decided",
      objectType: "revision-proposal",
      objectId: proposalId,
      unitIds: context.ownerUnitIds,
      data: { status },
    });
  });
  return proposalById(db, runId, proposalId);
}

/**
 * Writes every accepted, not yet applied proposal of the evaluated run into the plan of a later run of
 * the same course that is still in planning, in the order they were proposed. All or nothing.
 */
export async function applyProposals(db: Db, viewer: Viewer, runId: string, targetRunId: string) {
  return db.$transaction(async (tx) => {
    // The evaluated run may be completed by now: its proposals are still the working group's to carry over.
    const { context: source, abilities } = await loadRunForReading(tx, viewer, runId);
    if (!abilities.canEdit) throw new DomainError("forbidden");
    const target = await loadRunForChange(tx, viewer, targetRunId);
    const [sourceRun, targetRun] = await Promise.all([
      tx.courseRun.findUniqueOrThrow({ where: { id: runId }, select: { startsOn: true } }),
      tx.courseRun.findUniqueOrThrow({ where: { id: targetRunId }, select: { startsOn: true } }),
    ]);
    const isNextRun = target.courseId === source.courseId && targetRun.startsOn > sourceRun.startsOn;
    if (!isNextRun || target.phase !== "PLANNING") {
      throw new DomainError("validation_failed", "Proposals go into a later run of the course still in planning", [
        { field: "targetRunId", code: "not_next_run", message: "not_next_run" },
      ]);
    }
    const accepted = await tx.revisionProposal.findMany({
      where: { runId, status: "ACCEPTED", appliedToRunId: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    if (accepted.length === 0) throw new DomainError("no_accepted_proposals");
    await ensurePlanElements(tx, targetRunId);
    for (const proposal of accepted) {
      const element = await tx.planElement.findFirst({
        where: { runId: targetRunId, kind: proposal.elementKind },
        select: { id: true, version: true, content: true },
      });
      if (!element) throw new DomainError("not_found");
      if (element.content !== proposal.proposedText) {
        await writePlanRevision(tx, {
          runId: targetRunId,
          elementId: element.id,
          fromVersion: element.version,
          content: proposal.proposedText,
          authorId: proposal.authorId,
          authorRole: proposal.authorRole,
          phase: target.phase,
          restoredFrom: null,
        });
      }
      await tx.revisionProposal.update({
        where: { id: proposal.id },
        data: { appliedToRunId: targetRunId, version: { increment: 1 } },
      });
    }
    await audit(tx, {
      actorId: viewer.personId,
      action: "revision-proposal.applied",
      objectType: "run",
      objectId: targetRunId,
      unitIds: target.ownerUnitIds,
      data: { fromRunId: runId, proposals: accepted.map((proposal) => proposal.id) },
    });
    const { version } = await tx.courseRun.findUniqueOrThrow({ where: { id: targetRunId }, select: { version: true } });
    return { targetRunId, applied: accepted.length, targetRunVersion: version };
  });
}
