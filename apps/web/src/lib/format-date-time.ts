import { intlLocales, type Language } from "../i18n/languages.ts";

/**
 * A moment (ISO timestamp) as date and time in Norwegian time, whatever the browser's zone: the
 * units are in Norway, and an audit log read abroad must show the times the people there saw.
 */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat([...intlLocales[language]], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  }).format(new Date(iso));
}
