import { formatTime, parseTime } from "@sidestilt/domain/programme";
import type { ProgrammeSession } from "@sidestilt/domain/programme.schema";
import type { Role } from "@sidestilt/domain/roles";
import type { TFunction } from "i18next";
import type { Language } from "../../i18n/languages.ts";
import { formatList } from "../../lib/format.ts";

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
