import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { aMessage, createOwnDatabase, type OwnDatabase } from "../features/notifications/notifications-test-world.ts";
import { enqueueMessage } from "../features/notifications/outbox.ts";
import { createMailer, type Mailer } from "../lib/mailer.ts";
import { type SmtpSink, startSmtpSink } from "../test/smtp-sink.ts";
import { type JobQueue, jobNames, jobSchedules, startJobQueue } from "./job-queue.ts";

// The real pg-boss on a database of its own, sending through a real SMTP server: what the server
// process runs. The job bodies themselves are tested directly (outbox-worker, session-reminders, purge).

let own: OwnDatabase;
let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  own = await createOwnDatabase();
  sink = await startSmtpSink();
  mailer = createMailer({ SMTP_URL: sink.url, MAIL_FROM: "no-reply@sidestilt.test" }) as Mailer;
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
  await own.drop();
});

const start = () =>
  startJobQueue({
    databaseUrl: own.url,
    db: own.db,
    mailer,
    log: pino({ level: "silent" }),
    purge: { sessionIdleMinutes: 30 },
    stopTimeoutMs: 5_000,
  });

const enqueue = (message: ReturnType<typeof aMessage>) => own.db.$transaction((tx) => enqueueMessage(tx, message));

describe("the job queue", () => {
  let jobs: JobQueue | undefined;
  afterAll(async () => {
    await jobs?.stop();
  });

  it("sends what a stopped process left queued once it starts, and a message as soon as it is kicked", async () => {
    const leftBehind = aMessage();
    await enqueue(leftBehind);
    jobs = await start();
    await sink.waitForMessage((mail) => mail.to === leftBehind.recipient, 20_000);

    const message = aMessage({ locale: "en" });
    await enqueue(message);
    jobs.kickOutbox();
    const mail = await sink.waitForMessage((received) => received.to === message.recipient, 20_000);
    expect(mail.subject).toBe("You are no longer signed up for “Lære å leve med KOLS”");
    // The SMTP server has it before the worker's transaction commits the row as sent.
    await vi.waitFor(async () => {
      const row = await own.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: message.dedupeKey } });
      expect(row.sentAt).not.toBeNull();
      expect(row.data).toEqual({});
    });
    expect(sink.messages.filter((received) => received.to === message.recipient)).toHaveLength(1);
  });

  it("schedules every job in its own schema of the database", async () => {
    const client = new pg.Client({ connectionString: own.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string }>(
        "SELECT name, cron FROM pgboss.schedule ORDER BY name",
      );
      const expected = Object.entries(jobNames).map(([job, name]) => ({
        name,
        cron: jobSchedules[job as keyof typeof jobNames],
      }));
      expect(rows).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    } finally {
      await client.end();
    }
  });

  it("stops gracefully, after which a kick is ignored", async () => {
    await jobs?.stop();
    expect(() => jobs?.kickOutbox()).not.toThrow();
    jobs = undefined;
  });

  it("warns once at start when there is no SMTP server, and leaves the messages queued", async () => {
    const lines: string[] = [];
    const message = aMessage();
    await enqueue(message);
    const withoutMail = await startJobQueue({
      databaseUrl: own.url,
      db: own.db,
      mailer: null,
      log: pino({ level: "warn" }, { write: (line: string) => lines.push(line) }),
      purge: { sessionIdleMinutes: 30 },
      stopTimeoutMs: 5_000,
    });
    try {
      withoutMail.kickOutbox();
      // Long enough for a drain to have run (the worker polls every 2 s and is woken by the kick).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      await withoutMail.stop();
    }
    const warnings = lines.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(warnings.filter((line) => line.msg.includes("SMTP_URL is not set"))).toHaveLength(1);
    const row = await own.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: message.dedupeKey } });
    expect(row).toMatchObject({ sentAt: null, attempts: 0 });
    expect(sink.messages.filter((received) => received.to === message.recipient)).toHaveLength(0);
  });
});
