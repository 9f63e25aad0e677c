import { parseTime } from "@sidestilt/domain/programme";
import { calendarDocument, sessionDescription } from "../../lib/calendar.ts";
import type { getCatalogueCalendarFacts } from "./catalogue.service.ts";

// A published run's sessions as an iCalendar file for anyone: times, place and the programme's
// titles, never the video link (it goes by email to those signed up) or the presenters' names.

const onlineNote = "Digital samling: lenken kommer på e-post til deg som er påmeldt.";

export function catalogueCalendar(run: Awaited<ReturnType<typeof getCatalogueCalendarFacts>>): string {
  return calendarDocument({
    name: run.title,
    productId: "sidestilt/catalogue",
    sequence: run.version,
    events: run.sessions.map((session, index) => {
      const startsAt = parseTime(session.startsAt) ?? 0;
      const programme = session.items.length > 0 ? sessionDescription(startsAt, session.items) : null;
      const description = [session.online ? onlineNote : null, programme].filter(Boolean).join("\n\n");
      return {
        // Not the staff calendar's uid: importing both must not let one replace the other's details.
        uid: `catalogue-${session.id}@sidestilt`,
        title: `${run.title} – samling ${index + 1}`,
        date: session.date,
        startsAt,
        endsAt: parseTime(session.endsAt) ?? 0,
        location: session.place ?? (session.online ? "Digitalt" : run.venue),
        description: description || null,
      };
    }),
  });
}
