import type { Role } from "./roles.ts";

// The programme of a run: sessions (samlinger) with items, each item presented by working-group
// members tagged with their role. Pure rules: the API computes the warnings and totals it returns,
// and the web app uses the same functions to explain them as the group edits.

export const programmeItemKinds = ["TALK", "USER_STORY", "GROUP_CONVERSATION", "EXERCISE", "BREAK"] as const;
export type ProgrammeItemKind = (typeof programmeItemKinds)[number];

/** Why a session falls short of the Standard metode (or of its own time frame), in the order the web app lists them. */
export const sessionWarningCodes = [
  "no_user_representative_contribution",
  "no_experience_sharing",
  "items_exceed_session",
] as const;
export type SessionWarningCode = (typeof sessionWarningCodes)[number];

export type ItemFacts = { kind: ProgrammeItemKind; minutes: number; presenters: readonly { role: Role }[] };
export type SessionFacts = { startsAt: number; endsAt: number; items: readonly ItemFacts[] };

/** Teaching time counts everything but breaks. */
export const teachingMinutes = (items: readonly Pick<ItemFacts, "kind" | "minutes">[]): number =>
  items.reduce((sum, item) => (item.kind === "BREAK" ? sum : sum + item.minutes), 0);

/**
 * What a session lacks: a contribution by a user representative (Standard metode: user knowledge
 * counts as much as professional knowledge, in every session), time for participants to share
 * experience (a group conversation or a user story), or room for its items within its hours.
 */
export function sessionWarnings(session: SessionFacts): SessionWarningCode[] {
  const warnings: SessionWarningCode[] = [];
  const userVoice = session.items.some((item) =>
    item.presenters.some((presenter) => presenter.role === "USER_REPRESENTATIVE"),
  );
  if (!userVoice) warnings.push("no_user_representative_contribution");
  if (!session.items.some((item) => item.kind === "GROUP_CONVERSATION" || item.kind === "USER_STORY")) {
    warnings.push("no_experience_sharing");
  }
  const planned = session.items.reduce((sum, item) => sum + item.minutes, 0);
  if (planned > session.endsAt - session.startsAt) warnings.push("items_exceed_session");
  return warnings;
}

/** Hospital funding of a course requires at least 7 teaching hours (and 80 % attendance, counted elsewhere). */
export const fundingTeachingMinutes = 7 * 60;
export const fundingHoursMet = (totalTeachingMinutes: number): boolean =>
  totalTeachingMinutes >= fundingTeachingMinutes;

// Times of day: "HH:MM" (Europe/Oslo local time) in the API and the web app, minutes after midnight
// in the database, so that sessions sort and subtract as numbers.

export const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an "HH:MM" time, or null when it is not a time of day. */
export function parseTime(time: string): number | null {
  const match = timePattern.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "HH:MM" of minutes after midnight (0 … 1439). */
export function formatTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`Not a time of day: ${minutes} minutes`);
  }
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export type SessionTimeFacts = { date: string; startsAt: string; endsAt: string };
export type RunDates = { startsOn: string; endsOn: string };
export type ProgrammeFieldError = { field: string; code: "before_start" | "outside_run" | "invalid_time" };

/**
 * The problems of a session's date and times beyond their format: it ends after it starts (on the
 * same day) and lies within the run's dates. ISO dates compare as strings.
 */
export function sessionFieldErrors(session: SessionTimeFacts, run: RunDates): ProgrammeFieldError[] {
  const errors: ProgrammeFieldError[] = [];
  const startsAt = parseTime(session.startsAt);
  const endsAt = parseTime(session.endsAt);
  if (startsAt === null) errors.push({ field: "startsAt", code: "invalid_time" });
  if (endsAt === null) errors.push({ field: "endsAt", code: "invalid_time" });
  if (startsAt !== null && endsAt !== null && endsAt <= startsAt)
    errors.push({ field: "endsAt", code: "before_start" });
  if (session.date < run.startsOn || session.date > run.endsOn) errors.push({ field: "date", code: "outside_run" });
  return errors;
}

/** Where an item lands among `count` items: the requested 1-based position, kept within 1 … last. */
export const clampPosition = (requested: number | undefined, last: number): number =>
  Math.min(Math.max(requested ?? last, 1), Math.max(last, 1));
