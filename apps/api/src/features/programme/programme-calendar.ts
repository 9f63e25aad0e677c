import { formatTime, type ProgrammeItemKind, parseTime } from "@sidestilt/domain/programme";
import type { Programme } from "@sidestilt/domain/programme.schema";
import { createEvents, type EventAttributes } from "ics";

// The programme as an iCalendar file: one event per session, in UTC so that every calendar shows the
// right hour wherever it is, whether Norway is on summer time (UTC+2) or winter time (UTC+1) that day.

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Oslo's clocks are ahead of UTC at this instant, in milliseconds. */
function osloOffset(instant: number): number {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms since the epoch) of a wall-clock time in Oslo on an ISO date. */
export function osloToUtc(date: string, minutesAfterMidnight: number): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const wall = Date.UTC(year, month - 1, day, 0, minutesAfterMidnight);
  // The offset at the wall time read as UTC is right except within an hour of a change; a second
  // pass with the offset at the first guess settles it.
  const guess = wall - osloOffset(wall);
  return wall - osloOffset(guess);
}

const kindLabels: Record<ProgrammeItemKind, string> = {
  TALK: "Faginnlegg",
  USER_STORY: "Brukerinnlegg",
  GROUP_CONVERSATION: "Gruppesamtale",
  EXERCISE: "Øvelse",
  BREAK: "Pause",
};

/** The items of a session with their times, one line each. */
function describe(session: Programme["sessions"][number]): string {
  let at = parseTime(session.startsAt) ?? 0;
  const lines = session.items.map((item) => {
    const from = formatTime(at % (24 * 60));
    at += item.minutes;
    const presenters = item.presenters.map((presenter) => presenter.name).join(", ");
    return `${from} ${item.title} (${kindLabels[item.kind]}, ${item.minutes} min)${presenters ? ` – ${presenters}` : ""}`;
  });
  return lines.join("\n");
}

/** The programme's sessions as an iCalendar document. */
export function programmeCalendar(courseTitle: string, programme: Programme): string {
  const events: EventAttributes[] = programme.sessions.map((session, index) => ({
    uid: `${session.id}@sidestilt`,
    title: `${courseTitle} – samling ${index + 1}`,
    start: osloToUtc(session.date, parseTime(session.startsAt) ?? 0),
    startInputType: "utc",
    startOutputType: "utc",
    end: osloToUtc(session.date, parseTime(session.endsAt) ?? 0),
    endInputType: "utc",
    endOutputType: "utc",
    // Every change to the programme raises the run's version: calendars then take the newer event.
    sequence: programme.runVersion,
    ...(session.place || session.videoLink ? { location: session.place ?? session.videoLink ?? "" } : {}),
    ...(session.videoLink ? { url: session.videoLink } : {}),
    ...(session.items.length > 0 ? { description: describe(session) } : {}),
  }));
  const { error, value } = createEvents(events, { productId: "sidestilt/programme", calName: courseTitle });
  if (error || value === null) throw error ?? new Error("The calendar could not be written");
  return value;
}
