import { personAbilities, type Viewer } from "@sidestilt/domain/access";
import { passwordResetValidMinutes } from "@sidestilt/domain/account.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { FastifyBaseLogger } from "fastify";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { passwordResetLink } from "../../lib/links.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { hashPassword } from "../../lib/password.ts";
import { clearAccountFailures } from "../../lib/sign-in-throttle.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { passwordResetMail } from "./password-reset-mail.ts";

/** Reset emails per account and hour; more requests are answered the same but send nothing. */
export const MAX_RESETS_PER_HOUR = 5;

const MINUTE_MS = 60_000;

export type ResetDelivery = { mailer: Mailer | null; log: FastifyBaseLogger; origin: string };

type RequestOutcome = "emailed" | "unknown-account" | "inactive" | "no-mailer" | "rate-limited";

async function createReset(tx: Tx, personId: string): Promise<string> {
  const token = randomToken();
  await tx.passwordReset.create({
    data: {
      tokenHash: sha256(token),
      personId,
      expiresAt: new Date(Date.now() + passwordResetValidMinutes * MINUTE_MS),
    },
  });
  return token;
}

/**
 * Emails a password-reset link when the account exists, is active and a mailer is configured. The
 * caller answers 202 whatever happens, and the work is alike either way (one lookup, one transaction
 * with an audit row), so neither the answer nor its timing tells whether the address has an account.
 * The email itself goes out in the background for the same reason.
 */
export async function requestPasswordReset(db: Db, email: string, delivery: ResetDelivery): Promise<void> {
  const person = await db.person.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, active: true, erasedAt: true },
  });
  const { outcome, token } = await db.$transaction(async (tx) => {
    let outcome: RequestOutcome;
    let token: string | null = null;
    if (!person) outcome = "unknown-account";
    else if (!person.active || person.erasedAt) outcome = "inactive";
    else if (!delivery.mailer) outcome = "no-mailer";
    else {
      // Locks the person so that concurrent requests count each other.
      await tx.$queryRaw`SELECT id FROM person WHERE id = ${person.id}::uuid FOR UPDATE`;
      const recent = await tx.passwordReset.count({
        where: { personId: person.id, createdAt: { gt: new Date(Date.now() - 60 * MINUTE_MS) } },
      });
      if (recent >= MAX_RESETS_PER_HOUR) outcome = "rate-limited";
      else {
        token = await createReset(tx, person.id);
        outcome = "emailed";
      }
    }
    await audit(tx, {
      actorId: null,
      action: "auth.password-reset-requested",
      ...(person ? { objectType: "person", objectId: person.id } : {}),
      data: { outcome },
    });
    return { outcome, token };
  });
  if (outcome !== "emailed" || !token || !person || !delivery.mailer) return;
  const message = passwordResetMail({
    to: person.email,
    locale: person.locale,
    name: person.name,
    link: passwordResetLink(delivery.origin, token),
    validMinutes: passwordResetValidMinutes,
  });
  delivery.mailer.send(message).catch((error: unknown) => {
    // Only nodemailer's codes: its messages may quote the recipient's address.
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    delivery.log.warn({ code, responseCode }, "the password-reset email could not be sent");
  });
}

const resetSelect = {
  id: true,
  usedAt: true,
  expiresAt: true,
  person: { select: { id: true, active: true, erasedAt: true } },
} as const;

type ResetRow = { usedAt: Date | null; expiresAt: Date; person: { active: boolean; erasedAt: Date | null } };

const usable = (reset: ResetRow | null): reset is ResetRow =>
  reset !== null &&
  reset.usedAt === null &&
  reset.expiresAt.getTime() > Date.now() &&
  reset.person.active &&
  reset.person.erasedAt === null;

/**
 * Sets a new password with a reset link: the link is used up (with every other pending link of the
 * person), failed sign-ins are forgotten and every session of the person ends, so that whoever knew the
 * old password is signed out everywhere. Unknown, expired and used links are all 410 reset_link_invalid.
 */
export async function completePasswordReset(db: Db, token: string, password: string): Promise<void> {
  const tokenHash = sha256(token);
  // A cheap check first, so that random tokens cost no password hashing; re-checked under the lock.
  if (!usable(await db.passwordReset.findUnique({ where: { tokenHash }, select: resetSelect }))) {
    throw new DomainError("reset_link_invalid");
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM password_reset WHERE token_hash = ${tokenHash} FOR UPDATE`;
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash }, select: resetSelect });
    if (!usable(reset)) throw new DomainError("reset_link_invalid");
    const personId = reset.person.id;
    const now = new Date();
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) throw new DomainError("reset_link_invalid");
    await tx.passwordReset.updateMany({ where: { personId, usedAt: null }, data: { usedAt: now } });
    const { email, memberships } = await tx.person.update({
      where: { id: personId },
      data: { passwordHash, failedSignInCount: 0, version: { increment: 1 } },
      select: { email: true, memberships: { select: { unitId: true } } },
    });
    // Whoever was locked out by guessing is let in with the new password at once.
    await clearAccountFailures(tx, email);
    const sessions = await tx.session.deleteMany({ where: { personId } });
    await audit(tx, {
      actorId: personId,
      action: "auth.password-reset",
      objectType: "person",
      objectId: personId,
      unitIds: memberships.map((membership) => membership.unitId),
      data: { resetId: reset.id, sessionsEnded: sessions.count },
    });
  });
}

/**
 * A reset link for a coordinator to pass on to a person who does not read email (by phone, on paper).
 * Only for people in a unit the viewer coordinates (or for a system administrator), never for oneself;
 * a person outside the viewer's units is "not found".
 */
export async function createPasswordResetLink(
  db: Db,
  viewer: Viewer,
  personId: string,
  origin: string,
): Promise<{ link: string }> {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({
      where: { id: personId },
      select: { id: true, active: true, erasedAt: true, memberships: { select: { unitId: true } } },
    });
    if (!person) throw new DomainError("not_found");
    const unitIds = [...new Set(person.memberships.map((m) => m.unitId))];
    const abilities = personAbilities(viewer, { id: person.id, unitIds });
    if (!abilities.canView) throw new DomainError("not_found");
    if (!abilities.canManageRoles) throw new DomainError("forbidden");
    if (!person.active || person.erasedAt) throw new DomainError("conflict", "The account is deactivated");
    const token = await createReset(tx, person.id);
    await audit(tx, {
      actorId: viewer.personId,
      action: "auth.password-reset-link-created",
      objectType: "person",
      objectId: person.id,
      unitIds,
    });
    return { link: passwordResetLink(origin, token) };
  });
}
