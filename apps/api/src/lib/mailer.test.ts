import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../test/smtp-sink.ts";
import { createMailer } from "./mailer.ts";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

describe("createMailer", () => {
  it("is null without SMTP_URL, so that links are shown instead", () => {
    expect(createMailer({ MAIL_FROM: "Sidestilt <no-reply@sidestilt.test>" })).toBeNull();
  });

  it("delivers a plain-text message through a real SMTP server, non-ASCII intact", async () => {
    const mailer = createMailer({ SMTP_URL: sink.url, MAIL_FROM: "Sidestilt <no-reply@sidestilt.test>" });
    if (!mailer) throw new Error("expected a mailer");
    try {
      await mailer.send({ to: "Kari@Test.Example", subject: "Hei på deg – æøå", text: "Første linje\nAndre linje\n" });
      const mail = await sink.waitForMessage((m) => m.to === "kari@test.example");
      expect(mail.from).toBe("no-reply@sidestilt.test");
      expect(mail.subject).toBe("Hei på deg – æøå");
      expect(mail.text).toBe("Første linje\nAndre linje\n");
    } finally {
      mailer.close();
    }
  });

  it("rejects when the SMTP server cannot be reached", async () => {
    const stopped = await startSmtpSink();
    await stopped.stop();
    const mailer = createMailer({ SMTP_URL: stopped.url, MAIL_FROM: "no-reply@sidestilt.test" });
    if (!mailer) throw new Error("expected a mailer");
    await expect(mailer.send({ to: "a@test.example", subject: "x", text: "y" })).rejects.toThrow();
    mailer.close();
  });
});
