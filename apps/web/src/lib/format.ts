import type { TFunction } from "i18next";
import { intlLocales, type Language } from "../i18n/languages.ts";

/** Formats an ISO calendar date (`2027-01-12`) as a long date in the UI language, e.g. "12. januar 2027". */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat([...intlLocales[language]], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** Joins names the way the language does it: "Kari, Ola og Per". */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat([...intlLocales[language]], { type: "conjunction", style: "long" }).format(items);
}

/** A length of time in words: "45 min", "2 timer", "4 timer 30 min". */
export function formatDuration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("duration.minutes", { count: rest });
  const hoursText = t("duration.hours", { count: hours });
  if (rest === 0) return hoursText;
  return t("duration.hoursAndMinutes", { hours: hoursText, minutes: t("duration.minutes", { count: rest }) });
}

/** A date with its weekday, e.g. "tirsdag 12. januar 2027". */
export function formatSessionDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat([...intlLocales[language]], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
