import type { Attendance, AttendanceSummary } from "@sidestilt/domain/attendance.schema";
import { attendanceFigures, fundingCheck } from "@sidestilt/domain/enrolment";

type Mark = { registrationId: string; sessionId: string; present: boolean };

export type LiveAttendance = {
  /** The figures with the pending taps counted. */
  summary: AttendanceSummary;
  /** A participant's mark at the chosen session (pending taps included); null when nobody marked them. */
  presentOf: (registrationId: string) => boolean | null;
};

/**
 * The list as it stands with the taps still being saved: the server's rules (attendanceFigures,
 * fundingCheck) applied to the cached marks with the pending taps of one session on top, so that
 * counts and rates follow every tap at once.
 */
export function liveAttendance(
  attendance: Attendance,
  sessionId: string | null,
  pending: ReadonlyMap<string, boolean>,
): LiveAttendance {
  const marks = new Map<string, Mark>();
  const keyOf = (registrationId: string, markedSessionId: string) => `${registrationId} ${markedSessionId}`;
  for (const { registrationId, sessionId: markedSessionId, present } of attendance.marks) {
    marks.set(keyOf(registrationId, markedSessionId), { registrationId, sessionId: markedSessionId, present });
  }
  if (sessionId) {
    for (const [registrationId, present] of pending) {
      marks.set(keyOf(registrationId, sessionId), { registrationId, sessionId, present });
    }
  }
  const figures = attendanceFigures({
    today: attendance.today,
    participants: attendance.participants.map((participant) => ({ id: participant.registrationId })),
    sessions: attendance.sessions.map((session) => ({ id: session.id, date: session.date })),
    marks: [...marks.values()],
  });
  const { participants: _participants, marks: _marks, ...summary } = attendance;
  return {
    summary: {
      ...summary,
      sessions: attendance.sessions.map((session, index) => {
        const counts = figures.sessions[index];
        return counts
          ? { ...session, counted: counts.counted, present: counts.present, recorded: counts.recorded }
          : session;
      }),
      present: figures.present,
      expected: figures.expected,
      rate: figures.rate,
      funding: fundingCheck(attendance.funding.teachingMinutes, figures.rate),
    },
    presentOf: (registrationId) => (sessionId ? (marks.get(keyOf(registrationId, sessionId))?.present ?? null) : null),
  };
}
