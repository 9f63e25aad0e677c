import type { Tx } from "../../db/prisma.ts";
import type { Locale } from "../../generated/prisma/enums.ts";
import { enqueueMessage } from "../notifications/outbox.ts";
import type { LockedRun } from "./locked-run.ts";

// The emails a registration causes, queued in the outbox inside the transaction that made the change
// (so a message exists exactly when its change committed). Only participants who gave an email get
// them; the dedupe key names the cause, so a retried change never queues a second message.

type Recipient = { id: string; name: string; email: string | null; locale: Locale };
type MailRun = Pick<LockedRun, "courseTitle" | "startsOn" | "venue" | "digital">;

/** A seat confirmed (at sign-up, or an accepted offer) or a place on the waiting list. */
export async function queuePlacementMessage(
  tx: Tx,
  registration: Recipient,
  run: MailRun,
  placement: { status: "CONFIRMED" } | { status: "WAITING"; position: number },
  manageUrl: string,
): Promise<void> {
  if (!registration.email) return;
  const common = { recipient: registration.email, locale: registration.locale };
  const facts = { name: registration.name, courseTitle: run.courseTitle, startsOn: run.startsOn };
  if (placement.status === "CONFIRMED") {
    await enqueueMessage(tx, {
      ...common,
      kind: "SIGNUP_CONFIRMED",
      data: { ...facts, place: run.venue, digital: run.digital, manageUrl },
      dedupeKey: `signup:${registration.id}`,
    });
  } else {
    await enqueueMessage(tx, {
      ...common,
      kind: "WAITING_LIST_JOINED",
      data: { ...facts, position: placement.position, manageUrl },
      dedupeKey: `waiting:${registration.id}`,
    });
  }
}

/** A freed seat held for the participant until `offerExpiresAt`; the link is the new one made for the offer. */
export async function queueOfferMessage(
  tx: Tx,
  registration: Recipient,
  run: MailRun,
  offerExpiresAt: Date,
  manageUrl: string,
): Promise<void> {
  if (!registration.email) return;
  const expires = offerExpiresAt.toISOString();
  await enqueueMessage(tx, {
    recipient: registration.email,
    locale: registration.locale,
    kind: "SEAT_OFFERED",
    data: {
      name: registration.name,
      courseTitle: run.courseTitle,
      startsOn: run.startsOn,
      offerExpiresAt: expires,
      manageUrl,
    },
    dedupeKey: `offer:${registration.id}:${expires}`,
  });
}

/** The registration is cancelled (by the participant, or by staff). */
export async function queueCancelledMessage(tx: Tx, registration: Recipient, run: MailRun): Promise<void> {
  if (!registration.email) return;
  await enqueueMessage(tx, {
    recipient: registration.email,
    locale: registration.locale,
    kind: "REGISTRATION_CANCELLED",
    data: { name: registration.name, courseTitle: run.courseTitle, startsOn: run.startsOn },
    dedupeKey: `cancelled:${registration.id}`,
  });
}
