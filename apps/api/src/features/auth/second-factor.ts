import type { Db } from "../../db/prisma.ts";
import { verifyTotp } from "../../lib/totp.ts";

export type SecondFactorFacts = {
  id: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: bigint | null;
};

/** What the second factor says about a sign-in whose password was right. */
export type SecondFactorOutcome = "not-required" | "accepted" | "missing" | "rejected";

/**
 * Checks the authenticator code of an account that has the second factor on, and claims its time step so
 * that the same code cannot sign in twice. The claim is a conditional update: of two sign-ins racing with
 * one code, only one moves the step forward.
 */
export async function checkSecondFactor(
  db: Pick<Db, "person">,
  person: SecondFactorFacts,
  code: string | undefined,
): Promise<SecondFactorOutcome> {
  if (!person.totpEnabledAt || !person.totpSecret) return "not-required";
  if (code === undefined) return "missing";
  const step = verifyTotp(person.totpSecret, code, { lastStep: person.totpLastStep });
  if (step === null) return "rejected";
  const { count } = await db.person.updateMany({
    where: { id: person.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1 ? "accepted" : "rejected";
}
