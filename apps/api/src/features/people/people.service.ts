import { personAbilities, type Viewer } from "@sidestilt/domain/access";
import type { Person } from "@sidestilt/domain/person.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { assertVisibleUnit } from "../../lib/object-access.ts";
import { accessFactsOf, personSelect, toPerson } from "./person-view.ts";

/** A unit's people are bounded: a unit with more members than this pages through its audit instead. */
const MAX_MEMBERS = 500;

/** The people of a unit the viewer belongs to, by name. Reading their contact details is audited. */
export async function listUnitPeople(db: Db, viewer: Viewer, unitId: string): Promise<Person[]> {
  await assertVisibleUnit(db, viewer, unitId);
  return db.$transaction(async (tx) => {
    const rows = await tx.person.findMany({
      where: { memberships: { some: { unitId } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_MEMBERS,
      select: personSelect,
    });
    const people = rows.map((row) => toPerson(viewer, row));
    const withContact = people.filter((p) => p.email !== null && p.id !== viewer.personId).map((p) => p.id);
    if (withContact.length > 0) {
      await audit(tx, {
        actorId: viewer.personId,
        action: "person.contact-read",
        objectType: "unit",
        objectId: unitId,
        unitIds: [unitId],
        data: { personIds: withContact },
      });
    }
    return people;
  });
}

/** Loads a person the viewer may see (another unit's person is "not found"). */
export async function loadVisiblePerson(db: Pick<Db, "person">, viewer: Viewer, personId: string) {
  const row = await db.person.findUnique({ where: { id: personId }, select: personSelect });
  if (!row || !personAbilities(viewer, accessFactsOf(row)).canView) throw new DomainError("not_found");
  return row;
}

export async function getPerson(db: Db, viewer: Viewer, personId: string): Promise<Person> {
  return db.$transaction(async (tx) => {
    const row = await loadVisiblePerson(tx, viewer, personId);
    const person = toPerson(viewer, row);
    if (person.email !== null && person.id !== viewer.personId) {
      await audit(tx, {
        actorId: viewer.personId,
        action: "person.contact-read",
        objectType: "person",
        objectId: personId,
        unitIds: accessFactsOf(row).unitIds,
      });
    }
    return person;
  });
}
