import type { Viewer } from "@sidestilt/domain/access";
import type { AuditAction } from "@sidestilt/domain/audit.schema";
import { isClosed } from "@sidestilt/domain/phase";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import {
  fundingHoursMet,
  type ProgrammeFieldError,
  parseTime,
  sessionFieldErrors,
  teachingMinutes,
} from "@sidestilt/domain/programme";
import type { Programme, ProgrammeSession, SessionChanges } from "@sidestilt/domain/programme.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { bumpRunVersion, loadRunForChange, loadRunForReading, type RunContext } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { programmeCalendar } from "./programme-calendar.ts";
import { isoDate, MAX_SESSIONS, presenterNames, readSession, sessionSelect, toSession } from "./programme-view.ts";

// The programme of a run: every write locks the run (loadRunForChange), bumps its version (which voids
// signatures given on the previous one) and writes its audit row, all in one transaction. Items keep
// 1-based positions without gaps within their session.

const messages: Record<ProgrammeFieldError["code"], string> = {
  before_start: "The session must end after it starts",
  outside_run: "The session must lie within the run's dates",
  invalid_time: "Use HH:MM",
};

/** A run's programme as the viewer may see it, sessions by date and time, items by position. */
export async function getProgramme(db: Db, viewer: Viewer, runId: string): Promise<Programme> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  const rows = await db.programmeSession.findMany({
    where: { runId },
    orderBy: [{ date: "asc" }, { startsAt: "asc" }, { id: "asc" }],
    take: MAX_SESSIONS,
    select: sessionSelect,
  });
  const names = await presenterNames(
    db,
    rows.flatMap((row) => row.items),
  );
  const sessions = rows.map((row) => toSession(row, names));
  const total = sessions.reduce((sum, session) => sum + teachingMinutes(session.items), 0);
  return {
    runId,
    runVersion: context.version,
    sessions,
    totalTeachingMinutes: total,
    fundingHoursMet: fundingHoursMet(total),
    abilities: { canEdit: abilities.canEdit && !isClosed(context.phase) },
  };
}

/** The session's date and times must make sense and lie within the run's dates. */
async function assertSessionFields(tx: Tx, runId: string, input: SessionChanges): Promise<void> {
  const run = await tx.courseRun.findUniqueOrThrow({ where: { id: runId }, select: { startsOn: true, endsOn: true } });
  const errors: FieldError[] = sessionFieldErrors(input, {
    startsOn: isoDate(run.startsOn),
    endsOn: isoDate(run.endsOn),
  }).map((error) => ({ ...error, message: messages[error.code] }));
  if (errors.length > 0) throw new DomainError("validation_failed", "Invalid session", errors);
}

const sessionData = (input: SessionChanges) => ({
  date: new Date(input.date),
  startsAt: parseTime(input.startsAt) ?? 0,
  endsAt: parseTime(input.endsAt) ?? 0,
  // An empty place is no place: the calendar then falls back to the video link.
  place: input.place || null,
  videoLink: input.videoLink,
});

export async function recordChange(
  tx: Tx,
  viewer: Viewer,
  context: RunContext,
  action: AuditAction,
  data: Record<string, string | number | null>,
) {
  const runVersion = await bumpRunVersion(tx, context.runId);
  await audit(tx, {
    actorId: viewer.personId,
    action,
    objectType: "run",
    objectId: context.runId,
    unitIds: context.ownerUnitIds,
    data: { ...data, runVersion },
  });
}

export async function createSession(
  db: Db,
  viewer: Viewer,
  runId: string,
  input: SessionChanges,
): Promise<ProgrammeSession> {
  return db.$transaction(async (tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    await assertSessionFields(tx, runId, input);
    if ((await tx.programmeSession.count({ where: { runId } })) >= MAX_SESSIONS) {
      throw new DomainError("conflict", `A run has at most ${MAX_SESSIONS} sessions`);
    }
    const created = await tx.programmeSession.create({ data: { runId, ...sessionData(input) }, select: { id: true } });
    await recordChange(tx, viewer, context, "programme.session-created", { sessionId: created.id });
    return (await readSession(tx, created.id)) as ProgrammeSession;
  });
}

/** The session's run, locked for a change by the viewer; "not found" for a session that is gone or hidden. */
export async function loadSessionForChange(tx: Tx, viewer: Viewer, sessionId: string) {
  const session = await tx.programmeSession.findUnique({ where: { id: sessionId }, select: { runId: true } });
  if (!session) throw new DomainError("not_found");
  const context = await loadRunForChange(tx, viewer, session.runId);
  // Read again under the run's lock: a concurrent change may have deleted it meanwhile.
  const current = await readSession(tx, sessionId);
  if (!current) throw new DomainError("not_found");
  return { context, current };
}

export async function updateSession(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  ifMatch: () => number,
  input: SessionChanges,
): Promise<ProgrammeSession> {
  return db.$transaction(async (tx) => {
    const { context, current } = await loadSessionForChange(tx, viewer, sessionId);
    const expected = ifMatch();
    assertVersion(current.version, expected, current);
    await assertSessionFields(tx, context.runId, input);
    await tx.programmeSession.update({
      where: { id: sessionId },
      data: { ...sessionData(input), version: { increment: 1 } },
    });
    await recordChange(tx, viewer, context, "programme.session-updated", { sessionId, version: expected + 1 });
    return (await readSession(tx, sessionId)) as ProgrammeSession;
  });
}

/** Deletes the session with its items. */
export async function deleteSession(db: Db, viewer: Viewer, sessionId: string, ifMatch: () => number): Promise<void> {
  await db.$transaction(async (tx) => {
    const { context, current } = await loadSessionForChange(tx, viewer, sessionId);
    assertVersion(current.version, ifMatch(), current);
    await tx.programmeSession.delete({ where: { id: sessionId } });
    await recordChange(tx, viewer, context, "programme.session-deleted", {
      sessionId,
      items: current.items.length,
    });
  });
}

/** The programme as an iCalendar file, for anyone who may see the run; the export is audited. */
export async function exportCalendar(
  db: Db,
  viewer: Viewer,
  runId: string,
): Promise<{ filename: string; body: string }> {
  const programme = await getProgramme(db, viewer, runId);
  const run = await db.courseRun.findUniqueOrThrow({
    where: { id: runId },
    select: { startsOn: true, course: { select: { title: true, owners: { select: { unitId: true } } } } },
  });
  const body = programmeCalendar(run.course.title, programme);
  await audit(db, {
    actorId: viewer.personId,
    action: "programme.calendar-exported",
    objectType: "run",
    objectId: runId,
    unitIds: run.course.owners.map((owner) => owner.unitId),
    data: { runVersion: programme.runVersion, sessions: programme.sessions.length },
  });
  return { filename: `samlinger-${isoDate(run.startsOn)}.ics`, body };
}
