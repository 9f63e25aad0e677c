import type { Viewer } from "@sidestilt/domain/access";
import { isClosed } from "@sidestilt/domain/phase";
import { DomainError, type FieldError } from "@sidestilt/domain/problem";
import {
  clampPosition,
  fundingHoursMet,
  type ProgrammeFieldError,
  parseTime,
  sessionFieldErrors,
  teachingMinutes,
} from "@sidestilt/domain/programme";
import type {
  ItemChanges,
  Programme,
  ProgrammeItem,
  ProgrammeSession,
  SessionChanges,
} from "@sidestilt/domain/programme.schema";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { bumpRunVersion, loadRunForChange, loadRunForReading, type RunContext } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { programmeCalendar } from "./programme-calendar.ts";
import {
  isoDate,
  MAX_ITEMS,
  MAX_SESSIONS,
  presenterNames,
  readItem,
  readSession,
  sessionSelect,
  toSession,
} from "./programme-view.ts";

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

async function recordChange(
  tx: Tx,
  viewer: Viewer,
  context: RunContext,
  action: string,
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
async function loadSessionForChange(tx: Tx, viewer: Viewer, sessionId: string) {
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

/**
 * Presenters with the role they present in: their current working-group role. Someone who already
 * presents the item may stay on it after leaving the group (the programme keeps what was agreed),
 * but nobody outside the group is added.
 */
function presentersFor(
  context: RunContext,
  presenterIds: readonly string[],
  kept: readonly { personId: string; role: Role }[] = [],
) {
  const presenters: { personId: string; role: Role }[] = [];
  const outside: string[] = [];
  for (const personId of new Set(presenterIds)) {
    const member = context.workingGroup.find((candidate) => candidate.personId === personId);
    const role = member?.role ?? kept.find((presenter) => presenter.personId === personId)?.role;
    if (role) presenters.push({ personId, role });
    else outside.push(personId);
  }
  if (outside.length > 0) {
    const message = "Presenters must be members of the course's working group";
    throw new DomainError("not_in_working_group", message, [
      { field: "presenterIds", code: "not_in_working_group", message },
    ]);
  }
  return presenters;
}

export async function createItem(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  input: ItemChanges,
): Promise<ProgrammeItem> {
  return db.$transaction(async (tx) => {
    const { context, current } = await loadSessionForChange(tx, viewer, sessionId);
    const presenters = presentersFor(context, input.presenterIds);
    const count = await tx.programmeItem.count({ where: { sessionId } });
    if (count >= MAX_ITEMS) throw new DomainError("conflict", `A session has at most ${MAX_ITEMS} items`);
    const position = clampPosition(input.position, count + 1);
    await tx.programmeItem.updateMany({
      where: { sessionId, position: { gte: position } },
      data: { position: { increment: 1 } },
    });
    const created = await tx.programmeItem.create({
      data: {
        sessionId: current.id,
        position,
        kind: input.kind,
        title: input.title,
        minutes: input.minutes,
        createdById: viewer.personId,
        createdRole: context.actingRole,
        phase: context.phase,
        presenters: { create: presenters },
      },
      select: { id: true },
    });
    await recordChange(tx, viewer, context, "programme.item-created", {
      sessionId,
      itemId: created.id,
      kind: input.kind,
      position,
      role: context.actingRole,
    });
    return (await readItem(tx, created.id)) as ProgrammeItem;
  });
}

/** The item's run, locked for a change by the viewer, and the item as stored now. */
async function loadItemForChange(tx: Tx, viewer: Viewer, itemId: string) {
  const item = await tx.programmeItem.findUnique({
    where: { id: itemId },
    select: { session: { select: { runId: true } } },
  });
  if (!item) throw new DomainError("not_found");
  const context = await loadRunForChange(tx, viewer, item.session.runId);
  const stored = await tx.programmeItem.findUnique({ where: { id: itemId }, select: { sessionId: true } });
  const current = await readItem(tx, itemId);
  if (!stored || !current) throw new DomainError("not_found");
  return { context, current, sessionId: stored.sessionId };
}

/** Moves an item from one position to another, shifting those in between by one. */
async function move(tx: Tx, sessionId: string, from: number, to: number): Promise<void> {
  if (to < from) {
    await tx.programmeItem.updateMany({
      where: { sessionId, position: { gte: to, lt: from } },
      data: { position: { increment: 1 } },
    });
  } else if (to > from) {
    await tx.programmeItem.updateMany({
      where: { sessionId, position: { gt: from, lte: to } },
      data: { position: { decrement: 1 } },
    });
  }
}

export async function updateItem(
  db: Db,
  viewer: Viewer,
  itemId: string,
  ifMatch: () => number,
  input: ItemChanges,
): Promise<ProgrammeItem> {
  return db.$transaction(async (tx) => {
    const { context, current, sessionId } = await loadItemForChange(tx, viewer, itemId);
    const expected = ifMatch();
    assertVersion(current.version, expected, current);
    const presenters = presentersFor(context, input.presenterIds, current.presenters);
    const count = await tx.programmeItem.count({ where: { sessionId } });
    const position = input.position === undefined ? current.position : clampPosition(input.position, count);
    await move(tx, sessionId, current.position, position);
    await tx.programmeItem.update({
      where: { id: itemId },
      data: {
        kind: input.kind,
        title: input.title,
        minutes: input.minutes,
        position,
        version: { increment: 1 },
        presenters: { deleteMany: {}, create: presenters },
      },
    });
    await recordChange(tx, viewer, context, "programme.item-updated", {
      sessionId,
      itemId,
      kind: input.kind,
      position,
      version: expected + 1,
    });
    return (await readItem(tx, itemId)) as ProgrammeItem;
  });
}

/** Deletes the item and closes the gap it leaves. */
export async function deleteItem(db: Db, viewer: Viewer, itemId: string, ifMatch: () => number): Promise<void> {
  await db.$transaction(async (tx) => {
    const { context, current, sessionId } = await loadItemForChange(tx, viewer, itemId);
    assertVersion(current.version, ifMatch(), current);
    await tx.programmeItem.delete({ where: { id: itemId } });
    await tx.programmeItem.updateMany({
      where: { sessionId, position: { gt: current.position } },
      data: { position: { decrement: 1 } },
    });
    await recordChange(tx, viewer, context, "programme.item-deleted", { sessionId, itemId, kind: current.kind });
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
