import { intlLocales, type Language } from "../../i18n/languages.ts";

/**
 * A moment as a day in Norwegian time: "12. mars", with the year only when it is not this year
 * ("12. mars 2025"). For "last changed" lines, where the day is what matters.
 */
export function formatDay(iso: string, language: Language, now: Date = new Date()): string {
  const date = new Date(iso);
  const yearOf = (value: Date) =>
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Oslo" }).format(value);
  return new Intl.DateTimeFormat([...intlLocales[language]], {
    day: "numeric",
    month: "long",
    ...(yearOf(date) === yearOf(now) ? {} : { year: "numeric" }),
    timeZone: "Europe/Oslo",
  }).format(date);
}
