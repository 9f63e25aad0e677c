import type { FastifyBaseLogger } from "fastify";
import { PgBoss } from "pg-boss";
import type { Db } from "../db/prisma.ts";
import { drainOutbox } from "../features/notifications/outbox-worker.ts";
import { enqueueSessionReminders } from "../features/notifications/session-reminders.ts";
import { expireOffers } from "../features/registrations/waiting-list.ts";
import type { Mailer } from "../lib/mailer.ts";
import { type PurgeOptions, purgeExpiredData } from "./purge.ts";

// Background work on a pg-boss job queue in the application's own database (its tables live in the
// schema "pgboss"): no broker to run, jobs survive restarts, and several replicas share the work
// without doing it twice (docs/decisions/0017). Each job's body is a plain function of the database
// and the clock, tested on its own; this file only schedules them.

export const jobNames = {
  drainOutbox: "outbox.drain",
  expireOffers: "offers.expire",
  enqueueReminders: "reminders.enqueue",
  purge: "purge",
} as const;

/** When each job runs by itself (cron, UTC). Draining also runs right after a request queued an email. */
export const jobSchedules: Record<keyof typeof jobNames, string> = {
  drainOutbox: "* * * * *",
  expireOffers: "* * * * *",
  enqueueReminders: "*/15 * * * *",
  purge: "7 * * * *",
};

export type JobQueue = {
  /** Asks for the outbox to be drained now (after a commit that queued emails); never throws. */
  kickOutbox(): void;
  /** Lets running jobs finish (up to the timeout), then stops; call before the database stops. */
  stop(): Promise<void>;
};

export type JobQueueOptions = {
  databaseUrl: string;
  db: Db;
  /** Null without SMTP_URL: emails then stay queued in the outbox. */
  mailer: Mailer | null;
  log: FastifyBaseLogger;
  purge: PurgeOptions;
  /** How long stop() waits for running jobs. */
  stopTimeoutMs?: number;
};

export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { db, mailer, log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: "pgboss",
    max: 4,
    application_name: "sidestilt-jobs",
  });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();

  const stopping = new AbortController();
  try {
    // "stately": at most one job of a kind waiting and one running, so kicks and schedules never pile up.
    for (const name of Object.values(jobNames)) {
      await boss.createQueue(name, { policy: "stately", retryLimit: 2, retryDelay: 30, expireInSeconds: 15 * 60 });
    }

    if (!mailer) {
      log.warn("SMTP_URL is not set: emails to participants stay queued in the outbox until it is");
    }

    const drainWorker = await boss.work(jobNames.drainOutbox, { pollingIntervalSeconds: 2 }, async () => {
      const result = await drainOutbox(db, mailer, { signal: stopping.signal });
      if (result.failed > 0) log.warn({ failed: result.failed }, "emails given up after their last attempt");
    });
    const kick = () => {
      if (stopping.signal.aborted) return;
      boss
        .send(jobNames.drainOutbox, {})
        // Wakes this process's worker at once instead of at its next poll.
        .then(() => boss.notifyWorker(drainWorker))
        .catch((error: unknown) => log.warn({ err: error }, "could not ask for the outbox to be drained"));
    };
    await boss.work(jobNames.expireOffers, { pollingIntervalSeconds: 5 }, async () => {
      const expired = await expireOffers(db, new Date());
      if (expired > 0) kick();
    });
    await boss.work(jobNames.enqueueReminders, { pollingIntervalSeconds: 5 }, async () => {
      const queued = await enqueueSessionReminders(db, new Date());
      if (queued > 0) kick();
    });
    await boss.work(jobNames.purge, { pollingIntervalSeconds: 5 }, async () => {
      const purged = await purgeExpiredData(db, new Date(), options.purge);
      log.info({ purged }, "expired data purged");
    });

    for (const [job, name] of Object.entries(jobNames) as [keyof typeof jobNames, string][]) {
      await boss.schedule(name, jobSchedules[job]);
    }
    // Whatever a previous process left queued (it may have stopped before sending) goes out now.
    kick();

    return {
      kickOutbox: kick,
      stop: async () => {
        stopping.abort();
        await boss.stop({ graceful: true, timeout: options.stopTimeoutMs ?? 10_000 });
      },
    };
  } catch (error) {
    stopping.abort();
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
}
