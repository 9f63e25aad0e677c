import { unitAbilities, type Viewer } from "@sidestilt/domain/access";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import {
  type Invitation,
  type InvitationPreview,
  type InvitationStatus,
  invitationValidDays,
} from "@sidestilt/domain/invitation.schema";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import { roleAssignmentErrors } from "@sidestilt/domain/role-assignment";
import type { Locale, Role } from "@sidestilt/domain/roles";
import type { FastifyBaseLogger } from "fastify";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { invitationLink } from "../../lib/links.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { hashPassword } from "../../lib/password.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { type Auth, createSession, loadSession } from "../../plugins/session.ts";
import { invitationMail } from "./invitation-mail.ts";
import { invitationSelect, invitationStatus, representsNamesOf, toInvitation } from "./invitation-view.ts";

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

const refusals: Record<
  Exclude<InvitationStatus, "PENDING">,
  "invitation_used" | "invitation_revoked" | "invitation_expired"
> = {
  ACCEPTED: "invitation_used",
  REVOKED: "invitation_revoked",
  EXPIRED: "invitation_expired",
};

function assertPending(row: Parameters<typeof invitationStatus>[0]): void {
  const status = invitationStatus(row);
  if (status !== "PENDING") throw new DomainError(refusals[status]);
}

/** What the holder of an invitation link sees before accepting; the token is the only key. */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreview> {
  const row = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      unit: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!row) throw new DomainError("invitation_invalid");
  assertPending(row);
  const account = await db.person.findUnique({
    where: { email: row.email },
    select: { active: true, erasedAt: true },
  });
  // The same refusal as accepting would give, before the invitee fills in anything.
  if (account && (!account.active || account.erasedAt)) {
    throw new DomainError("invitation_revoked", "The account is deactivated");
  }
  return {
    unitName: row.unit.name,
    role: row.role,
    invitedByName: row.invitedBy.name,
    email: row.email,
    name: row.name,
    accountExists: account !== null,
  };
}

export type AcceptInput = { token: string; name?: string | undefined; password?: string | undefined };

/**
 * Accepts an invitation in one transaction that locks the invitation row first, so that two accepts of
 * the same link cannot both succeed. A new email gets an account (name and password required); an
 * existing account must be the signed-in one. The person is then signed in with a fresh session (an
 * existing session is replaced, as on every change of privileges).
 *
 * Refusals: unknown link 404 invitation_invalid; accepted 410 invitation_used; revoked 410
 * invitation_revoked; expired 410 invitation_expired; signed in as someone else 409 invitation_foreign;
 * an account exists but nobody is signed in 409 account_exists; the account is deactivated (or erased)
 * 410 invitation_revoked, since a coordinator has taken that person's access away.
 */
export async function acceptInvitation(
  db: Db,
  auth: Auth | null,
  input: AcceptInput,
  session: { absoluteHours: number },
): Promise<{ token: string; view: SessionView }> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM invitation WHERE token_hash = ${sha256(input.token)} FOR UPDATE`;
    const invitationId = locked[0]?.id;
    if (!invitationId) throw new DomainError("invitation_invalid");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: invitationId },
      select: {
        id: true,
        email: true,
        unitId: true,
        role: true,
        profession: true,
        representsId: true,
        locale: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
      },
    });
    assertPending(invitation);
    if (auth && auth.person.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new DomainError("invitation_foreign");
    }

    const existing = await tx.person.findUnique({
      where: { email: invitation.email },
      select: { id: true, active: true, erasedAt: true },
    });
    let personId: string;
    if (existing) {
      if (!existing.active || existing.erasedAt)
        throw new DomainError("invitation_revoked", "The account is deactivated");
      if (!auth) throw new DomainError("account_exists");
      personId = existing.id;
    } else {
      personId = await createAccount(tx, invitation, input);
    }

    const membership = await tx.membership.findUnique({
      where: { personId_unitId_role: { personId, unitId: invitation.unitId, role: invitation.role } },
      select: { id: true },
    });
    if (!membership) {
      const created = await tx.membership.create({
        data: {
          personId,
          unitId: invitation.unitId,
          role: invitation.role,
          profession: invitation.profession,
          representsId: invitation.representsId,
        },
        select: { id: true },
      });
      await tx.person.update({ where: { id: personId }, data: { version: { increment: 1 } } });
      await audit(tx, {
        actorId: personId,
        action: "membership.created",
        objectType: "person",
        objectId: personId,
        unitIds: [invitation.unitId],
        data: { membershipId: created.id, role: invitation.role, invitationId: invitation.id },
      });
    }
    // The guard repeats the lock's promise: this row changes from pending to accepted exactly once.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: personId },
    });
    if (count !== 1) throw new DomainError("invitation_used");
    await audit(tx, {
      actorId: personId,
      action: "invitation.accepted",
      objectType: "invitation",
      objectId: invitation.id,
      unitIds: [invitation.unitId],
      data: { role: invitation.role, newAccount: !existing },
    });

    if (auth) await tx.session.deleteMany({ where: { id: auth.sessionId } });
    const created = await createSession(tx, {
      personId,
      absoluteHours: session.absoluteHours,
      failedSignInsBefore: auth?.failedSignInsBefore ?? 0,
    });
    const loaded = await loadSession(tx, { id: created.id });
    if (!loaded) throw new Error("session vanished inside its own transaction");
    return { token: created.token, view: toSessionView(loaded.auth) };
  });
}

async function createAccount(
  tx: Tx,
  invitation: { id: string; email: string; unitId: string; locale: Locale },
  input: AcceptInput,
): Promise<string> {
  const missing: FieldError[] = [];
  if (!input.name) missing.push({ field: "name", code: "required", message: "A new account needs a name" });
  if (!input.password) missing.push({ field: "password", code: "required", message: "A new account needs a password" });
  if (!input.name || !input.password) {
    throw new DomainError("validation_failed", "Choose a name and a password for the new account", missing);
  }
  try {
    const person = await tx.person.create({
      data: {
        email: invitation.email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        locale: invitation.locale,
        lastSignInAt: new Date(),
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: person.id,
      action: "person.created",
      objectType: "person",
      objectId: person.id,
      unitIds: [invitation.unitId],
      data: { invitationId: invitation.id },
    });
    return person.id;
  } catch (error) {
    // Another invitation to the same address created the account a moment ago.
    if (isUniqueViolation(error)) throw new DomainError("account_exists");
    throw error;
  }
}

/** The same view as GET /api/auth/session answers (features do not import each other). */
function toSessionView(auth: Auth): SessionView {
  return {
    person: auth.person,
    memberships: auth.memberships,
    csrfToken: auth.csrfToken,
    failedSignInsSinceLast: auth.failedSignInsBefore,
  };
}
