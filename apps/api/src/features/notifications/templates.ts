import { offerHoldHours } from "@sidestilt/domain/enrolment";
import type { Locale, MessageKind } from "../../generated/prisma/enums.ts";
import type { MessageData } from "./message-data.ts";
import { formatClock, formatClockSpan, formatDay, formatMoment } from "./message-format.ts";

// The emails participants get, in bokmål, nynorsk and English: plain text, short sentences, what it
// means for them and what (if anything) they need to do. Many participants are elderly and read on a
// phone, so every email says the most important thing first and keeps links on lines of their own.

export type RenderedMessage = { subject: string; text: string };

/** The middle of a letter: greeting and closing are the same for all. `null` lines are left out. */
type Letter = { subject: string; body: (string | null)[] };
type Template<K extends MessageKind> = (data: MessageData[K], locale: Locale) => Letter;

const quote = (title: string, locale: Locale) => (locale === "en" ? `“${title}”` : `«${title}»`);

const frame = {
  nb: {
    hello: (name: string) => `Hei ${name},`,
    closing: ["Vennlig hilsen", "Lærings- og mestringstjenesten"],
    noReply: "Denne e-posten er sendt automatisk, og svar på den blir ikke lest.",
    personal: "Lenken er personlig, så ikke del den med andre.",
  },
  nn: {
    hello: (name: string) => `Hei ${name},`,
    closing: ["Venleg helsing", "Lærings- og meistringstenesta"],
    noReply: "Denne e-posten er send automatisk, og svar på han blir ikkje lesne.",
    personal: "Lenkja er personleg, så ikkje del ho med andre.",
  },
  en: {
    hello: (name: string) => `Hello ${name},`,
    closing: ["Kind regards,", "The learning and coping service"],
    noReply: "This email was sent automatically; replies are not read.",
    personal: "The link is personal, so please do not share it.",
  },
} as const satisfies Record<Locale, unknown>;

function whereAndHow(data: MessageData["SIGNUP_CONFIRMED"], locale: Locale): (string | null)[] {
  const place = data.place?.trim() || null;
  const texts = {
    nb: {
      place: `Sted: ${place}`,
      digital: "Kurset er digitalt. Lenken til videomøtet får du i en påminnelse før hver samling.",
      hybrid: "Du kan også være med digitalt. Lenken til videomøtet får du i en påminnelse før hver samling.",
      later: "Tid og sted for hver samling får du i en påminnelse før samlingen.",
    },
    nn: {
      place: `Stad: ${place}`,
      digital: "Kurset er digitalt. Lenkja til videomøtet får du i ei påminning før kvar samling.",
      hybrid: "Du kan òg vere med digitalt. Lenkja til videomøtet får du i ei påminning før kvar samling.",
      later: "Tid og stad for kvar samling får du i ei påminning før samlinga.",
    },
    en: {
      place: `Where: ${place}`,
      digital: "The course is online. You will get the link to the video meeting in a reminder before each session.",
      hybrid:
        "You can also take part online. You will get the link to the video meeting in a reminder before each session.",
      later: "You will get the time and place of each session in a reminder before it.",
    },
  }[locale];
  if (place && data.digital) return [texts.place, texts.hybrid];
  if (place) return [texts.place];
  return [data.digital ? texts.digital : texts.later];
}

const signupConfirmed: Template<"SIGNUP_CONFIRMED"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.startsOn, locale);
  const where = whereAndHow(data, locale);
  const { personal } = frame[locale];
  return {
    nb: {
      subject: `Du har fått plass på ${title}`,
      body: [
        `Takk for påmeldingen! Du har fått plass på ${title}, som starter ${day}.`,
        "",
        ...where,
        "",
        "Her kan du se påmeldingen din, eller melde deg av hvis du ikke kan komme:",
        data.manageUrl,
        personal,
        "",
        "Kan du ikke komme likevel, er det fint om du melder deg av, så plassen kan gå til en som venter.",
      ],
    },
    nn: {
      subject: `Du har fått plass på ${title}`,
      body: [
        `Takk for påmeldinga! Du har fått plass på ${title}, som startar ${day}.`,
        "",
        ...where,
        "",
        "Her kan du sjå påmeldinga di, eller melde deg av dersom du ikkje kan kome:",
        data.manageUrl,
        personal,
        "",
        "Kan du ikkje kome likevel, er det fint om du melder deg av, så plassen kan gå til ein som ventar.",
      ],
    },
    en: {
      subject: `You have a place on ${title}`,
      body: [
        `Thank you for signing up! You have a place on ${title}, which starts on ${day}.`,
        "",
        ...where,
        "",
        "Here you can see your registration, or cancel it if you cannot come:",
        data.manageUrl,
        personal,
        "",
        "If you cannot come after all, please cancel, so that your place can go to someone who is waiting.",
      ],
    },
  }[locale];
};

