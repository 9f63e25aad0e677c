import type { Viewer } from "@sidestilt/domain/access";
import type { Comment, Decision, Thread } from "@sidestilt/domain/plan.schema";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadRunForChange, loadRunForReading } from "../../lib/run-access.ts";
import { namesOf, runOfElement } from "./plan-view.ts";

// An element's discussion thread and the decisions it ends in. Writing here is not a change to the
// plan (decision 0014): the run's version stays, so signatures stand; closed runs take no new posts.

/** A bound on what one thread answers with (its newest); far beyond any real discussion of one element. */
const MAX_THREAD_ITEMS = 1000;

const authored = { id: true, authorId: true, authorRole: true, createdAt: true } as const;

export async function getThread(db: Db, viewer: Viewer, elementId: string): Promise<Thread> {
  await loadRunForReading(db, viewer, await runOfElement(db, elementId));
  const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;
  const [comments, decisions] = await Promise.all([
    db.planComment.findMany({
      where: { elementId },
      orderBy: [...newestFirst],
      take: MAX_THREAD_ITEMS,
      select: { ...authored, body: true },
    }),
    db.planDecision.findMany({
      where: { elementId },
      orderBy: [...newestFirst],
      take: MAX_THREAD_ITEMS,
      select: { ...authored, text: true, phase: true },
    }),
  ]);
  const names = await namesOf(
    db,
    [...comments, ...decisions].map((row) => row.authorId),
  );
  const view = <T extends { authorId: string; createdAt: Date }>(row: T) => ({
    ...row,
    authorName: names.get(row.authorId) ?? "",
    createdAt: row.createdAt.toISOString(),
  });
  return { comments: comments.reverse().map(view), decisions: decisions.reverse().map(view) };
}

export function addComment(db: Db, viewer: Viewer, elementId: string, body: string): Promise<Comment> {
  return db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, await runOfElement(tx, elementId));
    const comment = await tx.planComment.create({
      data: { elementId, body, authorId: viewer.personId, authorRole: run.actingRole },
      select: { ...authored, body: true, element: { select: { kind: true } } },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "plan.comment-added",
      objectType: "plan-element",
      objectId: elementId,
      unitIds: run.ownerUnitIds,
      data: { runId: run.runId, kind: comment.element.kind, commentId: comment.id },
    });
    const names = await namesOf(tx, [viewer.personId]);
    const { element: _element, ...rest } = comment;
    return { ...rest, authorName: names.get(viewer.personId) ?? "", createdAt: comment.createdAt.toISOString() };
  });
}

export function addDecision(db: Db, viewer: Viewer, elementId: string, text: string): Promise<Decision> {
  return db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, await runOfElement(tx, elementId));
    const decision = await tx.planDecision.create({
      data: { elementId, text, authorId: viewer.personId, authorRole: run.actingRole, phase: run.phase },
      select: { ...authored, text: true, phase: true, element: { select: { kind: true } } },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "plan.decision-recorded",
      objectType: "plan-element",
      objectId: elementId,
      unitIds: run.ownerUnitIds,
      data: { runId: run.runId, kind: decision.element.kind, decisionId: decision.id },
    });
    const names = await namesOf(tx, [viewer.personId]);
    const { element: _element, ...rest } = decision;
    return { ...rest, authorName: names.get(viewer.personId) ?? "", createdAt: decision.createdAt.toISOString() };
  });
}
