import type { CourseAbilities, Viewer } from "@sidestilt/domain/access";
import type { RunChanges, RunDetail } from "@sidestilt/domain/course.schema";
import { isClosed } from "@sidestilt/domain/phase";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { actingRoleOf, loadCourseForChange } from "../../lib/course-access.ts";
import { bumpRunVersion, loadRunForChange, loadRunForReading } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { isoDate } from "./courses.service.ts";
import { latestSignedPlan } from "./latest-signed-plan.ts";
import { seedPlan } from "./plan-seed.ts";

const runSelect = {
  id: true,
  courseId: true,
  course: { select: { title: true } },
  startsOn: true,
  endsOn: true,
  venue: true,
  videoLink: true,
  capacity: true,
  phase: true,
  cancelledFrom: true,
  version: true,
} as const;

async function runDetail(db: Pick<Db, "courseRun">, runId: string, abilities: CourseAbilities): Promise<RunDetail> {
  const { course, startsOn, endsOn, ...run } = await db.courseRun.findUniqueOrThrow({
    where: { id: runId },
    select: runSelect,
  });
  return {
    ...run,
    courseTitle: course.title,
    startsOn: isoDate(startsOn),
    endsOn: isoDate(endsOn),
    abilities: {
      canEdit: abilities.canEdit && !isClosed(run.phase),
      canManageWorkingGroup: abilities.canManageWorkingGroup,
    },
  };
}

/** A run the viewer may see; another unit's run is "not found". */
export async function getRun(db: Db, viewer: Viewer, runId: string): Promise<RunDetail> {
  const { abilities } = await loadRunForReading(db, viewer, runId);
  return runDetail(db, runId, abilities);
}

const runFields = (input: RunChanges) => ({
  startsOn: new Date(input.startsOn),
  endsOn: new Date(input.endsOn),
  venue: input.venue,
  videoLink: input.videoLink,
  capacity: input.capacity,
});

/**
 * A new run of a course (any working-group member, as any owner coordinator). Its plan starts as a copy
 * of the latest signed plan: the latest run (by start date) that was signed out of planning, else the
 * latest run, else empty. The copy is attributed to the person who made the run, in their role, so that
 * the new run's history begins with who brought the text over.
 */
export async function createRun(db: Db, viewer: Viewer, courseId: string, input: RunChanges): Promise<RunDetail> {
  const { runId, abilities } = await db.$transaction(async (tx) => {
    const { facts, abilities } = await loadCourseForChange(tx, viewer, courseId, "edit");
    const latest = await latestSignedPlan(tx, courseId);
    const run = await tx.courseRun.create({ data: { courseId, ...runFields(input) }, select: { id: true } });
    await seedPlan(tx, run.id, latest.contents, { personId: viewer.personId, role: actingRoleOf(viewer, facts) });
    await audit(tx, {
      actorId: viewer.personId,
      action: "run.created",
      objectType: "course",
      objectId: courseId,
      unitIds: facts.ownerUnitIds,
      data: { runId: run.id, planFrom: latest.runId },
    });
    return { runId: run.id, abilities };
  });
  return runDetail(db, runId, abilities);
}

/** Field errors for programme sessions that the new dates would leave outside the run. */
async function sessionsOutside(db: Pick<Db, "programmeSession">, runId: string, input: RunChanges) {
  const [before, after] = await Promise.all([
    db.programmeSession.count({ where: { runId, date: { lt: new Date(input.startsOn) } } }),
    db.programmeSession.count({ where: { runId, date: { gt: new Date(input.endsOn) } } }),
  ]);
  const errors: FieldError[] = [];
  const message = "A session of the programme would fall outside the run's dates";
  if (before > 0) errors.push({ field: "startsOn", code: "sessions_outside", message });
  if (after > 0) errors.push({ field: "endsOn", code: "sessions_outside", message });
  return errors;
}

/**
 * Called inside the transaction that raised a run's capacity, with the run locked: the new seats may go
 * to people on the run's waiting list (composed in app.ts; the registrations feature owns that rule).
 */
export type CapacityRaised = (tx: Tx, runId: string) => Promise<unknown>;

/** Edits a run's dates, place and capacity, with If-Match on the run's version (which this bumps). */
export async function updateRun(
  db: Db,
  viewer: Viewer,
  runId: string,
  ifMatch: () => number,
  input: RunChanges,
  capacityRaised?: CapacityRaised,
): Promise<RunDetail> {
  await db.$transaction(async (tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    const expected = ifMatch();
    const { course, startsOn, endsOn, ...stored } = await tx.courseRun.findUniqueOrThrow({
      where: { id: runId },
      select: runSelect,
    });
    assertVersion(context.version, expected, { ...stored, startsOn: isoDate(startsOn), endsOn: isoDate(endsOn) });
    const errors = await sessionsOutside(tx, runId, input);
    if (errors.length > 0) throw new DomainError("validation_failed", "Sessions outside the run", errors);
    await tx.courseRun.update({ where: { id: runId }, data: runFields(input) });
    if (capacityRaised && input.capacity > stored.capacity) await capacityRaised(tx, runId);
    const version = await bumpRunVersion(tx, runId);
    await audit(tx, {
      actorId: viewer.personId,
      action: "run.updated",
      objectType: "course",
      objectId: context.courseId,
      unitIds: context.ownerUnitIds,
      data: { runId, version },
    });
  });
  return getRun(db, viewer, runId);
}
