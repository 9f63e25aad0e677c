import type { Locale } from "@sidestilt/domain/roles";
import type { MailMessage } from "../../lib/mailer.ts";

export type PasswordResetMailFacts = { to: string; locale: Locale; name: string; link: string; validMinutes: number };

/** The password-reset email in the person's own language: plain text, with what to do if unexpected. */
export function passwordResetMail(facts: PasswordResetMailFacts): MailMessage {
  const { name, link, validMinutes } = facts;
  const texts: Record<Locale, { subject: string; lines: string[] }> = {
    nb: {
      subject: "Velg nytt passord i Sidestilt",
      lines: [
        `Hei ${name},`,
        "",
        "Noen, forhåpentligvis du, har bedt om å få velge nytt passord for kontoen din i Sidestilt. Åpne denne lenken for å velge et nytt passord:",
        link,
        "",
        `Lenken er gyldig i ${validMinutes} minutter og kan bare brukes én gang. Når du har valgt nytt passord, blir du logget ut overalt der du var innlogget.`,
        "",
        "Ba du ikke om dette, kan du se bort fra e-posten: passordet ditt er uendret. Skjer det igjen, si fra til koordinatoren i enheten din.",
        "",
        "Vennlig hilsen",
        "Sidestilt",
      ],
    },
    nn: {
      subject: "Vel nytt passord i Sidestilt",
      lines: [
        `Hei ${name},`,
        "",
        "Nokon, forhåpentlegvis du, har bede om å få velje nytt passord for kontoen din i Sidestilt. Opne denne lenkja for å velje eit nytt passord:",
        link,
        "",
        `Lenkja er gyldig i ${validMinutes} minutt og kan berre brukast éin gong. Når du har valt nytt passord, blir du logga ut overalt der du var innlogga.`,
        "",
        "Bad du ikkje om dette, kan du sjå bort frå e-posten: passordet ditt er uendra. Skjer det igjen, sei frå til koordinatoren i eininga di.",
        "",
        "Venleg helsing",
        "Sidestilt",
      ],
    },
    en: {
      subject: "Choose a new Sidestilt password",
      lines: [
        `Hello ${name},`,
        "",
        "Someone, hopefully you, asked to choose a new password for your Sidestilt account. Open this link to choose a new password:",
        link,
        "",
        `The link is valid for ${validMinutes} minutes and works only once. Once you have chosen a new password, you are signed out everywhere you were signed in.`,
        "",
        "If you did not ask for this, you can ignore this email: your password is unchanged. If it happens again, tell the coordinator of your unit.",
        "",
        "Kind regards,",
        "Sidestilt",
      ],
    },
  };
  const text = texts[facts.locale];
  return { to: facts.to, subject: text.subject, text: `${text.lines.join("\n")}\n` };
}