const waitingListJoined: Template<"WAITING_LIST_JOINED"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.startsOn, locale);
  const { personal } = frame[locale];
  return {
    nb: {
      subject: `Du står på venteliste til ${title}`,
      body: [
        `Takk for påmeldingen! ${title}, som starter ${day}, er fullt akkurat nå. Du står på ventelisten som nummer ${data.position}.`,
        "",
        `Blir en plass ledig, får du en e-post med tilbud om plassen. Da har du ${offerHoldHours} timer på å svare.`,
        "",
        "Vil du ikke stå på ventelisten lenger, kan du melde deg av her:",
        data.manageUrl,
        personal,
      ],
    },
    nn: {
      subject: `Du står på venteliste til ${title}`,
      body: [
        `Takk for påmeldinga! ${title}, som startar ${day}, er fullt akkurat no. Du står på ventelista som nummer ${data.position}.`,
        "",
        `Blir ein plass ledig, får du ein e-post med tilbod om plassen. Då har du ${offerHoldHours} timar på å svare.`,
        "",
        "Vil du ikkje stå på ventelista lenger, kan du melde deg av her:",
        data.manageUrl,
        personal,
      ],
    },
    en: {
      subject: `You are on the waiting list for ${title}`,
      body: [
        `Thank you for signing up! ${title}, which starts on ${day}, is full at the moment. You are number ${data.position} on the waiting list.`,
        "",
        `If a place becomes free, we will email you an offer. You will then have ${offerHoldHours} hours to answer.`,
        "",
        "If you no longer want to wait for a place, you can leave the waiting list here:",
        data.manageUrl,
        personal,
      ],
    },
  }[locale];
};

const seatOffered: Template<"SEAT_OFFERED"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.startsOn, locale);
  const until = formatMoment(data.offerExpiresAt, locale);
  const { personal } = frame[locale];
  return {
    nb: {
      subject: `En plass er ledig til deg på ${title}`,
      body: [
        `Gode nyheter: Det har blitt ledig en plass på ${title}, som starter ${day}.`,
        "",
        `Vi holder av plassen til deg til ${until}. Åpne lenken for å takke ja eller nei:`,
        data.manageUrl,
        personal,
        "",
        "Svarer du ikke innen fristen, går plassen videre til neste på ventelisten.",
      ],
    },
    nn: {
      subject: `Ein plass er ledig til deg på ${title}`,
      body: [
        `Gode nyheiter: Det har vorte ledig ein plass på ${title}, som startar ${day}.`,
        "",
        `Vi held av plassen til deg til ${until}. Opne lenkja for å takke ja eller nei:`,
        data.manageUrl,
        personal,
        "",
        "Svarer du ikkje innan fristen, går plassen vidare til nestemann på ventelista.",
      ],
    },
    en: {
      subject: `A place is free for you on ${title}`,
      body: [
        `Good news: a place has become free on ${title}, which starts on ${day}.`,
        "",
        `We are holding the place for you until ${until}. Open the link to accept or decline it:`,
        data.manageUrl,
        personal,
        "",
        "If you do not answer by then, the place goes to the next person on the waiting list.",
      ],
    },
  }[locale];
};

const registrationCancelled: Template<"REGISTRATION_CANCELLED"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.startsOn, locale);
  return {
    nb: {
      subject: `Du er meldt av ${title}`,
      body: [
        `Du er nå meldt av ${title}, som starter ${day}.`,
        "",
        "Har du ikke bedt om dette, eller vil du likevel være med, ta kontakt med lærings- og mestringstjenesten som arrangerer kurset.",
      ],
    },
    nn: {
      subject: `Du er meld av ${title}`,
      body: [
        `Du er no meld av ${title}, som startar ${day}.`,
        "",
        "Har du ikkje bede om dette, eller vil du likevel vere med, ta kontakt med lærings- og meistringstenesta som skipar til kurset.",
      ],
    },
    en: {
      subject: `You are no longer signed up for ${title}`,
      body: [
        `Your registration for ${title}, which starts on ${day}, has been cancelled.`,
        "",
        "If you did not ask for this, or would like to take part after all, please contact the learning and coping service that runs the course.",
      ],
    },
  }[locale];
};

