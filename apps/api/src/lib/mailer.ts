import nodemailer from "nodemailer";

export type MailMessage = { to: string; subject: string; text: string };

/** Sends one email; throws when the SMTP server refuses it. */
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/** An SMTP mailer when SMTP_URL is set, otherwise null (links are then shown to the coordinator). */
export function createMailer(config: { SMTP_URL?: string | undefined; MAIL_FROM: string }): Mailer | null {
  if (!config.SMTP_URL) return null;
  // Short timeouts: a hanging mail server must not hold a coordinator's request for minutes (the link
  // is then shown to pass on instead).
  const transport = nodemailer.createTransport({
    url: config.SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (message) => {
      await transport.sendMail({ from: config.MAIL_FROM, ...message });
    },
    close: () => transport.close(),
  };
}
