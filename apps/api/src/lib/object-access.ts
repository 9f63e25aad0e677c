import {
  type CourseAccessFacts,
  courseAbilities,
  type PersonAccessFacts,
  personAbilities,
  unitAbilities,
  type Viewer,
} from "@sidestilt/domain/access";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../db/prisma.ts";

// The facts the access rules need about an object, loaded in one small query each. Features use them
// to decide visibility; a null answer means the object does not exist.

export async function courseAccessFacts(db: Pick<Db, "course">, courseId: string): Promise<CourseAccessFacts | null> {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: {
      owners: { select: { unitId: true } },
      workingGroup: { where: { removedAt: null }, select: { personId: true, role: true } },
    },
  });
  return course ? { ownerUnitIds: course.owners.map((o) => o.unitId), workingGroup: course.workingGroup } : null;
}

export async function personAccessFacts(db: Pick<Db, "person">, personId: string): Promise<PersonAccessFacts | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { id: true, memberships: { select: { unitId: true } } },
  });
  return person ? { id: person.id, unitIds: [...new Set(person.memberships.map((m) => m.unitId))] } : null;
}

/** A unit the viewer may see that exists: system administrators "see" every id, so check the row too. */
export async function assertVisibleUnit(db: Pick<Db, "unit">, viewer: Viewer, unitId: string): Promise<void> {
  if (!unitAbilities(viewer, unitId).canView || (await db.unit.count({ where: { id: unitId } })) === 0) {
    throw new DomainError("not_found");
  }
}

export type VisibleObjectType = "unit" | "person" | "course" | "run" | "invitation";

/** Whether the viewer may see the object (and so its change history). */
export async function canViewObject(
  db: Pick<Db, "course" | "courseRun" | "person" | "invitation" | "unit">,
  viewer: Viewer,
  type: VisibleObjectType,
  id: string,
): Promise<boolean> {
  switch (type) {
    case "unit":
      return unitAbilities(viewer, id).canView && (await db.unit.count({ where: { id } })) === 1;
    case "person": {
      const facts = await personAccessFacts(db, id);
      return facts !== null && personAbilities(viewer, facts).canView;
    }
    case "course": {
      const facts = await courseAccessFacts(db, id);
      return facts !== null && courseAbilities(viewer, facts).canView;
    }
    case "run": {
      const run = await db.courseRun.findUnique({ where: { id }, select: { courseId: true } });
      const facts = run ? await courseAccessFacts(db, run.courseId) : null;
      return facts !== null && courseAbilities(viewer, facts).canView;
    }
    case "invitation": {
      const invitation = await db.invitation.findUnique({ where: { id }, select: { unitId: true } });
      return invitation !== null && unitAbilities(viewer, invitation.unitId).canManagePeople;
    }
  }
}
