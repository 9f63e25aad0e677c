import type { Tx } from "../../db/prisma.ts";
import type { Locale, MessageKind } from "../../generated/prisma/client.ts";
import type { MessageData } from "./message-data.ts";

// The transactional outbox: a change that should email a participant writes the message in its own
// transaction, so the message exists exactly when the change committed. The job queue sends it after
// commit (outbox-worker.ts) and clears its data once sent.

export type OutgoingMessage = {
  [K in MessageKind]: {
    kind: K;
    recipient: string;
    locale: Locale;
    /** Template values: names, course title, dates, the personal link. Cleared when sent. */
    data: MessageData[K];
    /** One message per cause (e.g. `signup:<registrationId>`); enqueuing the same key again is a no-op. */
    dedupeKey: string;
  };
}[MessageKind];

/** Queues a message inside the caller's transaction. Returns false when the same cause was queued before. */
export async function enqueueMessage(tx: Tx, message: OutgoingMessage): Promise<boolean> {
  const created = await tx.outboxMessage.createMany({ data: [message], skipDuplicates: true });
  return created.count === 1;
}
