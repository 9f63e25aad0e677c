import type { AttendanceSession } from "@sidestilt/domain/attendance.schema";
import type { TFunction } from "i18next";
import { intlLocales, type Language } from "../../i18n/languages.ts";
import { formatSessionDate } from "../../lib/format.ts";

/**
 * A rate as a percentage, cut (not rounded) to one decimal: 79.96 % shows as "79,9 %", never as the
 * "80 %" that would seem to meet the funding rule.
 */
export function formatRate(rate: number, language: Language): string {
  return new Intl.NumberFormat([...intlLocales[language]], {
    style: "percent",
    maximumFractionDigits: 1,
    roundingMode: "trunc",
  }).format(rate);
}

/** A session's date without the year, for a phone's narrow picker: "tirsdag 3. mars". */
export function formatShortSessionDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat([...intlLocales[language]], {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(date);
}

/** "Samling 2: tirsdag 3. mars 2026, kl. 09:00–15:00". */
export function sessionLabel(
  t: TFunction,
  session: Pick<AttendanceSession, "date" | "startsAt" | "endsAt">,
  number: number,
  language: Language,
): string {
  return t("attendance.session.label", {
    number,
    date: formatSessionDate(session.date, language),
    from: session.startsAt,
    to: session.endsAt,
  });
}

/**
 * The session to show first: today's, else the latest one before today, else the first ahead (the
 * list is by date and time). Null when the run has no sessions.
 */
export function defaultSessionId(sessions: readonly Pick<AttendanceSession, "id" | "date">[], today: string) {
  const todays = sessions.find((session) => session.date === today);
  if (todays) return todays.id;
  const past = sessions.filter((session) => session.date < today);
  return (past.at(-1) ?? sessions[0])?.id ?? null;
}
