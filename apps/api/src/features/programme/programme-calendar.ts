import { parseTime } from "@sidestilt/domain/programme";
import type { Programme } from "@sidestilt/domain/programme.schema";
import { calendarDocument, sessionDescription } from "../../lib/calendar.ts";

// The programme as an iCalendar file for the working group: one event per session, with its items,
// their presenters and the session's video link.

/** The programme's sessions as an iCalendar document. */
export function programmeCalendar(courseTitle: string, programme: Programme): string {
  return calendarDocument({
    name: courseTitle,
    productId: "sidestilt/programme",
    // Every change to the programme raises the run's version: calendars then take the newer event.
    sequence: programme.runVersion,
    events: programme.sessions.map((session, index) => {
      const startsAt = parseTime(session.startsAt) ?? 0;
      return {
        uid: `${session.id}@sidestilt`,
        title: `${courseTitle} – samling ${index + 1}`,
        date: session.date,
        startsAt,
        endsAt: parseTime(session.endsAt) ?? 0,
        location: session.place ?? session.videoLink,
        url: session.videoLink,
        description:
          session.items.length > 0
            ? sessionDescription(
                startsAt,
                session.items.map((item) => ({ ...item, presenters: item.presenters.map((p) => p.name) })),
              )
            : null,
      };
    }),
  });
}
