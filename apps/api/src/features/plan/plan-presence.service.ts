import type { Viewer } from "@sidestilt/domain/access";
import { isClosed } from "@sidestilt/domain/phase";
import { type Editors, presenceStaleSeconds } from "@sidestilt/domain/presence.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import { loadRunForReading } from "../../lib/run-access.ts";
import { namesOf, runOfElement } from "./plan-view.ts";

// "Who else is editing this element right now": an open editor sends a heartbeat, and each heartbeat
// answers with the others whose heartbeat is fresh. The rows are operational, not changes to the plan,
// so they are neither audited nor counted as edits, and stale ones are removed as they are passed.

async function loadEditable(db: Db, viewer: Viewer, elementId: string) {
  const runId = await runOfElement(db, elementId);
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  if (!abilities.canEdit || isClosed(context.phase)) throw new DomainError("forbidden");
  return context;
}

/** Records that the viewer has the element open, and answers who else has. */
export async function heartbeat(db: Db, viewer: Viewer, elementId: string): Promise<Editors> {
  const run = await loadEditable(db, viewer, elementId);
  const fresh = new Date(Date.now() - presenceStaleSeconds * 1000);
  const key = { elementId, personId: viewer.personId };
  await db.editingPresence.upsert({
    where: { elementId_personId: key },
    create: { ...key, role: run.actingRole },
    update: { role: run.actingRole, seenAt: new Date() },
  });
  await db.editingPresence.deleteMany({ where: { elementId, seenAt: { lt: fresh } } });
  const others = await db.editingPresence.findMany({
    where: { elementId, personId: { not: viewer.personId }, seenAt: { gte: fresh } },
    orderBy: { seenAt: "asc" },
    select: { personId: true, role: true },
  });
  const names = await namesOf(
    db,
    others.map((other) => other.personId),
  );
  return { editors: others.map((other) => ({ ...other, name: names.get(other.personId) ?? other.personId })) };
}

/** The viewer closed the editor. */
export async function leave(db: Db, viewer: Viewer, elementId: string): Promise<void> {
  await loadEditable(db, viewer, elementId);
  await db.editingPresence.deleteMany({ where: { elementId, personId: viewer.personId } });
}
