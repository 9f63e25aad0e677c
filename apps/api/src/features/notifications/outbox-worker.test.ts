import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrisma, type Db } from "../../db/prisma.ts";
import { freePort } from "../../lib/free-port.ts";
import { createMailer, type Mailer } from "../../lib/mailer.ts";
import { type SmtpSink, startSmtpSink } from "../../test/smtp-sink.ts";
import { aMessage, createOwnDatabase, type OwnDatabase } from "./notifications-test-world.ts";
import { enqueueMessage, type OutgoingMessage } from "./outbox.ts";
import { describeError, drainOutbox, maxAttempts, retryDelaysMinutes, sendDueMessages } from "./outbox-worker.ts";

let own: OwnDatabase;
let sink: SmtpSink;
let mailer: Mailer;
const from = "Sidestilt <no-reply@sidestilt.test>";

beforeAll(async () => {
  own = await createOwnDatabase();
  sink = await startSmtpSink();
  mailer = createMailer({ SMTP_URL: sink.url, MAIL_FROM: from }) as Mailer;
});
afterAll(async () => {
  mailer.close();
  await sink.stop();
  await own.drop();
});
// Each test starts with an empty outbox: the worker sends whatever is due in the whole database.
beforeEach(async () => {
  await own.db.outboxMessage.deleteMany();
});

const enqueue = (message: OutgoingMessage, db: Db = own.db) => db.$transaction((tx) => enqueueMessage(tx, message));
const rowOf = (dedupeKey: string) => own.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
const received = (to: string) => sink.messages.filter((mail) => mail.to === to.toLowerCase());
const minutes = (n: number) => n * 60_000;

