import type { Invitation, InvitationStatus } from "@sidestilt/domain/invitation.schema";
import type { Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

export const invitationSelect = {
  id: true,
  email: true,
  name: true,
  unitId: true,
  role: true,
  profession: true,
  representsId: true,
  locale: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  emailed: true,
  invitedBy: { select: { id: true, name: true } },
} satisfies Prisma.InvitationSelect;

export type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

/**
 * The status is computed from the row rather than stored, so that expiry needs no job. Accepted wins
 * over revoked: erasing a person revokes the invitations that name them, accepted ones included.
 */
export function invitationStatus(
  row: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">,
  now = new Date(),
): InvitationStatus {
  if (row.acceptedAt) return "ACCEPTED";
  if (row.revokedAt) return "REVOKED";
  if (row.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "PENDING";
}

/** The invitation as its unit's coordinators see it; `representsNames` maps user organisations' ids to names. */
export function toInvitation(row: InvitationRow, representsNames: ReadonlyMap<string, string>): Invitation {
  const representsName = row.representsId ? representsNames.get(row.representsId) : undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    unitId: row.unitId,
    role: row.role,
    profession: row.profession,
    represents: row.representsId && representsName ? { id: row.representsId, name: representsName } : null,
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: invitationStatus(row),
    emailed: row.emailed,
  };
}

/** The names of the user organisations the invitations name (the schema has no relation for it). */
export async function representsNamesOf(
  db: Pick<Db, "unit">,
  rows: readonly Pick<InvitationRow, "representsId">[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.representsId ? [row.representsId] : [])))];
  if (ids.length === 0) return new Map();
  const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(units.map((unit) => [unit.id, unit.name]));
}
