import { planElementKinds } from "@sidestilt/domain/plan.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../db/prisma.ts";
import type { Role, RunPhase } from "../generated/prisma/enums.ts";
import { bumpRunVersion } from "./run-access.ts";

export type PlanRevisionInput = {
  runId: string;
  elementId: string;
  /** The element's version the new text replaces: if it moved on meanwhile, 412. */
  fromVersion: number;
  content: string;
  authorId: string;
  authorRole: Role;
  phase: RunPhase;
  restoredFrom: number | null;
};

/**
 * Writes a plan element's next version with an attributed revision, and raises the run's version, so
 * that signatures on the plan as it was no longer count. The one way a plan's text changes: edits,
 * restores and evaluation proposals carried into the next run all come here. Answers the new version.
 */
export async function writePlanRevision(tx: Tx, input: PlanRevisionInput): Promise<number> {
  const version = input.fromVersion + 1;
  const { count } = await tx.planElement.updateMany({
    where: { id: input.elementId, version: input.fromVersion },
    data: { content: input.content, version, updatedAt: new Date() },
  });
  if (count === 0) throw new DomainError("precondition_failed");
  await tx.planRevision.create({
    data: {
      elementId: input.elementId,
      version,
      content: input.content,
      authorId: input.authorId,
      authorRole: input.authorRole,
      phase: input.phase,
      restoredFrom: input.restoredFrom,
    },
  });
  await bumpRunVersion(tx, input.runId);
  return version;
}

/**
 * Gives a run the plan elements it lacks, empty: a run made before its plan existed (or by a path that
 * did not create it) gets them when its plan is first read or changed, since they are what every later
 * edit is a revision of. Idempotent by (run, kind).
 */
export async function ensurePlanElements(db: Pick<Db | Tx, "planElement">, runId: string): Promise<void> {
  const present = new Set(
    (await db.planElement.findMany({ where: { runId }, select: { kind: true } })).map((row) => row.kind),
  );
  const missing = planElementKinds.filter((kind) => !present.has(kind));
  if (missing.length === 0) return;
  await db.planElement.createMany({ data: missing.map((kind) => ({ runId, kind })), skipDuplicates: true });
}
