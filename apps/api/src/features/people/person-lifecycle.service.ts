import { personAbilities, type Viewer } from "@sidestilt/domain/access";
import type { Person } from "@sidestilt/domain/person.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadVisiblePerson } from "./people.service.ts";
import { accessFactsOf, personSelect, toPerson } from "./person-view.ts";

/**
 * Deactivates or reactivates an account. Deactivation ends every session of the person at once
 * (in the same transaction), so they are signed out on their very next request.
 */
export async function setActive(db: Db, viewer: Viewer, personId: string, active: boolean): Promise<Person> {
  await db.$transaction(async (tx) => {
    const row = await loadVisiblePerson(tx, viewer, personId);
    const facts = accessFactsOf(row);
    if (!personAbilities(viewer, facts).canDeactivate) throw new DomainError("forbidden");
    if (row.erasedAt) throw new DomainError("conflict", "The person was erased");
    await tx.person.update({ where: { id: personId }, data: { active, version: { increment: 1 } } });
    if (!active) await tx.session.deleteMany({ where: { personId } });
    await audit(tx, {
      actorId: viewer.personId,
      action: active ? "person.reactivated" : "person.deactivated",
      objectType: "person",
      objectId: personId,
      unitIds: facts.unitIds,
    });
  });
  return toPerson(viewer, await loadVisiblePerson(db, viewer, personId));
}

/**
 * Erases a person (the right to erasure): name and contact details are replaced, credentials, sessions,
 * sign-in links and memberships removed. The row stays with its id, which the audit trail and the
 * working groups' history keep as a pseudonym.
 */
export async function erasePerson(db: Db, viewer: Viewer, personId: string): Promise<Person> {
  await db.$transaction(async (tx) => {
    const row = await loadVisiblePerson(tx, viewer, personId);
    const facts = accessFactsOf(row);
    const abilities = personAbilities(viewer, facts);
    if (!abilities.canErase) throw new DomainError(abilities.canDeactivate ? "erase_blocked" : "forbidden");
    if (row.erasedAt) return;
    const pseudonym = `Person ${personId.slice(-8)}`;
    await tx.person.update({
      where: { id: personId },
      data: {
        name: pseudonym,
        email: `erased-${personId}@erased.invalid`,
        phone: null,
        passwordHash: null,
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        active: false,
        erasedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await tx.session.deleteMany({ where: { personId } });
    await tx.oidcIdentity.deleteMany({ where: { personId } });
    await tx.passwordReset.deleteMany({ where: { personId } });
    await tx.membership.deleteMany({ where: { personId } });
    // Invitations sent to the person name them too.
    await tx.invitation.updateMany({
      where: { OR: [{ email: row.email }, { acceptedById: personId }] },
      data: { email: `erased-${personId}@erased.invalid`, name: pseudonym, revokedAt: new Date() },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "person.erased",
      objectType: "person",
      objectId: personId,
      unitIds: facts.unitIds,
    });
  });
  // The erased person is in no unit any more, so it is read without the visibility check.
  return toPerson(viewer, await db.person.findUniqueOrThrow({ where: { id: personId }, select: personSelect }));
}
