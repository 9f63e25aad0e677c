import type { CatalogueRun } from "@sidestilt/domain/catalogue.schema";
import type { TFunction } from "i18next";
import { intlLocales, type Language } from "../../i18n/languages.ts";
import { formatDate, formatList } from "../../lib/format.ts";

// How the catalogue puts a run's facts into words, for people who have never heard of the course:
// dates as a range, the place (or that it is digital), the fee, who it is for, and whether they can
// sign up.

const utcDate = (isoDate: string): Date => {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
};

/** "3.–4. februar 2031", or one date when the run lasts a day. */
export function formatDateRange(startsOn: string, endsOn: string, language: Language): string {
  if (startsOn === endsOn) return formatDate(startsOn, language);
  const format = new Intl.DateTimeFormat([...intlLocales[language]], { dateStyle: "long", timeZone: "UTC" });
  return format.formatRange(utcDate(startsOn), utcDate(endsOn));
}

/** A session's date with its weekday, e.g. "tirsdag 3. februar 2031". */
export function formatDayWithWeekday(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat([...intlLocales[language]], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(utcDate(isoDate));
}

/** "Egenandel: 350 kr" or "Gratis". */
export function feeText(t: TFunction, feeNok: number | null, language: Language): string {
  if (feeNok === null || feeNok === 0) return t("catalogue.fee.free");
  const amount = new Intl.NumberFormat([...intlLocales[language]], { maximumFractionDigits: 0 }).format(feeNok);
  return t("catalogue.fee.amount", { amount });
}

/** Where the run takes place: the venue, "digital" (the link comes by email), or both. */
export function placeText(t: TFunction, run: Pick<CatalogueRun, "format" | "venue">): string {
  if (run.format === "DIGITAL") return t("catalogue.place.digital");
  if (run.format === "HYBRID") {
    return run.venue ? t("catalogue.place.hybrid", { venue: run.venue }) : t("catalogue.place.hybridNoVenue");
  }
  return run.venue ?? t("catalogue.place.unknown");
}

/** "Pasienter og pårørende, 17–26 år". */
export function audienceText(t: TFunction, run: Pick<CatalogueRun, "targetGroup" | "ageFrom" | "ageTo">): string {
  const group = t(`enums.targetGroup.${run.targetGroup}`);
  const { ageFrom: from, ageTo: to } = run;
  if (from !== null && to !== null) return t("catalogue.audience.ages", { group, from, to });
  if (from !== null) return t("catalogue.audience.agesFrom", { group, from });
  if (to !== null) return t("catalogue.audience.agesTo", { group, to });
  return group;
}

export const unitNames = (run: Pick<CatalogueRun, "owners">, language: Language): string =>
  formatList(
    run.owners.map((owner) => owner.name),
    language,
  );

/** The sign-up state in words: "Ledige plasser: 5", "Fullt – venteliste", "Krever henvisning", … */
export function signupText(t: TFunction, signup: CatalogueRun["signup"]): string {
  switch (signup.state) {
    case "open":
      return t("catalogue.signup.open", { count: signup.seatsLeft });
    case "waiting_list":
      return t("catalogue.signup.waitingList");
    case "referral":
      return t("catalogue.signup.referral");
    case "closed":
      return t(`catalogue.signup.closed.${signup.reason}`);
  }
}

/** Designsystemet's colour for the sign-up state's tag. */
export function signupColor(signup: CatalogueRun["signup"]): "success" | "warning" | "info" | "neutral" {
  switch (signup.state) {
    case "open":
      return "success";
    case "waiting_list":
      return "warning";
    case "referral":
      return "info";
    case "closed":
      return "neutral";
  }
}

/** A language code's name in the UI language, or the code itself when the UI does not know it. */
export function languageName(t: TFunction, code: string): string {
  // Any code the API sends may come; i18next answers the default value for one it has no name for.
  return t(`enums.language.${code}` as "enums.language.nb", { defaultValue: code });
}
