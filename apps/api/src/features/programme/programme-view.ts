import { formatTime, sessionWarnings, teachingMinutes } from "@sidestilt/domain/programme";
import type { ProgrammeItem, ProgrammeSession } from "@sidestilt/domain/programme.schema";
import type { Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

// How sessions and items are read from the database and shaped for the API: times as "HH:MM", items
// in order, presenters with their names, and each session's warnings and teaching time computed by
// the domain rules.

/** Runs have a handful of sessions (2–14 in practice); the caps keep every list bounded. */
export const MAX_SESSIONS = 100;
export const MAX_ITEMS = 60;

export const itemSelect = {
  id: true,
  position: true,
  kind: true,
  title: true,
  minutes: true,
  version: true,
  presenters: { select: { personId: true, role: true } },
} satisfies Prisma.ProgrammeItemSelect;

export const sessionSelect = {
  id: true,
  runId: true,
  date: true,
  startsAt: true,
  endsAt: true,
  place: true,
  videoLink: true,
  version: true,
  items: { orderBy: [{ position: "asc" }, { id: "asc" }], take: MAX_ITEMS, select: itemSelect },
} satisfies Prisma.ProgrammeSessionSelect;

export type ItemRow = Prisma.ProgrammeItemGetPayload<{ select: typeof itemSelect }>;
export type SessionRow = Prisma.ProgrammeSessionGetPayload<{ select: typeof sessionSelect }>;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Presenters' names, in one query for everything shown. */
export async function presenterNames(db: Pick<Db, "person">, items: readonly ItemRow[]) {
  const ids = [...new Set(items.flatMap((item) => item.presenters.map((presenter) => presenter.personId)))];
  if (ids.length === 0) return new Map<string, string>();
  const people = await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(people.map((person) => [person.id, person.name]));
}

export function toItem(row: ItemRow, names: ReadonlyMap<string, string>): ProgrammeItem {
  const presenters = row.presenters
    .map((presenter) => ({ ...presenter, name: names.get(presenter.personId) ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb") || a.personId.localeCompare(b.personId));
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    minutes: row.minutes,
    version: row.version,
    presenters,
  };
}

export function toSession(row: SessionRow, names: ReadonlyMap<string, string>): ProgrammeSession {
  const items = row.items.map((item) => toItem(item, names));
  return {
    id: row.id,
    date: isoDate(row.date),
    startsAt: formatTime(row.startsAt),
    endsAt: formatTime(row.endsAt),
    place: row.place,
    videoLink: row.videoLink,
    version: row.version,
    items,
    warnings: sessionWarnings({ startsAt: row.startsAt, endsAt: row.endsAt, items }),
    teachingMinutes: teachingMinutes(items),
  };
}

/** One session as stored now, shaped for the API (null when it is gone). */
export async function readSession(db: Pick<Db, "programmeSession" | "person">, sessionId: string) {
  const row = await db.programmeSession.findUnique({ where: { id: sessionId }, select: sessionSelect });
  return row ? toSession(row, await presenterNames(db, row.items)) : null;
}

/** One item as stored now, shaped for the API (null when it is gone). */
export async function readItem(db: Pick<Db, "programmeItem" | "person">, itemId: string) {
  const row = await db.programmeItem.findUnique({ where: { id: itemId }, select: itemSelect });
  return row ? toItem(row, await presenterNames(db, [row])) : null;
}
