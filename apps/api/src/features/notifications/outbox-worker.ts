import type { Db, Tx } from "../../db/prisma.ts";
import type { Locale, MessageKind } from "../../generated/prisma/enums.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { type MessageData, messageDataSchemas } from "./message-data.ts";
import { renderMessage } from "./templates.ts";

// Sends what the outbox holds (outbox.ts). Each message is claimed, sent and marked in one transaction
// of its own: the row stays locked (FOR UPDATE SKIP LOCKED) while the SMTP server takes the message, so
// concurrent workers never pick the same one, and a process that dies before the commit leaves the
// message unsent, to be sent after the restart. Delivery is therefore at least once: a crash after the
// SMTP server accepted a message but before the commit sends it again (docs/decisions/0017).

/** Waits before the next attempt after the 1st, 2nd … failed one; the attempt after the last wait is the last. */
export const retryDelaysMinutes = [1, 5, 30, 120, 360] as const;
export const maxAttempts = retryDelaysMinutes.length + 1;

/** Longer than the mailer's own timeouts (lib/mailer.ts), so a slow SMTP server fails as a send error. */
const transactionTimeoutMs = 60_000;

export type DrainResult = { sent: number; retrying: number; failed: number };

type DueMessage = {
  id: string;
  kind: MessageKind;
  recipient: string;
  locale: Locale;
  data: unknown;
  attempts: number;
};

type Outcome = keyof DrainResult;

/**
 * Sends up to `batch` messages that are due at `now`, one transaction each. Without a mailer nothing is
 * sent: the messages stay queued until the server runs with SMTP_URL.
 */
export async function sendDueMessages(
  db: Db,
  mailer: Mailer | null,
  now: Date = new Date(),
  options: { batch?: number; signal?: AbortSignal } = {},
): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  if (!mailer) return result;
  const batch = options.batch ?? 20;
  for (let claimed = 0; claimed < batch && !options.signal?.aborted; claimed++) {
    const outcome = await db.$transaction((tx) => sendNext(tx, mailer, now), { timeout: transactionTimeoutMs });
    if (!outcome) break;
    result[outcome]++;
  }
  return result;
}

const handled = (result: DrainResult) => result.sent + result.retrying + result.failed;

/**
 * The job: sends batches until nothing is due (at most `maxBatches`, so one job never runs for long; the
 * next drain takes the rest). Stops between messages once `signal` is aborted (the process is stopping).
 */
export async function drainOutbox(
  db: Db,
  mailer: Mailer | null,
  options: { signal?: AbortSignal; batch?: number; maxBatches?: number } = {},
): Promise<DrainResult> {
  const total: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  const batch = options.batch ?? 20;
  for (let round = 0; round < (options.maxBatches ?? 10) && !options.signal?.aborted; round++) {
    const result = await sendDueMessages(db, mailer, new Date(), { batch, signal: options.signal });
    total.sent += result.sent;
    total.retrying += result.retrying;
    total.failed += result.failed;
    if (handled(result) < batch) break;
  }
  return total;
}

/** Claims the next due message, sends it and records the outcome; null when nothing is due. */
async function sendNext(tx: Tx, mailer: Mailer, now: Date): Promise<Outcome | null> {
  const [message] = await tx.$queryRaw<DueMessage[]>`
    SELECT id, kind, recipient, locale, data, attempts
    FROM outbox_message
    WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${now}
    ORDER BY next_attempt_at, id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  if (!message) return null;

  const parsed = messageDataSchemas[message.kind].safeParse(message.data);
  if (!parsed.success) {
    // Sending again would not help: the values are wrong. Only the paths, never the values.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(data)"))].join(", ");
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, failedAt: now, lastError: `invalid template data: ${fields}` },
    });
    return "failed";
  }

  try {
    const { subject, text } = renderMessage(message.kind, message.locale, parsed.data as MessageData[MessageKind]);
    await mailer.send({ to: message.recipient, subject, text });
  } catch (error) {
    const attempts = message.attempts + 1;
    const delay = retryDelaysMinutes[attempts - 1];
    const giveUp = attempts >= maxAttempts || delay === undefined;
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: {
        attempts,
        lastError: describeError(error),
        ...(giveUp ? { failedAt: now } : { nextAttemptAt: new Date(now.getTime() + delay * 60_000) }),
      },
    });
    return giveUp ? "failed" : "retrying";
  }

  // Sent: what the template needed (names, the personal link) is no longer kept.
  await tx.outboxMessage.update({
    where: { id: message.id },
    data: { attempts: { increment: 1 }, sentAt: now, data: {}, lastError: null },
  });
  return "sent";
}

const emailAddress = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** The SMTP error for operators: its code and message, with any address taken out, at most 500 characters. */
export function describeError(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const parts = [
    typeof code === "string" ? code : null,
    typeof responseCode === "number" ? String(responseCode) : null,
    typeof message === "string" ? message : String(error),
  ].filter((part): part is string => part !== null && part !== "");
  return parts.join(" ").replace(emailAddress, "[address]").replace(/\s+/g, " ").slice(0, 500);
}
