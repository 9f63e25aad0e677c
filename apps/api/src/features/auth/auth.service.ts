import type { SessionView, SignInInput } from "@sidestilt/domain/auth.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { verifyPassword } from "../../lib/password.ts";
import {
  assertNotThrottled,
  clearAccountFailures,
  recordFailure,
  type ThrottleKeys,
} from "../../lib/sign-in-throttle.ts";
import { type Auth, beginSignedInSession, viewOfNewSession } from "../../plugins/session.ts";
import { checkSecondFactor } from "./second-factor.ts";

/**
 * Signs a person in with email and password, and the authenticator code when the account has the second
 * factor on. Every wrong password gets the same answer, whether the account exists or not; failures are
 * counted per account and per address, and too many answer 429. A missing code is not a failure (the web
 * app asks for it next); a wrong or reused code is.
 */
export async function signIn(
  db: Db,
  input: SignInInput & { clientAddress: string; absoluteHours: number },
): Promise<{ token: string; view: SessionView }> {
  const keys = { account: input.email, address: input.clientAddress };
  await assertNotThrottled(db, keys);
  const person = await db.person.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      passwordHash: true,
      active: true,
      failedSignInCount: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
      // The units whose coordinators see this person's sign-ins in their audit log.
      memberships: { select: { unitId: true } },
    },
  });
  const passwordOk = await verifyPassword(person?.passwordHash, input.password);
  if (!person?.active || !passwordOk) {
    const reason = !person ? "unknown-account" : !person.active ? "inactive" : "wrong-password";
    await recordFailedSignIn(db, keys, person, reason);
    throw new DomainError("invalid_credentials");
  }
  const secondFactor = await checkSecondFactor(db, person, input.totpCode);
  if (secondFactor === "missing") throw new DomainError("second_factor_required");
  if (secondFactor === "rejected") {
    await recordFailedSignIn(db, keys, person, "wrong-second-factor");
    throw new DomainError("invalid_second_factor");
  }
  return db.$transaction(async (tx) => {
    const session = await beginSignedInSession(tx, person, input.absoluteHours);
    await clearAccountFailures(tx, input.email);
    await audit(tx, {
      actorId: person.id,
      action: "auth.signed-in",
      objectType: "person",
      objectId: person.id,
      unitIds: unitIdsOf(person),
    });
    return { token: session.token, view: await viewOfNewSession(tx, session.id) };
  });
}

/** Counts a failed sign-in for the throttle and on the account (shown to its owner), and audits it. */
async function recordFailedSignIn(
  db: Db,
  keys: ThrottleKeys,
  person: { id: string; active: boolean; memberships: { unitId: string }[] } | null,
  reason: "unknown-account" | "inactive" | "wrong-password" | "wrong-second-factor",
): Promise<void> {
  await recordFailure(db, keys);
  await db.$transaction(async (tx) => {
    if (person) await tx.person.update({ where: { id: person.id }, data: { failedSignInCount: { increment: 1 } } });
    await audit(tx, {
      actorId: person?.id ?? null,
      action: "auth.sign-in-failed",
      ...(person ? { objectType: "person", objectId: person.id, unitIds: unitIdsOf(person) } : {}),
      data: { reason },
    });
  });
}

const unitIdsOf = (person: { memberships: { unitId: string }[] }) => person.memberships.map((m) => m.unitId);

export async function signOut(db: Db, auth: Auth): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: auth.sessionId } });
    await audit(tx, {
      actorId: auth.person.id,
      action: "auth.signed-out",
      objectType: "person",
      objectId: auth.person.id,
      unitIds: auth.memberships.map((membership) => membership.unitId),
    });
  });
}
