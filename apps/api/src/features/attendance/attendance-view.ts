import type { CourseAbilities } from "@sidestilt/domain/access";
import type { Attendance, AttendanceSummary } from "@sidestilt/domain/attendance.schema";
import { attendanceFigures, fundingCheck, isAttendancePhase, isRecordableSession } from "@sidestilt/domain/enrolment";
import type { RunPhase } from "@sidestilt/domain/phase";
import { formatTime, teachingMinutes } from "@sidestilt/domain/programme";
import type { Db } from "../../db/prisma.ts";

// What attendance is computed from, read in three small queries, and shaped for the API by the domain
// rules (attendanceFigures, fundingCheck): the same figures for the course leaders' list and the summary.

/** Runs have a handful of sessions and at most a few dozen participants; the caps keep every list bounded. */
export const MAX_SESSIONS = 100;
export const MAX_PARTICIPANTS = 500;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The sessions (with their items' kinds and minutes, for the teaching time), participants and marks of a run. */
export async function loadAttendanceRows(
  db: Pick<Db, "programmeSession" | "registration" | "attendance">,
  runId: string,
) {
  const [sessions, participants, marks] = await Promise.all([
    db.programmeSession.findMany({
      where: { runId },
      orderBy: [{ date: "asc" }, { startsAt: "asc" }, { id: "asc" }],
      take: MAX_SESSIONS,
      select: {
        id: true,
        date: true,
        startsAt: true,
        endsAt: true,
        place: true,
        items: { select: { kind: true, minutes: true } },
      },
    }),
    db.registration.findMany({
      where: { runId, status: "CONFIRMED" },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_PARTICIPANTS,
      select: { id: true, name: true, participantRole: true },
    }),
    db.attendance.findMany({
      where: { session: { runId }, registration: { status: "CONFIRMED" } },
      orderBy: [{ sessionId: "asc" }, { registrationId: "asc" }],
      take: MAX_SESSIONS * MAX_PARTICIPANTS,
      select: { registrationId: true, sessionId: true, present: true, recordedAt: true },
    }),
  ]);
  return { sessions, participants, marks };
}

type Rows = Awaited<ReturnType<typeof loadAttendanceRows>>;
type RunFacts = {
  runId: string;
  phase: RunPhase;
  today: string;
  abilities: Pick<CourseAbilities, "canSeeParticipants">;
};

/** The course leaders' list: everything, names included. */
export function toAttendance(run: RunFacts, rows: Rows): Attendance {
  const figures = attendanceFigures({
    today: run.today,
    participants: rows.participants,
    sessions: rows.sessions.map((session) => ({ id: session.id, date: isoDate(session.date) })),
    marks: rows.marks,
  });
  const sessions = rows.sessions.map((session, index) => {
    const counts = figures.sessions[index];
    return {
      id: session.id,
      date: isoDate(session.date),
      startsAt: formatTime(session.startsAt),
      endsAt: formatTime(session.endsAt),
      place: session.place,
      counted: counts?.counted ?? false,
      recordable: isRecordableSession(isoDate(session.date), run.today),
      present: counts?.present ?? 0,
      recorded: counts?.recorded ?? 0,
    };
  });
  const minutes = rows.sessions.reduce((sum, session) => sum + teachingMinutes(session.items), 0);
  const participants = rows.participants.map((participant, index) => ({
    registrationId: participant.id,
    name: participant.name,
    role: participant.participantRole,
    present: figures.participants[index]?.present ?? 0,
    rate: figures.participants[index]?.rate ?? null,
  }));
  return {
    runId: run.runId,
    phase: run.phase,
    today: run.today,
    participantCount: rows.participants.length,
    sessions,
    present: figures.present,
    expected: figures.expected,
    rate: figures.rate,
    funding: fundingCheck(minutes, figures.rate),
    abilities: {
      canSeeParticipants: run.abilities.canSeeParticipants,
      canRecord: run.abilities.canSeeParticipants && isAttendancePhase(run.phase),
    },
    participants,
    marks: rows.marks.map((mark) => ({ ...mark, recordedAt: mark.recordedAt.toISOString() })),
  };
}

/** The figures without names or marks: what user representatives and other readers of the run see. */
export function toAttendanceSummary(run: RunFacts, rows: Rows): AttendanceSummary {
  const { participants: _names, marks: _marks, ...summary } = toAttendance(run, rows);
  return summary;
}
