import { formatTime, type ProgrammeItemKind } from "@sidestilt/domain/programme";
import { createEvents, type EventAttributes } from "ics";
import { osloToUtc } from "./oslo-time.ts";

// iCalendar (RFC 5545) documents of a run's sessions, for the programme's download (staff) and the
// public catalogue. Events are written in UTC so that every calendar shows the right hour wherever it
// is, whether Norway is on summer time (UTC+2) or winter time (UTC+1) that day.

export type CalendarEvent = {
  uid: string;
  title: string;
  /** ISO date and minutes after midnight, Europe/Oslo. */
  date: string;
  startsAt: number;
  endsAt: number;
  location?: string | null;
  url?: string | null;
  description?: string | null;
};

export type CalendarDocument = {
  name: string;
  productId: string;
  /** Raised with every change, so that calendars replace the events they imported before. */
  sequence: number;
  events: readonly CalendarEvent[];
};

export function calendarDocument(document: CalendarDocument): string {
  const events: EventAttributes[] = document.events.map((event) => ({
    uid: event.uid,
    title: event.title,
    start: osloToUtc(event.date, event.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: osloToUtc(event.date, event.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    sequence: document.sequence,
    ...(event.location ? { location: event.location } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...(event.description ? { description: event.description } : {}),
  }));
  const { error, value } = createEvents(events, { productId: document.productId, calName: document.name });
  if (error || value === null) throw error ?? new Error("The calendar could not be written");
  return value;
}

const kindLabels: Record<ProgrammeItemKind, string> = {
  TALK: "Faginnlegg",
  USER_STORY: "Brukerinnlegg",
  GROUP_CONVERSATION: "Gruppesamtale",
  EXERCISE: "Øvelse",
  BREAK: "Pause",
};

export type DescribedItem = { title: string; kind: ProgrammeItemKind; minutes: number; presenters?: readonly string[] };

/** A session's items with their clock times, one line each: "09:00 Hva er KOLS? (Faginnlegg, 45 min)". */
export function sessionDescription(startsAt: number, items: readonly DescribedItem[]): string {
  let at = startsAt;
  const lines = items.map((item) => {
    const from = formatTime(at % (24 * 60));
    at += item.minutes;
    const presenters = item.presenters?.join(", ");
    return `${from} ${item.title} (${kindLabels[item.kind]}, ${item.minutes} min)${presenters ? ` – ${presenters}` : ""}`;
  });
  return lines.join("\n");
}
