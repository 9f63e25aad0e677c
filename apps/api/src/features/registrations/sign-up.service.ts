import { signupState } from "@sidestilt/domain/enrolment";
import { DomainError } from "@sidestilt/domain/problem";
import type { SignUp, SignUpResult } from "@sidestilt/domain/registration.schema";
import type { Db } from "../../db/prisma.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { seatCounts, signupFactsOf, withLockedRun } from "./locked-run.ts";
import { placeRegistration } from "./registration-changes.ts";

/**
 * A participant signs up for a run in the public catalogue. Only direct runs whose sign-up is open or
 * has a waiting list take sign-ups; the state is decided under the run's lock, from the seats held at
 * that moment. The answer tells where they ended up, never their contact details.
 */
export async function signUp(db: Db, runId: string, input: SignUp, now: Date, origin: string): Promise<SignUpResult> {
  return withLockedRun(db, runId, async (tx, run) => {
    if (!run) throw new DomainError("not_found");
    const counts = await seatCounts(tx, runId);
    const state = signupState(signupFactsOf(run, counts), osloDate(now));
    if (state.state === "referral") throw new DomainError("signup_by_referral");
    if (state.state === "closed") throw new DomainError("signup_closed", `Sign-up is closed (${state.reason})`);
    const { row, position } = await placeRegistration(
      tx,
      run,
      counts,
      {
        name: input.name,
        email: input.email,
        phone: input.phone,
        participantRole: input.participantRole,
        interpreterLanguage: input.interpreterLanguage,
        accessibilityNeeds: input.accessibilityNeeds,
        locale: input.locale,
        source: "DIRECT",
        referralDate: null,
        consentAt: now,
        registeredById: null,
      },
      now,
      origin,
      { personId: null, action: "registration.signed-up" },
    );
    return row.status === "WAITING" && position !== null ? { status: "WAITING", position } : { status: "CONFIRMED" };
  });
}
