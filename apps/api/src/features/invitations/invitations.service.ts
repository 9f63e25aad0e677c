import { unitAbilities, type Viewer } from "@sidestilt/domain/access";
import { type Invitation, invitationValidDays } from "@sidestilt/domain/invitation.schema";
import { DomainError } from "@sidestilt/domain/problem";
import { roleAssignmentErrors } from "@sidestilt/domain/role-assignment";
import type { Locale, Role } from "@sidestilt/domain/roles";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { invitationLink } from "../../lib/links.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { invitationMail } from "./invitation-mail.ts";
import { invitationSelect, representsNamesOf, toInvitation } from "./invitation-view.ts";

/** The newest invitations of a unit that the list shows; older ones stay in the audit log. */
export const MAX_LISTED_INVITATIONS = 200;

const DAY_MS = 86_400_000;

export type InvitationInputValue = {
  email: string;
  name: string;
  locale: Locale;
  role: Role;
  profession?: string | null | undefined;
  representsId?: string | null | undefined;
};

/** How a created invitation leaves the server: by email when there is a mailer, else as a link. */
export type InvitationDelivery = { mailer: Mailer | null; log: FastifyBaseLogger; origin: string };

/**
 * The viewer may manage the unit's invitations: another unit (or a missing one) is "not found", the
 * viewer's own unit without the coordinator role is "forbidden".
 */
function assertManages(viewer: Viewer, unitId: string): void {
  const abilities = unitAbilities(viewer, unitId);
  if (!abilities.canView) throw new DomainError("not_found");
  if (!abilities.canManagePeople) throw new DomainError("forbidden");
}

export async function listInvitations(db: Db, viewer: Viewer, unitId: string): Promise<Invitation[]> {
  assertManages(viewer, unitId);
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
    if (!unit) throw new DomainError("not_found");
    const rows = await tx.invitation.findMany({
      where: { unitId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_LISTED_INVITATIONS,
      select: invitationSelect,
    });
    if (rows.length > 0) {
      // The list shows the invitees' names and email addresses: reading them is audited.
      await audit(tx, {
        actorId: viewer.personId,
        action: "invitation.contact-read",
        objectType: "unit",
        objectId: unitId,
        unitIds: [unitId],
        data: { invitationIds: rows.map((row) => row.id) },
      });
    }
    const names = await representsNamesOf(tx, rows);
    return rows.map((row) => toInvitation(row, names));
  });
}

/**
 * Invites a person to a unit with a role. A still-pending invitation for the same email, unit and role
 * is revoked and replaced. The email goes out after the transaction commits, so that a slow or broken
 * SMTP server never holds locks; when sending fails the coordinator gets the link to pass on instead.
 */
export async function createInvitation(
  db: Db,
  viewer: Viewer,
  unitId: string,
  input: InvitationInputValue,
  delivery: InvitationDelivery,
): Promise<{ invitation: Invitation; link: string | null }> {
  assertManages(viewer, unitId);
  const token = randomToken();
  const { row, unitName, representsName } = await db.$transaction(async (tx) => {
    // Serialises invitations per unit, so that two coordinators cannot leave two pending ones behind.
    const locked = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM unit WHERE id = ${unitId}::uuid FOR UPDATE`;
    const unit = locked[0];
    if (!unit) throw new DomainError("not_found");
    const represents = input.representsId
      ? await tx.unit.findUnique({ where: { id: input.representsId }, select: { kind: true, name: true } })
      : null;
    const errors = roleAssignmentErrors(input, represents?.kind);
    if (errors.length > 0) throw new DomainError("validation_failed", "The role does not fit", errors);
    const member = await tx.membership.findFirst({
      where: { unitId, role: input.role, person: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new DomainError("already_member");

    const now = new Date();
    const replaced = await tx.invitation.findMany({
      where: {
        unitId,
        email: input.email,
        role: input.role,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true },
    });
    if (replaced.length > 0) {
      await tx.invitation.updateMany({ where: { id: { in: replaced.map((r) => r.id) } }, data: { revokedAt: now } });
      for (const { id } of replaced) {
        await audit(tx, {
          actorId: viewer.personId,
          action: "invitation.revoked",
          objectType: "invitation",
          objectId: id,
          unitIds: [unitId],
          data: { reason: "replaced" },
        });
      }
    }
    const row = await tx.invitation.create({
      data: {
        tokenHash: sha256(token),
        email: input.email,
        name: input.name,
        unitId,
        role: input.role,
        profession: input.profession ?? null,
        representsId: input.representsId ?? null,
        locale: input.locale,
        invitedById: viewer.personId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + invitationValidDays * DAY_MS),
      },
      select: invitationSelect,
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "invitation.created",
      objectType: "invitation",
      objectId: row.id,
      unitIds: [unitId],
      data: { role: input.role },
    });
    return { row, unitName: unit.name, representsName: represents?.name ?? null };
  });

  const link = invitationLink(delivery.origin, token);
  const emailed = await sendInvitationMail(delivery, {
    to: row.email,
    locale: row.locale,
    inviteeName: row.name,
    inviterName: row.invitedBy.name,
    unitName,
    role: row.role,
    profession: row.profession,
    representsName,
    link,
    validDays: invitationValidDays,
  });
  if (emailed) {
    await db.$transaction(async (tx) => {
      await tx.invitation.update({ where: { id: row.id }, data: { emailed: true } });
      await audit(tx, {
        actorId: viewer.personId,
        action: "invitation.emailed",
        objectType: "invitation",
        objectId: row.id,
        unitIds: [unitId],
      });
    });
  }
  const names = new Map(row.representsId && representsName ? [[row.representsId, representsName]] : []);
  return { invitation: toInvitation({ ...row, emailed }, names), link: emailed ? null : link };
}

async function sendInvitationMail(
  delivery: InvitationDelivery,
  facts: Parameters<typeof invitationMail>[0],
): Promise<boolean> {
  if (!delivery.mailer) return false;
  try {
    await delivery.mailer.send(invitationMail(facts));
    return true;
  } catch (error) {
    // Only nodemailer's codes: its messages may quote the recipient's address.
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    delivery.log.warn(
      { code, responseCode },
      "the invitation email could not be sent; the link goes to the coordinator",
    );
    return false;
  }
}

/** Revokes a pending invitation (idempotent); an accepted one cannot be revoked any more. */
export async function revokeInvitation(db: Db, viewer: Viewer, invitationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: { unitId: true, acceptedAt: true, revokedAt: true },
    });
    if (!row) throw new DomainError("not_found");
    assertManages(viewer, row.unitId);
    if (row.acceptedAt) throw new DomainError("conflict", "The invitation has been accepted");
    if (row.revokedAt) return;
    // Guarded by the state: a concurrent accept (which locks the row) wins or loses cleanly.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("conflict", "The invitation has been accepted or revoked meanwhile");
    await audit(tx, {
      actorId: viewer.personId,
      action: "invitation.revoked",
      objectType: "invitation",
      objectId: invitationId,
      unitIds: [row.unitId],
    });
  });
}
