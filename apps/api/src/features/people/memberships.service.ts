import { hasRoleIn, unitAbilities, type Viewer } from "@sidestilt/domain/access";
import type { Person } from "@sidestilt/domain/person.schema";
import { DomainError } from "@sidestilt/domain/problem";
import { type RoleAssignment, roleAssignmentErrors } from "@sidestilt/domain/role-assignment";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { loadVisiblePerson } from "./people.service.ts";
import { toPerson } from "./person-view.ts";

/**
 * Loads a membership the viewer may manage: another unit's membership is "not found", a membership in
 * the viewer's unit they may not manage is "forbidden", and nobody changes their own roles.
 */
async function loadManagedMembership(tx: Tx, viewer: Viewer, membershipId: string) {
  const membership = await tx.membership.findUnique({
    where: { id: membershipId },
    select: { id: true, personId: true, unitId: true, role: true, profession: true, representsId: true },
  });
  if (!membership) throw new DomainError("not_found");
  const abilities = unitAbilities(viewer, membership.unitId);
  if (!abilities.canView) throw new DomainError("not_found");
  if (!abilities.canManagePeople || membership.personId === viewer.personId) throw new DomainError("forbidden");
  // Serialise role changes per unit, so that two coordinators cannot remove each other at once.
  await tx.$queryRaw`SELECT id FROM unit WHERE id = ${membership.unitId}::uuid FOR UPDATE`;
  return membership;
}

async function assertKeepsACoordinator(tx: Tx, unitId: string, leavingMembershipId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { unitId, role: "COORDINATOR", id: { not: leavingMembershipId }, person: { active: true } },
  });
  if (others === 0) throw new DomainError("last_coordinator");
}

export async function updateMembership(
  db: Db,
  viewer: Viewer,
  membershipId: string,
  input: RoleAssignment,
): Promise<Person> {
  const personId = await db.$transaction(async (tx) => {
    const membership = await loadManagedMembership(tx, viewer, membershipId);
    const represents = input.representsId
      ? await tx.unit.findUnique({ where: { id: input.representsId }, select: { kind: true } })
      : null;
    const errors = roleAssignmentErrors(input, represents?.kind);
    if (errors.length > 0) throw new DomainError("validation_failed", "The role does not fit", errors);
    if (membership.role === "COORDINATOR" && input.role !== "COORDINATOR") {
      await assertKeepsACoordinator(tx, membership.unitId, membership.id);
    }
    try {
      await tx.membership.update({
        where: { id: membershipId },
        data: { role: input.role, profession: input.profession ?? null, representsId: input.representsId ?? null },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("already_member");
      throw error;
    }
    await tx.person.update({ where: { id: membership.personId }, data: { version: { increment: 1 } } });
    await audit(tx, {
      actorId: viewer.personId,
      action: "membership.updated",
      objectType: "person",
      objectId: membership.personId,
      unitIds: [membership.unitId],
      data: { membershipId, from: membership.role, to: input.role },
    });
    return membership.personId;
  });
  return toPerson(viewer, await loadVisiblePerson(db, viewer, personId));
}

export async function removeMembership(db: Db, viewer: Viewer, membershipId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await loadManagedMembership(tx, viewer, membershipId);
    if (membership.role === "COORDINATOR") await assertKeepsACoordinator(tx, membership.unitId, membership.id);
    await tx.membership.delete({ where: { id: membershipId } });
    await tx.person.update({ where: { id: membership.personId }, data: { version: { increment: 1 } } });
    await audit(tx, {
      actorId: viewer.personId,
      action: "membership.removed",
      objectType: "person",
      objectId: membership.personId,
      unitIds: [membership.unitId],
      data: { membershipId, role: membership.role },
    });
  });
}

/** Whether the viewer coordinates one of the units (used by callers that report who may act). */
export const coordinatesAny = (viewer: Viewer, unitIds: readonly string[]): boolean =>
  unitIds.some((unitId) => hasRoleIn(viewer, unitId, ["COORDINATOR"]));