const sessionReminder: Template<"SESSION_REMINDER"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.date, locale);
  const span = formatClockSpan(data.startsAt, data.endsAt, locale);
  const place = data.place?.trim() || null;
  const video = data.videoLink?.trim() || null;
  const labels = {
    nb: { when: "Når", where: "Hvor", video: "Videomøte" },
    nn: { when: "Når", where: "Kvar", video: "Videomøte" },
    en: { when: "When", where: "Where", video: "Video meeting" },
  }[locale];
  const details = [
    `${labels.when}: ${day}, ${span}`,
    place ? `${labels.where}: ${place}` : null,
    video ? `${labels.video}: ${video}` : null,
  ];
  const at = formatClock(data.startsAt, locale);
  return {
    nb: {
      subject: `Påminnelse: ${title} ${day}, ${at}`,
      body: [`Vi minner om neste samling i ${title}:`, "", ...details, "", "Velkommen!"],
    },
    nn: {
      subject: `Påminning: ${title} ${day}, ${at}`,
      body: [`Vi minner om neste samling i ${title}:`, "", ...details, "", "Velkomen!"],
    },
    en: {
      subject: `Reminder: ${title} on ${day} at ${at}`,
      body: [`A reminder of the next session of ${title}:`, "", ...details, "", "Welcome!"],
    },
  }[locale];
};

const runCancelled: Template<"RUN_CANCELLED"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  const day = formatDay(data.startsOn, locale);
  return {
    nb: {
      subject: `${title} er avlyst`,
      body: [
        `Vi må dessverre avlyse ${title}, som skulle starte ${day}. Vi beklager!`,
        "",
        "Påmeldingen din er derfor avsluttet, og du trenger ikke gjøre noe.",
        "Blir kurset satt opp igjen, kan du melde deg på på nytt.",
      ],
    },
    nn: {
      subject: `${title} er avlyst`,
      body: [
        `Vi må dessverre avlyse ${title}, som skulle starte ${day}. Vi beklagar!`,
        "",
        "Påmeldinga di er difor avslutta, og du treng ikkje gjere noko.",
        "Blir kurset sett opp att, kan du melde deg på på nytt.",
      ],
    },
    en: {
      subject: `${title} is cancelled`,
      body: [
        `We are sorry to tell you that ${title}, which was to start on ${day}, has been cancelled.`,
        "",
        "Your registration has therefore ended, and you do not need to do anything.",
        "If the course is held again later, you are welcome to sign up again.",
      ],
    },
  }[locale];
};

const evaluationInvitation: Template<"EVALUATION_INVITATION"> = (data, locale) => {
  const title = quote(data.courseTitle, locale);
  return {
    nb: {
      subject: `Hva syntes du om ${title}?`,
      body: [
        `Takk for at du var med på ${title}!`,
        "",
        "Vi vil gjerne høre hva du syntes, så kurset kan bli enda bedre for dem som kommer etter deg. Det tar bare noen minutter.",
        "Svarene er anonyme: Ingen kan se hvem som har svart hva.",
        "",
        "Svar her:",
        data.answerUrl,
      ],
    },
    nn: {
      subject: `Kva syntest du om ${title}?`,
      body: [
        `Takk for at du var med på ${title}!`,
        "",
        "Vi vil gjerne høyre kva du syntest, så kurset kan bli endå betre for dei som kjem etter deg. Det tek berre nokre minutt.",
        "Svara er anonyme: Ingen kan sjå kven som har svart kva.",
        "",
        "Svar her:",
        data.answerUrl,
      ],
    },
    en: {
      subject: `What did you think of ${title}?`,
      body: [
        `Thank you for taking part in ${title}!`,
        "",
        "We would like to hear what you thought, so that the course can be even better for those who come after you. It only takes a few minutes.",
        "Your answers are anonymous: nobody can see who answered what.",
        "",
        "Answer here:",
        data.answerUrl,
      ],
    },
  }[locale];
};

const templates: { [K in MessageKind]: Template<K> } = {
  SIGNUP_CONFIRMED: signupConfirmed,
  WAITING_LIST_JOINED: waitingListJoined,
  SEAT_OFFERED: seatOffered,
  REGISTRATION_CANCELLED: registrationCancelled,
  SESSION_REMINDER: sessionReminder,
  RUN_CANCELLED: runCancelled,
  EVALUATION_INVITATION: evaluationInvitation,
};

/** The email of one kind in one language, from its template values. */
export function renderMessage<K extends MessageKind>(kind: K, locale: Locale, data: MessageData[K]): RenderedMessage {
  const letter = (templates[kind] as Template<K>)(data, locale);
  const { hello, closing, noReply } = frame[locale];
  const lines = [hello(data.name), "", ...letter.body, "", ...closing, "", noReply].filter(
    (line): line is string => line !== null,
  );
  // A subject is one header line: a title with a line break in it must not break the header.
  return { subject: letter.subject.replace(/\s+/g, " ").trim(), text: `${lines.join("\n")}\n` };
}
