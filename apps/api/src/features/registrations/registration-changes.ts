import type { AuditAction } from "@sidestilt/domain/audit.schema";
import { activeStatuses, placementFor, seatHoldingStatuses } from "@sidestilt/domain/enrolment";
import { DomainError } from "@sidestilt/domain/problem";
import type { Tx } from "../../db/prisma.ts";
import type { Locale, ParticipantRole, RegistrationSource } from "../../generated/prisma/enums.ts";
import { audit } from "../../lib/audit.ts";
import { registrationLink } from "../../lib/links.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import type { LockedRun, SeatCounts } from "./locked-run.ts";
import { queueCancelledMessage, queuePlacementMessage } from "./registration-mail.ts";
import { type RegistrationRow, registrationSelect } from "./registration-view.ts";
import { offerFreeSeats } from "./waiting-list.ts";

// The two changes every way in and out of a run shares, each made under the run's lock (the caller
// holds it): placing a new registration (a seat or the waiting list) and cancelling one (which offers a
// freed seat on).

export type NewRegistration = {
  name: string;
  email: string | null;
  phone: string | null;
  participantRole: ParticipantRole;
  interpreterLanguage: string | null;
  accessibilityNeeds: string | null;
  locale: Locale;
  source: RegistrationSource;
  referralDate: Date | null;
  consentAt: Date | null;
  registeredById: string | null;
};

/** Who made a change, for the audit trail: a staff member, or the participant (no account: null). */
export type Actor = { personId: string | null; action: AuditAction };

export const alreadyRegistered = () =>
  new DomainError("already_registered", "This email address is already signed up for the run", [
    { field: "email", code: "already_registered", message: "Already signed up for this run" },
  ]);

/**
 * Registers a participant on the locked run: a seat when one is free and nobody waits, else the
 * waiting list, behind everyone already on it. Refuses a second active registration with the same
 * email (checked here under the lock; the partial unique index `registration_active_email_idx` is the
 * backstop). Queues the confirmation or waiting-list email with the personal link.
 */
export async function placeRegistration(
  tx: Tx,
  run: LockedRun,
  counts: SeatCounts,
  input: NewRegistration,
  now: Date,
  origin: string,
  actor: Actor,
): Promise<{ row: RegistrationRow; position: number | null }> {
  if (input.email) {
    const duplicate = await tx.registration.findFirst({
      where: {
        runId: run.id,
        status: { in: [...activeStatuses] },
        email: { equals: input.email, mode: "insensitive" },
      },
      select: { id: true },
    });
    if (duplicate) throw alreadyRegistered();
  }
  const status = placementFor({
    capacity: run.capacity,
    seatsTaken: counts.confirmed + counts.offered,
    waiting: counts.waiting,
  });
  const token = randomToken();
  const row = await insertRegistration(tx, {
    ...input,
    runId: run.id,
    status,
    waitingSince: status === "WAITING" ? await nextWaitingSince(tx, run.id, now) : null,
    manageTokenHash: sha256(token),
  });
  // Everyone else waiting came before: the new one is last in line.
  const position = status === "WAITING" ? counts.waiting + 1 : null;
  const link = registrationLink(origin, token);
  await queuePlacementMessage(
    tx,
    row,
    run,
    position === null ? { status: "CONFIRMED" } : { status: "WAITING", position },
    link,
  );
  await audit(tx, {
    actorId: actor.personId,
    action: actor.action,
    objectType: "run",
    objectId: run.id,
    unitIds: run.ownerUnitIds,
    data: { registrationId: row.id, status, source: input.source },
  });
  return { row, position };
}

type RegistrationInsert = NewRegistration & {
  runId: string;
  status: "CONFIRMED" | "WAITING";
  waitingSince: Date | null;
  manageTokenHash: string;
};

/** Inserts the row; the active-email index's unique violation is the same answer as the check before it. */
export async function insertRegistration(tx: Tx, data: RegistrationInsert): Promise<RegistrationRow> {
  try {
    return await tx.registration.create({ data, select: registrationSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
}

/**
 * The waiting list's order is arrival under the run's lock: `now`, or a millisecond after the latest
 * arrival when the clock has not moved on since, so that no two registrations of a run share a moment.
 */
async function nextWaitingSince(tx: Tx, runId: string, now: Date): Promise<Date> {
  const latest = await tx.registration.aggregate({ where: { runId }, _max: { waitingSince: true } });
  const last = latest._max.waitingSince;
  return last && last >= now ? new Date(last.getTime() + 1) : now;
}

/**
 * Cancels a registration on the locked run (the seat, the offer or the place in line): refused when it
 * is already cancelled or its offer expired. A seat it held goes on to the waiting list, and the
 * participant gets a confirmation of the cancellation.
 */
export async function cancelRegistrationRow(
  tx: Tx,
  run: LockedRun,
  row: RegistrationRow,
  now: Date,
  origin: string,
  actor: Actor,
): Promise<RegistrationRow> {
  if (row.status === "CANCELLED") throw new DomainError("registration_cancelled");
  if (row.status === "EXPIRED") throw new DomainError("offer_expired");
  const cancelled = await tx.registration.update({
    where: { id: row.id },
    data: { status: "CANCELLED", cancelledAt: now, offerExpiresAt: null, version: { increment: 1 } },
    select: registrationSelect,
  });
  await queueCancelledMessage(tx, row, run);
  await audit(tx, {
    actorId: actor.personId,
    action: actor.action,
    objectType: "run",
    objectId: run.id,
    unitIds: run.ownerUnitIds,
    data: { registrationId: row.id, from: row.status },
  });
  if ((seatHoldingStatuses as readonly string[]).includes(row.status)) await offerFreeSeats(tx, run, now, origin);
  return cancelled;
}
