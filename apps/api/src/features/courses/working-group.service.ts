import { courseAbilities, personAbilities, type Viewer } from "@sidestilt/domain/access";
import type { NewMember, WorkingGroup } from "@sidestilt/domain/course.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { bumpOpenRunVersions, loadCourseForChange } from "../../lib/course-access.ts";
import { courseAccessFacts, personAccessFacts } from "../../lib/object-access.ts";

/** Working groups are small (a handful of people); the history is bounded all the same. */
const MAX_MEMBERS = 500;

async function workingGroupOf(db: Pick<Db, "workingGroupMember">, courseId: string): Promise<WorkingGroup> {
  const rows = await db.workingGroupMember.findMany({
    where: { courseId },
    orderBy: [{ addedAt: "asc" }, { id: "asc" }],
    take: MAX_MEMBERS,
    select: {
      id: true,
      personId: true,
      role: true,
      profession: true,
      addedAt: true,
      removedAt: true,
      person: { select: { name: true } },
    },
  });
  const members = rows.map(({ person, addedAt, removedAt, ...member }) => ({
    ...member,
    name: person.name,
    addedAt: addedAt.toISOString(),
    removedAt: removedAt?.toISOString() ?? null,
  }));
  // Current members first; former ones after, so the history is there without crowding the group.
  return { members: [...members.filter((m) => !m.removedAt), ...members.filter((m) => m.removedAt)] };
}

/** The course's working group, current and former members, for anyone who may see the course. */
export async function getWorkingGroup(db: Db, viewer: Viewer, courseId: string): Promise<WorkingGroup> {
  const facts = await courseAccessFacts(db, courseId);
  if (!facts || !courseAbilities(viewer, facts).canView) throw new DomainError("not_found");
  return workingGroupOf(db, courseId);
}

/**
 * Adds a person the viewer can see (someone who shares a unit with them) to the working group; the
 * owners' coordinators manage the group. A professional's profession defaults to the one of their role
 * in a unit.
 */
export async function addMember(db: Db, viewer: Viewer, courseId: string, input: NewMember): Promise<WorkingGroup> {
  return db.$transaction(async (tx) => {
    const { facts } = await loadCourseForChange(tx, viewer, courseId, "manage-working-group");
    const personFacts = await personAccessFacts(tx, input.personId);
    if (!personFacts || !personAbilities(viewer, personFacts).canView) throw new DomainError("not_found");
    const person = await tx.person.findUniqueOrThrow({
      where: { id: input.personId },
      select: {
        active: true,
        erasedAt: true,
        memberships: { where: { role: "PROFESSIONAL", profession: { not: null } }, select: { profession: true } },
      },
    });
    if (!person.active || person.erasedAt) {
      throw new DomainError("validation_failed", "The person is deactivated", [
        { field: "personId", code: "person_inactive", message: "The person is deactivated" },
      ]);
    }
    const current = await tx.workingGroupMember.count({
      where: { courseId, personId: input.personId, role: input.role, removedAt: null },
    });
    if (current > 0) throw new DomainError("already_member", "The person already has this role in the working group");
    const profession =
      input.role === "PROFESSIONAL" ? (input.profession ?? person.memberships[0]?.profession ?? null) : null;
    const member = await tx.workingGroupMember.create({
      data: { courseId, personId: input.personId, role: input.role, profession },
      select: { id: true },
    });
    await bumpOpenRunVersions(tx, courseId);
    await audit(tx, {
      actorId: viewer.personId,
      action: "working-group.member-added",
      objectType: "course",
      objectId: courseId,
      unitIds: facts.ownerUnitIds,
      data: { memberId: member.id, personId: input.personId, role: input.role },
    });
    return workingGroupOf(tx, courseId);
  });
}

/** Ends a membership: the row stays with its removal time, so the group's history is kept. */
export async function removeMember(db: Db, viewer: Viewer, memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.workingGroupMember.findUnique({ where: { id: memberId }, select: { courseId: true } });
    if (!found) throw new DomainError("not_found");
    const { facts } = await loadCourseForChange(tx, viewer, found.courseId, "manage-working-group");
    // Read again under the course's lock: another coordinator may have removed the member meanwhile.
    const member = await tx.workingGroupMember.findUniqueOrThrow({
      where: { id: memberId },
      select: { personId: true, role: true, removedAt: true },
    });
    if (member.removedAt) throw new DomainError("not_found", "The member has already left the working group");
    await tx.workingGroupMember.update({ where: { id: memberId }, data: { removedAt: new Date() } });
    await bumpOpenRunVersions(tx, found.courseId);
    await audit(tx, {
      actorId: viewer.personId,
      action: "working-group.member-removed",
      objectType: "course",
      objectId: found.courseId,
      unitIds: facts.ownerUnitIds,
      data: { memberId, personId: member.personId, role: member.role },
    });
  });
}
