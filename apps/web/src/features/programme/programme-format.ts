import { formatTime, parseTime } from "@sidestilt/domain/programme";
import type { ProgrammeSession } from "@sidestilt/domain/programme.schema";
import type { Role } from "@sidestilt/domain/roles";
import type { TFunction } from "i18next";
import { intlLocales, type Language } from "../../i18n/languages.ts";
import { formatList } from "../../lib/format.ts";

/** A length of time in words: "45 min", "2 timer", "4 timer 30 min". */
export function formatDuration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("programme.duration.minutes", { count: rest });
  const hoursText = t("programme.duration.hours", { count: hours });
  if (rest === 0) return hoursText;
  return t("programme.duration.hoursAndMinutes", {
    hours: hoursText,
    minutes: t("programme.duration.minutes", { count: rest }),
  });
}

/** A session's date with its weekday, e.g. "tirsdag 12. januar 2027". */
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

/** Presenters as one line: "Kari Nordmann (brukerrepresentant) og Ola Hansen (fagperson)". */
export function presentersText(
  t: TFunction,
  presenters: readonly { name: string; role: Role }[],
  language: Language,
): string {
  return formatList(
    presenters.map((presenter) =>
      t("programme.item.presenter", { name: presenter.name, role: t(`roles.${presenter.role}`) }),
    ),
    language,
  );
}

/** The minutes a session lasts by its hours (0 when they make no sense). */
export function sessionLength(session: Pick<ProgrammeSession, "startsAt" | "endsAt">): number {
  const start = parseTime(session.startsAt);
  const end = parseTime(session.endsAt);
  return start === null || end === null ? 0 : Math.max(end - start, 0);
}

/**
 * When each item starts and ends if they follow each other from the session's start: what a printed
 * programme shows. Null for an item that would run past midnight.
 */
export function itemClock(
  session: Pick<ProgrammeSession, "startsAt" | "items">,
): ({ from: string; to: string } | null)[] {
  let at = parseTime(session.startsAt) ?? 0;
  return session.items.map((item) => {
    const from = at;
    at += item.minutes;
    return at < 24 * 60 ? { from: formatTime(from), to: formatTime(at) } : null;
  });
}
