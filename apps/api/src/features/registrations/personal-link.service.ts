import { isClosed } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { ParticipantRegistration } from "@sidestilt/domain/registration.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { registrationLink } from "../../lib/links.ts";
import { sha256 } from "../../lib/tokens.ts";
import { type LockedRun, readRun, withLockedRun } from "./locked-run.ts";
import { cancelRegistrationRow } from "./registration-changes.ts";
import { queuePlacementMessage } from "./registration-mail.ts";
import { type RegistrationRow, registrationSelect, waitingPosition } from "./registration-view.ts";

// Participants have no account: their personal link (`/registration#<token>`) is the key to their
// registration. The web page posts the token from the link's fragment; only its SHA-256 is stored, and
// an unknown token (mistyped, tampered with, or replaced by the newer link of a seat offer) is one
// answer, 404 registration_link_invalid, whatever the reason.

async function registrationByToken(db: Pick<Tx, "registration">, token: string): Promise<RegistrationRow> {
  const row = await db.registration.findUnique({
    where: { manageTokenHash: sha256(token) },
    select: registrationSelect,
  });
  if (!row) throw new DomainError("registration_link_invalid");
  return row;
}

/** An offer whose time has run out is expired for the participant, even before the expiry job has run. */
const offerRunOut = (row: RegistrationRow, now: Date): boolean =>
  row.status === "OFFERED" && row.offerExpiresAt !== null && row.offerExpiresAt <= now;

async function participantView(
  db: Pick<Tx, "registration">,
  row: RegistrationRow,
  run: LockedRun,
  now: Date,
): Promise<ParticipantRegistration> {
  const status = offerRunOut(row, now) ? "EXPIRED" : row.status;
  const active = status === "CONFIRMED" || status === "WAITING" || status === "OFFERED";
  return {
    name: row.name,
    courseTitle: run.courseTitle,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    venue: run.venue,
    digital: run.digital,
    status,
    position: await waitingPosition(db, row),
    offerExpiresAt: status === "OFFERED" ? (row.offerExpiresAt?.toISOString() ?? null) : null,
    abilities: { canCancel: active && !isClosed(run.phase), canAcceptOffer: status === "OFFERED" },
  };
}

/** What the participant sees through their link. */
export async function lookUpRegistration(db: Db, token: string, now: Date): Promise<ParticipantRegistration> {
  const row = await registrationByToken(db, token);
  const run = await readRun(db, row.runId);
  if (!run) throw new DomainError("registration_link_invalid");
  return participantView(db, row, run, now);
}

/**
 * Runs `change` on the link's registration under its run's lock, reading the registration again once
 * the lock is held (a concurrent change may have moved it on, or replaced its link).
 */
async function changeByLink(
  db: Db,
  token: string,
  now: Date,
  change: (tx: Tx, run: LockedRun, row: RegistrationRow) => Promise<RegistrationRow>,
): Promise<ParticipantRegistration> {
  const { runId } = await registrationByToken(db, token);
  return withLockedRun(db, runId, async (tx, run) => {
    if (!run) throw new DomainError("registration_link_invalid");
    const changed = await change(tx, run, await registrationByToken(tx, token));
    return participantView(tx, changed, run, now);
  });
}

/** The participant cancels: their seat, the seat on offer (declining it) or their place in line. */
export function cancelByLink(db: Db, token: string, now: Date, origin: string): Promise<ParticipantRegistration> {
  return changeByLink(db, token, now, (tx, run, row) => {
    if (row.status !== "CANCELLED" && isClosed(run.phase)) throw new DomainError("run_closed");
    return cancelRegistrationRow(tx, run, row, now, origin, { personId: null, action: "registration.cancelled" });
  });
}

/** The participant takes the seat on offer, while it is still held for them. */
export function acceptOffer(db: Db, token: string, now: Date, origin: string): Promise<ParticipantRegistration> {
  return changeByLink(db, token, now, async (tx, run, row) => {
    if (row.status === "CANCELLED") throw new DomainError("registration_cancelled");
    if (row.status === "EXPIRED" || offerRunOut(row, now)) throw new DomainError("offer_expired");
    if (row.status !== "OFFERED") throw new DomainError("no_offer");
    const confirmed = await tx.registration.update({
      where: { id: row.id },
      data: { status: "CONFIRMED", offerExpiresAt: null, version: { increment: 1 } },
      select: registrationSelect,
    });
    await queuePlacementMessage(tx, row, run, { status: "CONFIRMED" }, registrationLink(origin, token));
    await audit(tx, {
      actorId: null,
      action: "registration.offer-accepted",
      objectType: "run",
      objectId: run.id,
      unitIds: run.ownerUnitIds,
      data: { registrationId: row.id },
    });
    return confirmed;
  });
}
