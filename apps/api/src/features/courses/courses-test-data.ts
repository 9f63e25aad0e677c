import type { PlanElementKind } from "@sidestilt/domain/plan.schema";
import { planElementKinds } from "@sidestilt/domain/plan.schema";
import type { Db } from "../../db/prisma.ts";
import type { Role, RunPhase } from "../../generated/prisma/enums.ts";
import { unique } from "../../test/fixtures.ts";

// Test data for the courses feature's tests: a course with its owners, working group and runs, each
// run with its six plan elements.

export type RunData = {
  startsOn: string;
  endsOn?: string;
  phase?: RunPhase;
  plan?: Partial<Record<PlanElementKind, string>>;
};

export async function createCourseWith(
  db: Db,
  options: { ownerUnitIds: string[]; members?: { personId: string; role: Role }[]; runs?: RunData[] },
) {
  return db.course.create({
    data: {
      title: unique("Mestringskurs"),
      targetGroup: "PATIENTS",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: options.ownerUnitIds.map((unitId) => ({ unitId })) },
      workingGroup: { create: options.members ?? [] },
      runs: {
        create: (options.runs ?? []).map((run) => ({
          startsOn: new Date(run.startsOn),
          endsOn: new Date(run.endsOn ?? run.startsOn),
          capacity: 12,
          phase: run.phase ?? "PLANNING",
          plan: { create: planElementKinds.map((kind) => ({ kind, content: run.plan?.[kind] ?? "" })) },
        })),
      },
    },
    include: { runs: { orderBy: { startsOn: "asc" } } },
  });
}

/** The plan of a run as kind → content, with each element's revisions. */
export async function planOf(db: Db, runId: string) {
  const elements = await db.planElement.findMany({
    where: { runId },
    select: {
      kind: true,
      content: true,
      revisions: { select: { version: true, content: true, authorId: true, authorRole: true, phase: true } },
    },
  });
  return Object.fromEntries(elements.map((element) => [element.kind, element])) as Record<
    PlanElementKind,
    (typeof elements)[number]
  >;
}

export const auditOf = (db: Db, action: string, objectId: string) =>
  db.auditEvent.findMany({ where: { action, objectId }, orderBy: { id: "asc" } });

export const fingerprintOf = async (db: Db, courseId: string) =>
  JSON.stringify(
    await db.course.findUnique({
      where: { id: courseId },
      include: { owners: true, workingGroup: true, runs: { include: { plan: { include: { revisions: true } } } } },
    }),
  );
