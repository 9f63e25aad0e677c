import { courseAbilities, type Viewer } from "@sidestilt/domain/access";
import { isClosed, type RunPhase } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../db/prisma.ts";
import { courseAccessFacts } from "./object-access.ts";

// Loading a run (gjennomføring) for reading or changing it: the access rules of the course it belongs
// to apply, a closed run (completed or cancelled) cannot change, and every change bumps the run's
// version, which voids signatures given on the previous one.

export type RunContext = {
  runId: string;
  courseId: string;
  phase: RunPhase;
  version: number;
  ownerUnitIds: string[];
  workingGroup: { personId: string; role: Role }[];
  /** The role the viewer acts in: their working-group role, else coordinator of an owner unit. */
  actingRole: Role;
};

async function loadContext(db: Pick<Db, "courseRun" | "course">, viewer: Viewer, runId: string) {
  const run = await db.courseRun.findUnique({
    where: { id: runId },
    select: { id: true, courseId: true, phase: true, version: true },
  });
  if (!run) throw new DomainError("not_found");
  const facts = await courseAccessFacts(db, run.courseId);
  if (!facts) throw new DomainError("not_found");
  const abilities = courseAbilities(viewer, facts);
  if (!abilities.canView) throw new DomainError("not_found");
  const groupRole = facts.workingGroup.find((member) => member.personId === viewer.personId)?.role;
  const context: RunContext = {
    runId: run.id,
    courseId: run.courseId,
    phase: run.phase,
    version: run.version,
    ownerUnitIds: [...facts.ownerUnitIds],
    workingGroup: [...facts.workingGroup],
    actingRole: groupRole ?? "COORDINATOR",
  };
  return { context, abilities };
}

/** A run the viewer may see (another unit's run is "not found"). */
export async function loadRunForReading(db: Pick<Db, "courseRun" | "course">, viewer: Viewer, runId: string) {
  return loadContext(db, viewer, runId);
}

/**
 * A run the viewer may change, locked until the transaction ends so that changes to one run happen one
 * at a time: not found for strangers, forbidden for those who may only read, conflict when closed.
 */
export async function loadRunForChange(tx: Tx, viewer: Viewer, runId: string): Promise<RunContext> {
  await tx.$queryRaw`SELECT id FROM course_run WHERE id = ${runId}::uuid FOR UPDATE`;
  const { context, abilities } = await loadContext(tx, viewer, runId);
  if (!abilities.canEdit) throw new DomainError("forbidden");
  if (isClosed(context.phase)) throw new DomainError("run_closed");
  return context;
}

/** Records that the run changed: a new version, on which earlier signatures no longer count. */
export async function bumpRunVersion(tx: Tx, runId: string): Promise<number> {
  const run = await tx.courseRun.update({
    where: { id: runId },
    data: { version: { increment: 1 } },
    select: { version: true },
  });
  return run.version;
}
