import type { Locale, Role } from "@sidestilt/domain/roles";
import type { MailMessage } from "../../lib/mailer.ts";

export type InvitationMailFacts = {
  to: string;
  locale: Locale;
  inviteeName: string;
  inviterName: string;
  unitName: string;
  role: Role;
  profession: string | null;
  representsName: string | null;
  link: string;
  validDays: number;
};

/** Role names as the glossary gives them, with the article English needs. */
const roleNames: Record<Locale, Record<Role, string>> = {
  nb: {
    COORDINATOR: "LMS-koordinator",
    PROFESSIONAL: "fagperson",
    USER_REPRESENTATIVE: "brukerrepresentant",
    EVALUATOR: "evaluator",
    UNIT_LEADER: "leder",
  },
  nn: {
    COORDINATOR: "LMS-koordinator",
    PROFESSIONAL: "fagperson",
    USER_REPRESENTATIVE: "brukarrepresentant",
    EVALUATOR: "evaluator",
    UNIT_LEADER: "leiar",
  },
  en: {
    COORDINATOR: "an LMS coordinator",
    PROFESSIONAL: "a professional",
    USER_REPRESENTATIVE: "a user representative",
    EVALUATOR: "an evaluator",
    UNIT_LEADER: "a unit leader",
  },
};

function roleDescription(facts: InvitationMailFacts): string {
  const role = roleNames[facts.locale][facts.role];
  if (facts.profession) return `${role} (${facts.profession})`;
  if (facts.representsName) {
    const representing = { nb: "for", nn: "for", en: "representing" }[facts.locale];
    return `${role} ${representing} ${facts.representsName}`;
  }
  return role;
}

/** The invitation email in the invitation's language: plain text, friendly, with what to do if unexpected. */
export function invitationMail(facts: InvitationMailFacts): MailMessage {
  const role = roleDescription(facts);
  const { inviteeName, inviterName, unitName, link, validDays } = facts;
  const texts: Record<Locale, { subject: string; lines: string[] }> = {
    nb: {
      subject: `Invitasjon til ${unitName} i Sidestilt`,
      lines: [
        `Hei ${inviteeName},`,
        "",
        `${inviterName} har invitert deg til ${unitName} i Sidestilt som ${role}.`,
        "",
        "I Sidestilt planlegger, gjennomfører og evaluerer brukerrepresentanter og fagpersoner lærings- og mestringstilbud sammen, som likeverdige parter.",
        "",
        "Åpne denne lenken for å godta invitasjonen:",
        link,
        "",
        `Lenken er gyldig i ${validDays} dager. Har du allerede en konto i Sidestilt, logger du inn med den. Ellers velger du et passord, og kontoen din er klar.`,
        "",
        `Ventet du ikke denne invitasjonen, kan du se bort fra e-posten: ingenting skjer før du godtar. Lurer du på noe, ta kontakt med ${inviterName} eller ${unitName}.`,
        "",
        "Vennlig hilsen",
        "Sidestilt",
      ],
    },
    nn: {
      subject: `Invitasjon til ${unitName} i Sidestilt`,
      lines: [
        `Hei ${inviteeName},`,
        "",
        `${inviterName} har invitert deg til ${unitName} i Sidestilt som ${role}.`,
        "",
        "I Sidestilt planlegg, gjennomfører og evaluerer brukarrepresentantar og fagpersonar lærings- og meistringstilbod saman, som likeverdige partar.",
        "",
        "Opne denne lenkja for å godta invitasjonen:",
        link,
        "",
        `Lenkja er gyldig i ${validDays} dagar. Har du allereie ein konto i Sidestilt, loggar du inn med han. Elles vel du eit passord, og kontoen din er klar.`,
        "",
        `Venta du ikkje denne invitasjonen, kan du sjå bort frå e-posten: ingenting skjer før du godtek. Lurer du på noko, ta kontakt med ${inviterName} eller ${unitName}.`,
        "",
        "Venleg helsing",
        "Sidestilt",
      ],
    },
    en: {
      subject: `Invitation to ${unitName} in Sidestilt`,
      lines: [
        `Hello ${inviteeName},`,
        "",
        `${inviterName} has invited you to join ${unitName} in Sidestilt as ${role}.`,
        "",
        "In Sidestilt, user representatives and professionals plan, run and evaluate learning and coping courses together, as equals.",
        "",
        "Open this link to accept the invitation:",
        link,
        "",
        `The link is valid for ${validDays} days. If you already have a Sidestilt account, sign in with it. Otherwise you choose a password and your account is ready.`,
        "",
        `If you did not expect this invitation, you can ignore this email: nothing happens until you accept. If you have questions, contact ${inviterName} or ${unitName}.`,
        "",
        "Kind regards,",
        "Sidestilt",
      ],
    },
  };
  const text = texts[facts.locale];
  return { to: facts.to, subject: text.subject, text: `${text.lines.join("\n")}\n` };
}
