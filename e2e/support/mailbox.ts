// The e2e server's mailbox (support/server.ts): every email the app sent, read over HTTP on loopback,
// so that a journey can follow the link in an invitation, a reset or a participant's confirmation.

export type Mail = { to: string; from: string; subject: string; text: string };

/** Where support/server.ts serves the mailbox: E2E_MAILBOX_PORT, else the app's port + 1000. */
export function mailboxPort(appPort = Number(process.env.E2E_PORT ?? process.env.PORT ?? 3100)): number {
  return Number(process.env.E2E_MAILBOX_PORT ?? appPort + 1000);
}

async function allMail(): Promise<Mail[]> {
  const response = await fetch(`http://127.0.0.1:${mailboxPort()}/messages`);
  if (!response.ok) throw new Error(`the mailbox answered ${response.status}`);
  return (await response.json()) as Mail[];
}

/**
 * The newest email to `to` (case-insensitive) whose subject matches, waiting up to 20 seconds for it to
 * arrive (participant emails leave through the outbox, a moment after the request).
 */
export async function readMail(to: string, subjectMatch?: string | RegExp, timeoutMs = 20_000): Promise<Mail> {
  const recipient = to.toLowerCase();
  const matches = (mail: Mail) =>
    mail.to === recipient &&
    (subjectMatch === undefined ||
      (typeof subjectMatch === "string" ? mail.subject.includes(subjectMatch) : subjectMatch.test(mail.subject)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await allMail();
    const found = mail.filter(matches).at(-1);
    if (found) return found;
    if (Date.now() > deadline) {
      const toThem = mail.filter((message) => message.to === recipient).map((message) => message.subject);
      throw new Error(
        `no email to ${to}${subjectMatch ? ` matching ${String(subjectMatch)}` : ""} within ${timeoutMs} ms ` +
          `(${mail.length} in the mailbox; to them: ${JSON.stringify(toThem)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in an email's text that contains `pathStart` (e.g. "/invitation#"). */
export function linkIn(mail: Mail, pathStart: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.includes(pathStart) && /^https?:\/\//.test(word));
  if (!link) throw new Error(`no link with ${pathStart} in the email "${mail.subject}"`);
  return link;
}
