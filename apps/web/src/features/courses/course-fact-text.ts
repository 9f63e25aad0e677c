import type { TFunction } from "i18next";

/** "17–26 år", "Fra 18 år", "Til 12 år" or "Alle aldre". */
export function ageRangeText(t: TFunction, ageFrom: number | null, ageTo: number | null): string {
  if (ageFrom !== null && ageTo !== null) return t("coursePage.facts.ageBetween", { from: ageFrom, to: ageTo });
  if (ageFrom !== null) return t("coursePage.facts.ageFrom", { from: ageFrom });
  if (ageTo !== null) return t("coursePage.facts.ageTo", { to: ageTo });
  return t("coursePage.facts.allAges");
}

/** The diagnosis, or that the course is for any diagnosis. */
export function diagnosisText(t: TFunction, diagnosis: string | null): string {
  return diagnosis ?? t("coursePage.facts.diagnosisIndependent");
}
