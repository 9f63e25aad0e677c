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
