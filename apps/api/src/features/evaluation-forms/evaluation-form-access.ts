import type { CourseAbilities, CourseAccessFacts, Viewer } from "@sidestilt/domain/access";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../../db/prisma.ts";
import {
  actingRoleOf,
  type CourseContext,
  loadCourseForChange,
  loadCourseForReading,
} from "../../lib/course-access.ts";

// A course's evaluation forms are read by whoever may read the course (its user representatives
// included) and changed by its editors: working-group members of every role and the owner units'
// coordinators (`courseAbilities`). Writes lock the course row (lib/course-access.ts): saves and
// signatures of one course's forms, and changes to its working group (which change whose signatures
// count), happen one at a time and see each other.

export type FormCourse = {
  courseId: string;
  facts: CourseAccessFacts;
  abilities: CourseAbilities;
  /** The viewer's working-group role, else coordinator (an owner unit's coordinator outside the group). */
  actingRole: Role;
};

const formCourse = (viewer: Viewer, courseId: string, { facts, abilities }: CourseContext): FormCourse => ({
  courseId,
  facts,
  abilities,
  actingRole: actingRoleOf(viewer, facts),
});

/** A course the viewer may read (another unit's course is "not found"). */
export async function loadFormCourseForReading(db: Db | Tx, viewer: Viewer, courseId: string): Promise<FormCourse> {
  return formCourse(viewer, courseId, await loadCourseForReading(db, viewer, courseId));
}

/** A course whose forms the viewer may change, locked until the transaction ends (403 for readers). */
export async function loadFormCourseForChange(tx: Tx, viewer: Viewer, courseId: string): Promise<FormCourse> {
  return formCourse(viewer, courseId, await loadCourseForChange(tx, viewer, courseId, "edit"));
}
