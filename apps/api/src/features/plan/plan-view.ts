import { type PlanElement, planElementKinds } from "@sidestilt/domain/plan.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

// Reading plan elements as the API answers them: the element, its latest attributed edit and the
// size of its thread. Shared by the plan's and the thread's services.

type Reader = Db | Tx;

export const elementSelect = {
  id: true,
  kind: true,
  content: true,
  version: true,
  updatedAt: true,
  revisions: { orderBy: { version: "desc" }, take: 1, select: { authorId: true, authorRole: true, createdAt: true } },
  _count: { select: { comments: true, decisions: true } },
} satisfies Prisma.PlanElementSelect;

type ElementRow = Prisma.PlanElementGetPayload<{ select: typeof elementSelect }>;

/** People's current names by id (an erased person's row keeps its pseudonym, so every id resolves). */
export async function namesOf(db: Reader, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const people = await db.person.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(people.map((person) => [person.id, person.name]));
}

export async function toElements(db: Reader, rows: ElementRow[]): Promise<PlanElement[]> {
  const names = await namesOf(
    db,
    rows.flatMap((row) => row.revisions.map((revision) => revision.authorId)),
  );
  const order = (kind: ElementRow["kind"]) => planElementKinds.indexOf(kind);
  return [...rows]
    .sort((a, b) => order(a.kind) - order(b.kind))
    .map(({ revisions, _count, updatedAt, ...element }) => {
      const last = revisions[0];
      return {
        ...element,
        updatedAt: updatedAt.toISOString(),
        lastEdit: last
          ? {
              authorId: last.authorId,
              authorName: names.get(last.authorId) ?? "",
              authorRole: last.authorRole,
              at: last.createdAt.toISOString(),
            }
          : null,
        commentCount: _count.comments,
        decisionCount: _count.decisions,
      };
    });
}

export async function loadElement(db: Reader, elementId: string): Promise<PlanElement> {
  const row = await db.planElement.findUnique({ where: { id: elementId }, select: elementSelect });
  if (!row) throw new DomainError("not_found");
  const [element] = await toElements(db, [row]);
  if (!element) throw new DomainError("not_found");
  return element;
}

/** The run an element belongs to: access to an element is access to its run. */
export async function runOfElement(db: Reader, elementId: string): Promise<string> {
  const element = await db.planElement.findUnique({ where: { id: elementId }, select: { runId: true } });
  if (!element) throw new DomainError("not_found");
  return element.runId;
}
