import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { InvitationPreview, InvitationStatus } from "@sidestilt/domain/invitation.schema";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import type { Locale } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { hashPassword } from "../../lib/password.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { sha256 } from "../../lib/tokens.ts";
import { type Auth, createSession, viewOfNewSession } from "../../plugins/session.ts";
import { invitationStatus } from "./invitation-view.ts";

// Accepting an invitation: the public side of the link (preview, then accept), which creates the
// account or adds the role, and signs the person in.

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
    return { token: created.token, view: await viewOfNewSession(tx, created.id) };
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
