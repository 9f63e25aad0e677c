import type { TFunction } from "i18next";

/**
 * The languages a course can be held in, offered as checkboxes: Norwegian, the Sami languages, English
 * and the minority languages LMS courses are most often asked for (ISO 639 codes, as the API stores them).
 */
export const courseLanguages = ["nb", "nn", "se", "sma", "smj", "en", "pl", "uk", "ar", "so", "ti"] as const;
export type CourseLanguage = (typeof courseLanguages)[number];

const isCourseLanguage = (code: string): code is CourseLanguage =>
  (courseLanguages as readonly string[]).includes(code);

/** A language's name in the UI language; a code the app does not know is shown as it is. */
export function languageLabel(t: TFunction, code: string): string {
  return isCourseLanguage(code) ? t(`enums.language.${code}`) : code;
}

/** The options to show: the known languages, then any other code the course already has. */
export function languageChoices(selected: readonly string[]): string[] {
  return [...courseLanguages, ...selected.filter((code) => !isCourseLanguage(code))];
}
