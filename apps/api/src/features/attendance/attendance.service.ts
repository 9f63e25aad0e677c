import type { Viewer } from "@sidestilt/domain/access";
import type {
  Attendance,
  AttendanceEntries,
  AttendanceSummary,
  RecordedAttendance,
} from "@sidestilt/domain/attendance.schema";
import { isAttendancePhase, isRecordableSession } from "@sidestilt/domain/enrolment";
import { isClosed } from "@sidestilt/domain/phase";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { loadRunForReading } from "../../lib/run-access.ts";
import { isoDate, loadAttendanceRows, toAttendance, toAttendanceSummary } from "./attendance-view.ts";

// Attendance (oppmøte) of a run. Course leaders, those who may see its participants (coordinators of an
// owner unit, professionals and coordinators of the working group), read the list and record marks;
// everyone else who may see the run reads the figures only (docs/decisions/0018).

/** The course leaders' list: sessions, confirmed participants by name, marks and the figures. */
export async function getAttendance(db: Db, viewer: Viewer, runId: string, now = new Date()): Promise<Attendance> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  if (!abilities.canSeeParticipants) {
    throw new DomainError("forbidden", "Only course leaders see participants; the figures are at /attendance/summary");
  }
  const rows = await loadAttendanceRows(db, runId);
  return toAttendance({ runId, phase: context.phase, today: osloDate(now), abilities }, rows);
}

/** The run's figures without names: rates, the funding check and each session's count. */
export async function getAttendanceSummary(
  db: Db,
  viewer: Viewer,
  runId: string,
  now = new Date(),
): Promise<AttendanceSummary> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  const rows = await loadAttendanceRows(db, runId);
  return toAttendanceSummary({ runId, phase: context.phase, today: osloDate(now), abilities }, rows);
}

/**
 * Marks confirmed participants present or not at a session: all entries or none. The run is locked
 * FOR SHARE, so that a phase change or a deleted session waits for the recording (and the reverse),
 * while two leaders recording at once do not wait for each other. A second mark of the same
 * participant and session replaces the first.
 */
export async function recordAttendance(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  input: AttendanceEntries,
  now = new Date(),
): Promise<RecordedAttendance> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT run.id FROM course_run run JOIN programme_session session ON session.run_id = run.id
      WHERE session.id = ${sessionId}::uuid FOR SHARE OF run`;
    if (!locked) throw new DomainError("not_found");
    const { context, abilities } = await loadRunForReading(tx, viewer, locked.id);
    if (!abilities.canSeeParticipants) throw new DomainError("forbidden", "Only course leaders record attendance");
    if (isClosed(context.phase)) throw new DomainError("run_closed");
    if (!isAttendancePhase(context.phase)) {
      throw new DomainError("conflict", "Attendance is recorded from the run's first day (READY) to its evaluation");
    }
    const session = await tx.programmeSession.findUniqueOrThrow({ where: { id: sessionId }, select: { date: true } });
    if (!isRecordableSession(isoDate(session.date), osloDate(now))) {
      throw new DomainError("session_in_future", "The session is more than a day ahead", [
        { field: "sessionId", code: "session_in_future", message: "Record attendance from the day before the session" },
      ]);
    }
    await assertConfirmedParticipants(tx, context.runId, input);

    // One statement for every entry: a concurrent mark of the same pair cannot slip in between.
    await tx.$executeRaw`
      INSERT INTO attendance (registration_id, session_id, present, recorded_by_id, recorded_at)
      SELECT entry.registration_id, ${sessionId}::uuid, entry.present, ${viewer.personId}::uuid,
             ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${input.entries.map((entry) => entry.registrationId)}::uuid[],
                  ${input.entries.map((entry) => entry.present)}::boolean[]) AS entry(registration_id, present)
      ON CONFLICT (registration_id, session_id) DO UPDATE
        SET present = EXCLUDED.present, recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = EXCLUDED.recorded_at`;
    await audit(tx, {
      actorId: viewer.personId,
      action: "attendance.recorded",
      objectType: "run",
      objectId: context.runId,
      unitIds: context.ownerUnitIds,
      data: { sessionId, entries: input.entries.map(({ registrationId, present }) => ({ registrationId, present })) },
    });
    const recordedAt = now.toISOString();
    return {
      sessionId,
      marks: input.entries.map(({ registrationId, present }) => ({ registrationId, sessionId, present, recordedAt })),
    };
  });
}

/**
 * Every entry must be a confirmed participant of the session's run: another run's registration (or
 * none) is `session_not_in_run`, one that is waiting, offered or cancelled a field error. The rows are
 * locked FOR SHARE, so that a cancellation waits until the marks are saved.
 */
async function assertConfirmedParticipants(tx: Tx, runId: string, input: AttendanceEntries): Promise<void> {
  const ids = input.entries.map((entry) => entry.registrationId);
  const registrations = await tx.$queryRaw<{ id: string; runId: string; status: string }[]>`
    SELECT id, run_id AS "runId", status::text AS status FROM registration WHERE id = ANY(${ids}::uuid[]) FOR SHARE`;
  const byId = new Map(registrations.map((registration) => [registration.id, registration]));
  const errors: FieldError[] = [];
  let foreign = false;
  input.entries.forEach((entry, index) => {
    const field = `entries.${index}.registrationId`;
    const registration = byId.get(entry.registrationId);
    if (registration?.runId !== runId) {
      foreign = true;
      errors.push({ field, code: "session_not_in_run", message: "Not a participant of this session's run" });
    } else if (registration.status !== "CONFIRMED") {
      errors.push({ field, code: "registration_not_confirmed", message: "Only confirmed participants attend" });
    }
  });
  if (errors.length === 0) return;
  throw foreign
    ? new DomainError("session_not_in_run", "A registration belongs to another run", errors)
    : new DomainError("validation_failed", "A registration is not confirmed", errors);
}