/** A real SMTP server that refuses every recipient, quoting the address the way many servers do. */
async function startRefusingServer() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onRcptTo(address, _session, callback) {
      callback(Object.assign(new Error(`Mailbox ${address.address} does not exist`), { responseCode: 550 }));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    mailer: createMailer({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: from }) as Mailer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("sending the outbox", () => {
  it("sends a due message once, then marks it sent and clears its data", async () => {
    const message = aMessage({ locale: "nn" });
    expect(await enqueue(message)).toBe(true);
    expect(await enqueue(message)).toBe(false); // the same cause again is a no-op

    const now = new Date();
    expect(await sendDueMessages(own.db, mailer, now)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = received(message.recipient);
    expect(mail?.subject).toBe("Du er meld av «Lære å leve med KOLS»");
    expect(mail?.text).toContain("Hei Kari Nordmann,");
    expect(mail?.from).toBe("no-reply@sidestilt.test");

    expect(await rowOf(message.dedupeKey)).toMatchObject({ sentAt: now, data: {}, attempts: 1, lastError: null });
    expect(await sendDueMessages(own.db, mailer, new Date())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received(message.recipient)).toHaveLength(1);
  });

  it("leaves messages that are not due yet, and sent or given-up ones", async () => {
    const later = aMessage();
    const sent = aMessage();
    const failed = aMessage();
    for (const message of [later, sent, failed]) await enqueue(message);
    const now = new Date();
    await own.db.outboxMessage.update({
      where: { dedupeKey: later.dedupeKey },
      data: { nextAttemptAt: new Date(now.getTime() + minutes(5)) },
    });
    await own.db.outboxMessage.update({ where: { dedupeKey: sent.dedupeKey }, data: { sentAt: now } });
    await own.db.outboxMessage.update({ where: { dedupeKey: failed.dedupeKey }, data: { failedAt: now } });

    expect(await sendDueMessages(own.db, mailer, now)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sendDueMessages(own.db, mailer, new Date(now.getTime() + minutes(5)))).toMatchObject({ sent: 1 });
    expect(received(later.recipient)).toHaveLength(1);
    expect(received(sent.recipient)).toHaveLength(0);
    expect(received(failed.recipient)).toHaveLength(0);
  });

  it("keeps messages queued when there is no SMTP server configured", async () => {
    const message = aMessage();
    await enqueue(message);
    expect(await sendDueMessages(own.db, null, new Date())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await rowOf(message.dedupeKey)).toMatchObject({ sentAt: null, failedAt: null, attempts: 0 });
    expect((await rowOf(message.dedupeKey)).data).toMatchObject({ name: "Kari Nordmann" });
  });

  it("retries a refused message with growing waits, then gives up, never storing the address", async () => {
    const refusing = await startRefusingServer();
    try {
      const message = aMessage({ recipient: "Kari.Nordmann@test.example" });
      await enqueue(message);
      let now = new Date();
      for (const [index, delay] of retryDelaysMinutes.entries()) {
        expect(await sendDueMessages(own.db, refusing.mailer, now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
        const row = await rowOf(message.dedupeKey);
        expect(row.attempts).toBe(index + 1);
        expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + minutes(delay)));
        expect(row.lastError).toContain("550");
        expect(row.lastError).toContain("[address]");
        expect(row.lastError?.toLowerCase()).not.toContain("kari.nordmann");
        // Not due a minute too early.
        const early = new Date(now.getTime() + minutes(delay) - 1000);
        expect(await sendDueMessages(own.db, refusing.mailer, early)).toEqual({ sent: 0, retrying: 0, failed: 0 });
        now = new Date(now.getTime() + minutes(delay));
      }
      expect(await sendDueMessages(own.db, refusing.mailer, now)).toEqual({ sent: 0, retrying: 0, failed: 1 });
      const row = await rowOf(message.dedupeKey);
      expect(row).toMatchObject({ attempts: maxAttempts, failedAt: now, sentAt: null });
      expect(await sendDueMessages(own.db, mailer, new Date(now.getTime() + minutes(24 * 60)))).toMatchObject({
        failed: 0,
        sent: 0,
      });
    } finally {
      refusing.mailer.close();
      await refusing.stop();
    }
  });

  it("gives up at once on template data that does not fit, naming the fields but not the values", async () => {
    const message = aMessage();
    await own.db.outboxMessage.create({
      data: { ...message, data: { name: "Kari Nordmann", courseTitle: "KOLS", startsOn: "11.03.2031" } },
    });
    const now = new Date();
    expect(await sendDueMessages(own.db, mailer, now)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await rowOf(message.dedupeKey);
    expect(row).toMatchObject({ failedAt: now, attempts: 1, lastError: "invalid template data: startsOn" });
    expect(received(message.recipient)).toHaveLength(0);
  });

  it("drains more than one batch in a job", async () => {
    const messages = Array.from({ length: 25 }, () => aMessage());
    for (const message of messages) await enqueue(message);
    expect(await drainOutbox(own.db, mailer, { batch: 10 })).toEqual({ sent: 25, retrying: 0, failed: 0 });
    for (const message of messages) expect(received(message.recipient)).toHaveLength(1);
  });

  it("stops between messages once the process is stopping", async () => {
    for (let i = 0; i < 3; i++) await enqueue(aMessage());
    const stopping = new AbortController();
    stopping.abort();
    expect(await drainOutbox(own.db, mailer, { signal: stopping.signal })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await own.db.outboxMessage.count({ where: { sentAt: null } })).toBe(3);
  });
});

describe("crashes and concurrent workers", () => {
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: own.url });
    await admin.connect();
  });
  afterAll(() => admin.end());

  /** A worker process of its own: its own connection pool, named so that it can be killed. */
  const workerProcess = (name: string) => {
    const url = new URL(own.url);
    url.searchParams.set("application_name", name);
    return createPrisma(url.toString(), { maxConnections: 2 });
  };
  /** What the database sees when a process dies: its connections drop, its transactions roll back. */
  const kill = (name: string) =>
    admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [name]);

  it("sends a message exactly once after the worker died before sending it, and nothing on a second drain", async () => {
    const message = aMessage();
    await enqueue(message);

    const crashing = workerProcess("worker-dies-before-sending");
    const dying: Mailer = {
      send: async () => {
        await kill("worker-dies-before-sending");
        throw new Error("the process died");
      },
      close: () => {},
    };
    await expect(sendDueMessages(crashing, dying, new Date())).rejects.toThrow();
    await crashing.$disconnect().catch(() => {});
    // Nothing was recorded: not sent, not counted as an attempt, still due.
    expect(await rowOf(message.dedupeKey)).toMatchObject({ sentAt: null, attempts: 0, failedAt: null });

    const restarted = workerProcess("worker-after-restart");
    try {
      expect(await sendDueMessages(restarted, mailer, new Date())).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(await sendDueMessages(restarted, mailer, new Date())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    } finally {
      await restarted.$disconnect();
    }
    expect(received(message.recipient)).toHaveLength(1);
  });

  it("sends again when the worker died after the SMTP server took the message but before it committed (at least once)", async () => {
    const message = aMessage();
    await enqueue(message);
    const crashing = workerProcess("worker-dies-after-sending");
    const sendsThenDies: Mailer = {
      send: async (mail) => {
        await mailer.send(mail);
        await kill("worker-dies-after-sending");
        throw new Error("the process died");
      },
      close: () => {},
    };
    await expect(sendDueMessages(crashing, sendsThenDies, new Date())).rejects.toThrow();
    await crashing.$disconnect().catch(() => {});
    expect(await sendDueMessages(own.db, mailer, new Date())).toMatchObject({ sent: 1 });
    expect(received(message.recipient)).toHaveLength(2);
  });

  it("never sends a message twice when two workers drain at the same time", async () => {
    const messages = Array.from({ length: 40 }, () => aMessage());
    for (const message of messages) await enqueue(message);
    const first = workerProcess("worker-one");
    const second = workerProcess("worker-two");
    try {
      const now = new Date();
      const results = await Promise.all([
        sendDueMessages(first, mailer, now, { batch: 40 }),
        sendDueMessages(second, mailer, now, { batch: 40 }),
      ]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(40);
    } finally {
      await first.$disconnect();
      await second.$disconnect();
    }
    for (const message of messages) expect(received(message.recipient), message.recipient).toHaveLength(1);
    expect(await own.db.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
  });
});

describe("describeError", () => {
  it("keeps the SMTP code and message, without addresses, on one short line", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <ola@x.no>: no"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    expect(describeError(error)).toBe(
      "EENVELOPE 550 Can't send mail - all recipients were rejected: 550 <[address]>: no",
    );
    expect(describeError(new Error(`x\n${"y".repeat(600)}`))).toHaveLength(500);
    expect(describeError("plain")).toBe("plain");
  });
});
