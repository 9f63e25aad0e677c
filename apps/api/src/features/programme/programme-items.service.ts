import type { Viewer } from "@sidestilt/domain/access";
import { DomainError } from "@sidestilt/domain/problem";
import { clampPosition } from "@sidestilt/domain/programme";
import type { ItemChanges, ProgrammeItem } from "@sidestilt/domain/programme.schema";
import type { Role } from "@sidestilt/domain/roles";
import type { Db, Tx } from "../../db/prisma.ts";
import { loadRunForChange, type RunContext } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { loadSessionForChange, recordChange } from "./programme.service.ts";
import { MAX_ITEMS, readItem } from "./programme-view.ts";

// A session's items: positions 1-based without gaps, presenters from the current working group.

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
