import { type CourseAbilities, type CourseAccessFacts, courseAbilities, type Viewer } from "@sidestilt/domain/access";
import { isClosed, runPhases } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../db/prisma.ts";
import { courseAccessFacts } from "./object-access.ts";

// Loading a course for reading or for a change: for a change the course row is locked until the
// transaction ends, so that changes to one course (its facts, owners, working group and evaluation
// forms) happen one at a time and always see each other.

export type CourseNeed = "edit" | "manage-working-group";

export type CourseContext = { facts: CourseAccessFacts; abilities: CourseAbilities };

/** A course the viewer may see; another unit's course is "not found". */
export async function loadCourseForReading(
  db: Pick<Db, "course">,
  viewer: Viewer,
  courseId: string,
): Promise<CourseContext> {
  const facts = await courseAccessFacts(db, courseId);
  if (!facts) throw new DomainError("not_found");
  const abilities = courseAbilities(viewer, facts);
  if (!abilities.canView) throw new DomainError("not_found");
  return { facts, abilities };
}

/** Not found for those who may not see the course, forbidden for those who may see but not do this. */
export async function loadCourseForChange(
  tx: Tx,
  viewer: Viewer,
  courseId: string,
  need: CourseNeed,
): Promise<CourseContext> {
  await tx.$queryRaw`SELECT id FROM course WHERE id = ${courseId}::uuid FOR UPDATE`;
  const { facts, abilities } = await loadCourseForReading(tx, viewer, courseId);
  const allowed = need === "edit" ? abilities.canEdit : abilities.canManageWorkingGroup;
  if (!allowed) throw new DomainError("forbidden");
  return { facts, abilities };
}

/** The role the viewer acts in (as in lib/run-access.ts): their working-group role, else coordinator. */
export const actingRoleOf = (viewer: Viewer, facts: CourseAccessFacts): Role =>
  facts.workingGroup.find((member) => member.personId === viewer.personId)?.role ?? "COORDINATOR";

const openPhases = runPhases.filter((phase) => !isClosed(phase));

/**
 * A change to the working group changes whose signatures count, so every open run of the course gets a
 * new version (as bumpRunVersion does for one run): signatures given before the change no longer count.
 */
export async function bumpOpenRunVersions(tx: Tx, courseId: string): Promise<void> {
  await tx.courseRun.updateMany({
    where: { courseId, phase: { in: openPhases } },
    data: { version: { increment: 1 } },
  });
}
