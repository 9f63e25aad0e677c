import type { Locale } from "../../generated/prisma/enums.ts";

// Dates and times as people write them in letters: "tirsdag 10. mars 2031, kl. 09.00" in Norwegian,
// "Tuesday, 10 March 2031, 09:00" in English. Times are Norwegian time (Europe/Oslo): the courses are
// in Norway, whatever zone the server runs in.

/** Nynorsk falls back to bokmål where the ICU data lacks it: both write dates the same way. */
const intlLocales: Record<Locale, string[]> = { nb: ["nb-NO", "no"], nn: ["nn-NO", "nb-NO", "no"], en: ["en-GB"] };

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function dayFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(locale, format);
  }
  return format;
}

/** An ISO calendar date (2031-03-11) as a long date with its weekday: "tirsdag 11. mars 2031". */
export function formatDay(isoDate: string, locale: Locale): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split("-").map(Number);
  return dayFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Minutes after midnight as a time of day: "kl. 09.00" in Norwegian, "09:00" in English. */
export function formatClock(minutesAfterMidnight: number, locale: Locale): string {
  const hours = Math.floor(minutesAfterMidnight / 60) % 24;
  const minutes = minutesAfterMidnight % 60;
  return locale === "en" ? `${pad(hours)}:${pad(minutes)}` : `kl. ${pad(hours)}.${pad(minutes)}`;
}

/** A span of time on one day: "kl. 09.00–12.00" in Norwegian, "09:00–12:00" in English. */
export function formatClockSpan(startsAt: number, endsAt: number, locale: Locale): string {
  const end = formatClock(endsAt, locale).replace(/^kl\. /, "");
  return `${formatClock(startsAt, locale)}–${end}`;
}

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** An instant as the calendar date and minutes after midnight it is in Oslo. */
export function inOslo(instant: Date): { date: string; minutes: number } {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** An instant (ISO 8601) as date and time in Oslo: "torsdag 12. mars 2031, kl. 14.30". */
export function formatMoment(isoInstant: string, locale: Locale): string {
  const { date, minutes } = inOslo(new Date(isoInstant));
  return `${formatDay(date, locale)}, ${formatClock(minutes, locale)}`;
}
