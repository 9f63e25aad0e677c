import type { Locale } from "@sidestilt/domain/roles";

/** The languages the UI speaks, in the order the language switch shows them. */
export const languages = ["nb", "nn", "en"] as const satisfies readonly Locale[];
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = "nb";

/** Each language's own name, shown in that language (and marked with its `lang`). */
export const languageNames: Record<Language, string> = {
  nb: "Bokmål",
  nn: "Nynorsk",
  en: "English",
};

/**
 * Locale lists for Intl formatting, best first. Some browsers ship ICU without nynorsk data; bokmål
 * writes dates and lists the same way ("12. januar 2027", "Kari og Ola"), so it is the fallback.
 * English uses the British order: 12 January 2027.
 */
export const intlLocales: Record<Language, readonly string[]> = {
  nb: ["nb-NO", "no"],
  nn: ["nn-NO", "nb-NO", "no"],
  en: ["en-GB"],
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}
