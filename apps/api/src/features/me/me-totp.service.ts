import { DomainError } from "@sidestilt/domain/problem";
import QRCode from "qrcode";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { verifyPassword } from "../../lib/password.ts";
import { verifyPasswordThrottled } from "../../lib/sign-in-throttle.ts";
import { createTotpSecret, totpUri, verifyTotp } from "../../lib/totp.ts";
import type { Auth } from "../../plugins/session.ts";
import { fieldError, unitIdsOf } from "./me.service.ts";

// The second factor is for local accounts (issue 3): an account that signs in through OIDC gets its second
// factor from the identity provider (HelseID, ID-porten). Turning it on is two steps: setup stores a pending
// secret (totpEnabledAt null), enable proves the authenticator app has it by a code.

const totpFacts = { email: true, passwordHash: true, totpSecret: true, totpEnabledAt: true } as const;

export async function setupTotp(db: Db, auth: Auth) {
  const personId = auth.person.id;
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: totpFacts });
  if (person.passwordHash === null) {
    throw new DomainError("conflict", "The second factor is for accounts with a password");
  }
  // Replacing the secret of an active second factor would switch it off without the password.
  if (person.totpEnabledAt !== null) throw new DomainError("conflict", "The second factor is already on");
  const secret = createTotpSecret();
  const otpauthUri = totpUri(secret, person.email);
  await db.$transaction(async (tx) => {
    await tx.person.update({
      where: { id: personId },
      data: { totpSecret: secret, totpEnabledAt: null, totpLastStep: null },
    });
    await audit(tx, {
      actorId: personId,
      action: "auth.totp-setup-started",
      objectType: "person",
      objectId: personId,
      unitIds: unitIdsOf(auth),
    });
  });
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, otpauthUri, qrSvg };
}

export async function enableTotp(db: Db, auth: Auth, code: string): Promise<void> {
  const personId = auth.person.id;
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: totpFacts });
  if (person.totpEnabledAt !== null) throw new DomainError("conflict", "The second factor is already on");
  if (person.totpSecret === null || person.passwordHash === null) {
    throw new DomainError("conflict", "Start the setup of the second factor first");
  }
  const step = verifyTotp(person.totpSecret, code);
  if (step === null) {
    const message = "The code is wrong or has expired";
    throw new DomainError("validation_failed", message, fieldError("code", "invalid_totp_code", message));
  }
  await db.$transaction(async (tx) => {
    // Only the secret the code was checked against: a setup started meanwhile in another tab wins.
    const { count } = await tx.person.updateMany({
      where: { id: personId, totpSecret: person.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count === 0) throw new DomainError("conflict", "The setup was started again; scan the new code");
    await audit(tx, {
      actorId: personId,
      action: "auth.totp-enabled",
      objectType: "person",
      objectId: personId,
      unitIds: unitIdsOf(auth),
    });
  });
}

/** Switches the second factor off (or drops a pending setup); the password proves it is the owner. */
export async function disableTotp(db: Db, auth: Auth, password: string, clientAddress: string): Promise<void> {
  const personId = auth.person.id;
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: totpFacts });
  const keys = { account: auth.person.email, address: clientAddress };
  if (!(await verifyPasswordThrottled(db, keys, () => verifyPassword(person.passwordHash, password)))) {
    const message = "The password is wrong";
    throw new DomainError("validation_failed", message, fieldError("password", "wrong_password", message));
  }
  await db.$transaction(async (tx) => {
    await tx.person.update({
      where: { id: personId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await audit(tx, {
      actorId: personId,
      action: "auth.totp-disabled",
      objectType: "person",
      objectId: personId,
      unitIds: unitIdsOf(auth),
    });
  });
}
