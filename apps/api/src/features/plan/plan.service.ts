import type { Viewer } from "@sidestilt/domain/access";
import { isClosed } from "@sidestilt/domain/phase";
import type { Plan, PlanElement, RevisionList } from "@sidestilt/domain/plan.schema";
import { DomainError } from "@sidestilt/domain/problem";
import { diffLines } from "@sidestilt/domain/text-diff";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { ensurePlanElements, writePlanRevision } from "../../lib/plan-revision.ts";
import { loadRunForChange, loadRunForReading, type RunContext } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { elementSelect, loadElement, namesOf, runOfElement, toElements } from "./plan-view.ts";

/** The run's plan: its six elements in order, with who last edited each. */
export async function getPlan(db: Db, viewer: Viewer, runId: string): Promise<Plan> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  await ensurePlanElements(db, runId);
  const rows = await db.planElement.findMany({ where: { runId }, select: elementSelect });
  return {
    runId,
    runVersion: context.version,
    phase: context.phase,
    elements: await toElements(db, rows),
    abilities: { canEdit: abilities.canEdit && !isClosed(context.phase) },
  };
}

/**
 * Locks the element's run for a change (404 stranger, 403 reader, 409 closed), then checks If-Match
 * against the element's version: a stale write gets 412 with the stored text and its last edit.
 */
async function openForChange(tx: Tx, viewer: Viewer, elementId: string, ifMatch: () => number) {
  const run = await loadRunForChange(tx, viewer, await runOfElement(tx, elementId));
  const expected = ifMatch();
  const element = await loadElement(tx, elementId);
  assertVersion(element.version, expected, { content: element.content, lastEdit: element.lastEdit });
  return { run, element };
}

/** Saves new content as the next version with an attributed revision; the run's version goes up too. */
async function saveRevision(
  tx: Tx,
  viewer: Viewer,
  run: RunContext,
  element: PlanElement,
  content: string,
  restoredFrom: number | null,
): Promise<PlanElement> {
  const version = await writePlanRevision(tx, {
    runId: run.runId,
    elementId: element.id,
    fromVersion: element.version,
    content,
    authorId: viewer.personId,
    authorRole: run.actingRole,
    phase: run.phase,
    restoredFrom,
  });
  await audit(tx, {
    actorId: viewer.personId,
    action: restoredFrom === null ? "plan.element-updated" : "plan.element-restored",
    objectType: "plan-element",
    objectId: element.id,
    unitIds: run.ownerUnitIds,
    data: { runId: run.runId, kind: element.kind, version, ...(restoredFrom === null ? {} : { restoredFrom }) },
  });
  return loadElement(tx, element.id);
}

/**
 * Saves an element. Every working-group member may, with the same rights whatever their role. Saving
 * the text that is already stored changes nothing (no revision, no new version, signatures stand).
 */
export function updateElement(
  db: Db,
  viewer: Viewer,
  elementId: string,
  ifMatch: () => number,
  content: string,
): Promise<PlanElement> {
  return db.$transaction(async (tx) => {
    const { run, element } = await openForChange(tx, viewer, elementId, ifMatch);
    if (content === element.content) return element;
    return saveRevision(tx, viewer, run, element, content, null);
  });
}

/** Brings back an earlier version's text as a new revision: history is never rewritten. */
export function restoreElement(
  db: Db,
  viewer: Viewer,
  elementId: string,
  ifMatch: () => number,
  version: number,
): Promise<PlanElement> {
  return db.$transaction(async (tx) => {
    const { run, element } = await openForChange(tx, viewer, elementId, ifMatch);
    const revision = await tx.planRevision.findUnique({
      where: { elementId_version: { elementId, version } },
      select: { content: true },
    });
    if (!revision) {
      throw new DomainError("not_found", `Version ${version} is not in the history`, [
        { field: "version", code: "unknown_version", message: `Version ${version} is not in the history` },
      ]);
    }
    if (revision.content === element.content) return element;
    return saveRevision(tx, viewer, run, element, revision.content, version);
  });
}

/** An element's revisions, newest first, each with its diff against the one before it. */
export async function listRevisions(
  db: Db,
  viewer: Viewer,
  elementId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<RevisionList> {
  await loadRunForReading(db, viewer, await runOfElement(db, elementId));
  // One row more than the page: it tells whether there is a next page and is the last item's "before".
  const rows = await db.planRevision.findMany({
    where: { elementId, ...(page.cursor ? { version: { lt: Number(page.cursor) } } : {}) },
    orderBy: { version: "desc" },
    take: page.limit + 1,
    select: {
      version: true,
      content: true,
      authorId: true,
      authorRole: true,
      phase: true,
      restoredFrom: true,
      createdAt: true,
    },
  });
  const names = await namesOf(
    db,
    rows.map((row) => row.authorId),
  );
  const items = rows.slice(0, page.limit).map((row, index) => ({
    ...row,
    authorName: names.get(row.authorId) ?? "",
    createdAt: row.createdAt.toISOString(),
    diff: diffLines(rows[index + 1]?.content ?? "", row.content),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? String(last.version) : null };
}
