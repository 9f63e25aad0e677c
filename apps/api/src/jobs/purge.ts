import type { Db } from "../db/prisma.ts";
import { oidcLoginValidMinutes } from "../features/oidc/oidc.service.ts";
import { osloDate } from "../lib/oslo-time.ts";
import { throttleLimits } from "../lib/sign-in-throttle.ts";
import { IDEMPOTENCY_KEY_LIFETIME_MS } from "../plugins/idempotency.ts";

// Deletes what Sidestilt has no reason to keep any more (prisma/data-inventory.json says how long each
// thing is kept). The job queue runs it every hour; each rule is one indexed-enough DELETE, safe to run
// on several replicas at once and again after a crash.

/** Sent (or given-up) emails are kept this long for operators, then deleted; so are ones never sent. */
export const outboxRetentionDays = 30;
/** Participants' registrations (and their attendance) are kept this long after the run ended. */
export const registrationRetentionMonths = 12;

export type PurgeOptions = { sessionIdleMinutes: number };
export type PurgeResult = {
  outboxMessages: number;
  idempotencyKeys: number;
  registrations: number;
  sessions: number;
  signInThrottles: number;
  oidcLogins: number;
};

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

/** The calendar date `months` months before the Oslo date of `now` (YYYY-MM-DD). */
export function monthsBefore(now: Date, months: number): string {
  const [year = 1970, month = 1, day = 1] = osloDate(now).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 - months, 1));
  // The same day of the month, or the month's last day when it is shorter (31 May → 30 April).
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

export async function purgeExpiredData(db: Db, now: Date, options: PurgeOptions): Promise<PurgeResult> {
  const outboxCutoff = minutesBefore(now, outboxRetentionDays * 24 * 60);
  const outboxMessages = await db.$executeRaw`
    DELETE FROM outbox_message WHERE COALESCE(sent_at, failed_at, created_at) < ${outboxCutoff}`;

  const idempotencyKeys = await db.idempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS) } },
  });

  // Attendance goes with its registration (ON DELETE CASCADE).
  const registrations = await db.registration.deleteMany({
    where: { run: { endsOn: { lt: new Date(`${monthsBefore(now, registrationRetentionMonths)}T00:00:00Z`) } } },
  });

  const sessions = await db.session.deleteMany({
    where: {
      OR: [{ absoluteExpiry: { lte: now } }, { lastSeenAt: { lte: minutesBefore(now, options.sessionIdleMinutes) } }],
    },
  });

  const signInThrottles = await db.signInThrottle.deleteMany({
    where: { windowStart: { lt: minutesBefore(now, throttleLimits.windowSeconds / 60) } },
  });

  const oidcLogins = await db.oidcLogin.deleteMany({
    where: { createdAt: { lt: minutesBefore(now, oidcLoginValidMinutes) } },
  });

  return {
    outboxMessages,
    idempotencyKeys: idempotencyKeys.count,
    registrations: registrations.count,
    sessions: sessions.count,
    signInThrottles: signInThrottles.count,
    oidcLogins: oidcLogins.count,
  };
}
