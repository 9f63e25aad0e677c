import { publishedPhases } from "@sidestilt/domain/enrolment";
import type { Db } from "../../db/prisma.ts";
import type { Locale } from "../../generated/prisma/enums.ts";
import { inOslo } from "./message-format.ts";
import { enqueueMessage } from "./outbox.ts";

// The day before each session, every confirmed participant with an email gets a reminder with the time,
// the place and the video link. The job runs every 15 minutes; the dedupe key (one per participant and
// session) makes a reminder go out once however often the job sees the session.

/** How long before a session starts its reminder is queued. */
export const reminderLeadHours = 24;

type DueReminder = {
  registrationId: string;
  name: string;
  email: string;
  locale: Locale;
  sessionId: string;
  date: Date;
  startsAt: number;
  endsAt: number;
  place: string | null;
  videoLink: string | null;
  courseTitle: string;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (isoDay: string, days: number) =>
  isoDate(new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000));

/**
 * Queues reminders for the sessions of published runs (ready or running) that start after `now` and
 * within the next 24 hours (Norwegian time). Returns how many new reminders were queued.
 */
export async function enqueueSessionReminders(db: Db, now: Date): Promise<number> {
  const until = new Date(now.getTime() + reminderLeadHours * 3_600_000);
  // A window of calendar days around the 24 hours keeps the scan small; the exact test is on the instant.
  const firstDay = addDays(inOslo(now).date, -1);
  const lastDay = addDays(inOslo(until).date, 1);
  const due = await db.$queryRaw<DueReminder[]>`
    SELECT r.id AS "registrationId", r.name, r.email, r.locale,
           s.id AS "sessionId", s.date, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
           COALESCE(s.place, run.venue) AS place, COALESCE(s.video_link, run.video_link) AS "videoLink",
           c.title AS "courseTitle"
    FROM programme_session s
    JOIN course_run run ON run.id = s.run_id
    JOIN course c ON c.id = run.course_id
    JOIN registration r ON r.run_id = run.id
    WHERE s.date BETWEEN ${firstDay}::date AND ${lastDay}::date
      AND (s.date + make_interval(mins => s.starts_at)) AT TIME ZONE 'Europe/Oslo'
          BETWEEN ${now.toISOString()}::timestamptz AND ${until.toISOString()}::timestamptz
      AND run.phase::text = ANY(${[...publishedPhases]}::text[])
      AND r.status = 'CONFIRMED' AND r.email IS NOT NULL
    ORDER BY s.date, s.starts_at, r.id`;
  if (due.length === 0) return 0;

  return db.$transaction(async (tx) => {
    let queued = 0;
    for (const reminder of due) {
      const added = await enqueueMessage(tx, {
        kind: "SESSION_REMINDER",
        recipient: reminder.email,
        locale: reminder.locale,
        dedupeKey: `reminder:${reminder.registrationId}:${reminder.sessionId}`,
        data: {
          name: reminder.name,
          courseTitle: reminder.courseTitle,
          date: isoDate(reminder.date),
          startsAt: reminder.startsAt,
          endsAt: reminder.endsAt,
          place: reminder.place,
          videoLink: reminder.videoLink,
        },
      });
      if (added) queued++;
    }
    return queued;
  });
}
