import type { Profile, profileInputSchema } from "@sidestilt/domain/person.schema";
import { DomainError, type FieldError, type FieldErrorCode } from "@sidestilt/domain/problem";
import type { z } from "zod";
import type { Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../../lib/audit.ts";
import { hashPassword, verifyPassword } from "../../lib/password.ts";
import { verifyPasswordThrottled } from "../../lib/sign-in-throttle.ts";
import { assertVersion } from "../../lib/versioning.ts";
import type { Auth } from "../../plugins/session.ts";

export type ProfileChanges = z.output<typeof profileInputSchema>;

const profileSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  locale: true,
  version: true,
  passwordHash: true,
  totpEnabledAt: true,
  oidcIdentities: { orderBy: { createdAt: "asc" }, select: { issuer: true, createdAt: true } },
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

type ProfileRow = Prisma.PersonGetPayload<{ select: typeof profileSelect }>;

function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    version: row.version,
    // Only whether there is one: the hash never leaves this function.
    hasPassword: row.passwordHash !== null,
    totpEnabled: row.totpEnabledAt !== null,
    oidcIdentities: row.oidcIdentities.map((identity) => ({
      issuer: identity.issuer,
      createdAt: identity.createdAt.toISOString(),
    })),
    memberships: row.memberships.map((m) => ({
      id: m.id,
      unitId: m.unit.id,
      unitName: m.unit.name,
      unitKind: m.unit.kind,
      role: m.role,
      profession: m.profession,
      represents: m.represents,
    })),
  };
}

/** The units whose audit log shows what happens to this person's account. */
export const unitIdsOf = (auth: Auth): string[] => [...new Set(auth.memberships.map((m) => m.unitId))];

export async function getProfile(db: Pick<Db, "person">, auth: Auth): Promise<Profile> {
  return toProfile(await db.person.findUniqueOrThrow({ where: { id: auth.person.id }, select: profileSelect }));
}

/** Edits name, phone and language; a save that changes nothing writes nothing. */
export async function updateProfile(db: Db, auth: Auth, ifMatch: () => number, input: ProfileChanges) {
  const expected = ifMatch();
  const personId = auth.person.id;
  const row = await db.$transaction(async (tx) => {
    const current = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { version: true, name: true, phone: true, locale: true },
    });
    assertVersion(current.version, expected);
    const fields = (["name", "phone", "locale"] as const).filter((field) => current[field] !== input[field]);
    if (fields.length > 0) {
      const { count } = await tx.person.updateMany({
        where: { id: personId, version: expected },
        data: { name: input.name, phone: input.phone, locale: input.locale, version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError("precondition_failed");
      await audit(tx, {
        actorId: personId,
        action: "person.updated",
        objectType: "person",
        objectId: personId,
        unitIds: unitIdsOf(auth),
        data: { fields },
      });
    }
    return tx.person.findUniqueOrThrow({ where: { id: personId }, select: profileSelect });
  });
  return toProfile(row);
}

export const fieldError = (field: string, code: FieldErrorCode, message: string): FieldError[] => [
  { field, code, message },
];

/**
 * Changes the password after checking the current one, and ends every other session of the person (a
 * stolen session ends with the password it was stolen with); the session that made the change stays.
 */
export async function changePassword(
  db: Db,
  auth: Auth,
  input: { currentPassword: string; newPassword: string },
  clientAddress: string,
): Promise<void> {
  const personId = auth.person.id;
  const { passwordHash } = await db.person.findUniqueOrThrow({
    where: { id: personId },
    select: { passwordHash: true },
  });
  if (passwordHash === null) {
    // Accounts that sign in only through OIDC prove who they are with a reset link sent to their email.
    const message = "This account has no password; set one through a password-reset link";
    throw new DomainError("validation_failed", message, fieldError("currentPassword", "no_password", message));
  }
  const keys = { account: auth.person.email, address: clientAddress };
  if (!(await verifyPasswordThrottled(db, keys, () => verifyPassword(passwordHash, input.currentPassword)))) {
    const message = "The current password is wrong";
    throw new DomainError("validation_failed", message, fieldError("currentPassword", "wrong_password", message));
  }
  const newHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Guarded by the hash that was checked, so that two changes at once cannot both win.
    const { count } = await tx.person.updateMany({
      where: { id: personId, passwordHash },
      data: { passwordHash: newHash },
    });
    if (count === 0) throw new DomainError("conflict", "The password was changed at the same time; sign in again");
    await tx.session.deleteMany({ where: { personId, id: { not: auth.sessionId } } });
    // A reset link sent before the change must not undo it.
    await tx.passwordReset.updateMany({ where: { personId, usedAt: null }, data: { usedAt: new Date() } });
    await audit(tx, {
      actorId: personId,
      action: "auth.password-changed",
      objectType: "person",
      objectId: personId,
      unitIds: unitIdsOf(auth),
    });
  });
}
