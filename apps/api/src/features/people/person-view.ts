import { personAbilities, unitAbilities, type Viewer } from "@sidestilt/domain/access";
import type { Person } from "@sidestilt/domain/person.schema";
import type { Prisma } from "../../generated/prisma/client.ts";

export const personSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  active: true,
  erasedAt: true,
  lastSignInAt: true,
  memberships: {
    orderBy: [{ unit: { name: "asc" } }, { role: "asc" }],
    select: {
      id: true,
      role: true,
      profession: true,
      unit: { select: { id: true, name: true, kind: true } },
      represents: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.PersonSelect;

export type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;

export const accessFactsOf = (row: Pick<PersonRow, "id" | "memberships">) => ({
  id: row.id,
  unitIds: [...new Set(row.memberships.map((m) => m.unit.id))],
});

/**
 * A person as the viewer may see them: only memberships in units the viewer sees, and contact details
 * only with `canSeeContact`.
 */
export function toPerson(viewer: Viewer, row: PersonRow): Person {
  const abilities = personAbilities(viewer, accessFactsOf(row));
  const self = viewer.personId === row.id;
  const erased = row.erasedAt !== null;
  const contact = abilities.canSeeContact && !erased;
  return {
    id: row.id,
    name: row.name,
    email: contact ? row.email : null,
    phone: contact ? row.phone : null,
    active: row.active,
    erased,
    lastSignInAt: contact && row.lastSignInAt ? row.lastSignInAt.toISOString() : null,
    memberships: row.memberships
      .filter((m) => self || unitAbilities(viewer, m.unit.id).canView)
      .map((m) => ({
        id: m.id,
        unitId: m.unit.id,
        unitName: m.unit.name,
        unitKind: m.unit.kind,
        role: m.role,
        profession: m.profession,
        represents: m.represents,
      })),
    abilities,
  };
}
