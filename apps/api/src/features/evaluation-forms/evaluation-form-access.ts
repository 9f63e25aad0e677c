import { type CourseAbilities, type CourseAccessFacts, courseAbilities, type Viewer } from "@sidestilt/domain/access";
import { DomainError } from "@sidestilt/domain/problem";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../../db/prisma.ts";
import { courseAccessFacts } from "../../lib/object-access.ts";

// A course's evaluation forms are read by whoever may read the course (its user representatives
// included) and changed by its editors: working-group members of every role and the owner units'
// coordinators (`courseAbilities`). Writes lock the course row, as course changes do
// (features/courses/course-access.ts, which features may not import): saves and signatures of one
// course's forms, and changes to its working group (which change whose signatures count), happen one
// at a time and see each other.

export type FormCourse = {
  courseId: string;
  facts: CourseAccessFacts;
  abilities: CourseAbilities;
  /** The viewer's working-group role, else coordinator (an owner unit's coordinator outside the group). */
  actingRole: Role;
};

function contextOf(viewer: Viewer, courseId: string, facts: CourseAccessFacts | null): FormCourse {
  if (!facts) throw new DomainError("not_found");
  const abilities = courseAbilities(viewer, facts);
  if (!abilities.canView) throw new DomainError("not_found");
  const groupRole = facts.workingGroup.find((member) => member.personId === viewer.personId)?.role;
  return { courseId, facts, abilities, actingRole: groupRole ?? "COORDINATOR" };
}

/** A course the viewer may read (another unit's course is "not found"). */
export async function loadCourseForReading(db: Db | Tx, viewer: Viewer, courseId: string): Promise<FormCourse> {
  return contextOf(viewer, courseId, await courseAccessFacts(db, courseId));
}

/** A course whose forms the viewer may change, locked until the transaction ends (403 for readers). */
export async function loadCourseForChange(tx: Tx, viewer: Viewer, courseId: string): Promise<FormCourse> {
  await tx.$queryRaw`SELECT id FROM course WHERE id = ${courseId}::uuid FOR UPDATE`;
  const course = contextOf(viewer, courseId, await courseAccessFacts(tx, courseId));
  if (!course.abilities.canEdit) throw new DomainError("forbidden");
  return course;
}
