import { offerExpiry, offersSeats } from "@sidestilt/domain/enrolment";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { appOrigin, registrationLink } from "../../lib/links.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { type LockedRun, lockRun, seatCounts, withLockedRun } from "./locked-run.ts";
import { queueOfferMessage } from "./registration-mail.ts";
import { waitingOrder } from "./registration-view.ts";

// The waiting list (venteliste): a freed seat is offered to the first in line, in the same transaction
// as the change that freed it, and held for them for `offerHoldHours`; an offer that runs out expires
// and the seat goes on to the next. An offer holds its seat, so offers never over-book the run.

/**
 * Offers every free seat of the run to the first in line (by `waitingSince`), when the run still
 * offers seats (not started, not closed). Each offered registration gets a new personal link (the
 * token is stored only as its hash, and the offer's email must carry a working link). The caller holds
 * the run's lock. Returns how many seats were offered.
 */
export async function offerFreeSeats(tx: Tx, run: LockedRun, now: Date, origin: string): Promise<number> {
  if (!offersSeats(run, osloDate(now))) return 0;
  const counts = await seatCounts(tx, run.id);
  const free = run.capacity - counts.confirmed - counts.offered;
  if (free <= 0 || counts.waiting === 0) return 0;
  const next = await tx.registration.findMany({
    where: { runId: run.id, status: "WAITING" },
    orderBy: waitingOrder,
    take: free,
    select: { id: true, name: true, email: true, locale: true },
  });
  const expires = offerExpiry(now);
  for (const registration of next) {
    const token = randomToken();
    await tx.registration.update({
      where: { id: registration.id },
      data: { status: "OFFERED", offerExpiresAt: expires, manageTokenHash: sha256(token), version: { increment: 1 } },
    });
    await queueOfferMessage(tx, registration, run, expires, registrationLink(origin, token));
  }
  if (next.length > 0) {
    await audit(tx, {
      actorId: null,
      action: "registration.seat-offered",
      objectType: "run",
      objectId: run.id,
      unitIds: run.ownerUnitIds,
      data: { registrationIds: next.map((registration) => registration.id), offerExpiresAt: expires.toISOString() },
    });
  }
  return next.length;
}

/** Offers the seats a change to the run freed (a raised capacity); the caller holds the run's lock. */
export async function offerFreedSeats(tx: Tx, runId: string, now: Date, origin: string): Promise<number> {
  const run = await lockRun(tx, runId);
  return run ? offerFreeSeats(tx, run, now, origin) : 0;
}

/** How many runs one call of `expireOffers` handles at most; the job calls it again a minute later. */
const EXPIRY_BATCH_RUNS = 200;

/**
 * Expires every offer whose time ran out by `now` and offers the seats to the next in line. One
 * transaction per run, each under the run's lock, so that two jobs running at once (several
 * replicas) or a participant accepting at the last moment never both win: whoever locks the run first
 * decides, the other finds nothing left to do. Returns how many offers expired.
 */
export async function expireOffers(db: Db, now: Date, origin: string = originWithoutRequest()): Promise<number> {
  const due = await db.registration.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    distinct: ["runId"],
    select: { runId: true },
    take: EXPIRY_BATCH_RUNS,
  });
  let expired = 0;
  for (const { runId } of due) {
    expired += await withLockedRun(db, runId, async (tx, run) => {
      if (!run) return 0;
      const offers = await tx.registration.findMany({
        where: { runId, status: "OFFERED", offerExpiresAt: { lte: now } },
        select: { id: true },
      });
      if (offers.length === 0) return 0;
      const ids = offers.map((offer) => offer.id);
      await tx.registration.updateMany({
        where: { id: { in: ids } },
        data: { status: "EXPIRED", version: { increment: 1 } },
      });
      await audit(tx, {
        actorId: null,
        action: "registration.offer-expired",
        objectType: "run",
        objectId: runId,
        unitIds: run.ownerUnitIds,
        data: { registrationIds: ids },
      });
      await offerFreeSeats(tx, run, now, origin);
      return ids.length;
    });
  }
  return expired;
}

/**
 * Where links in messages made without a request (the expiry job) point: PUBLIC_URL, which a server that
 * sends email should set; else the server's own port on this machine, which is right for development only.
 */
export function originWithoutRequest(): string {
  return appOrigin({ protocol: "http", host: `localhost:${process.env.PORT ?? "3000"}` }, process.env.PUBLIC_URL);
}
