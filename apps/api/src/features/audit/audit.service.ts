import { unitAbilities, type Viewer } from "@sidestilt/domain/access";
import type { AuditList, AuditQuery } from "@sidestilt/domain/audit.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertVisibleUnit, canViewObject, type VisibleObjectType } from "../../lib/object-access.ts";

const eventSelect = {
  id: true,
  at: true,
  actorId: true,
  action: true,
  objectType: true,
  objectId: true,
  data: true,
} satisfies Prisma.AuditEventSelect;

function decodeCursor(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  if (!/^\d{1,19}$/.test(cursor)) {
    throw new DomainError("validation_failed", "Invalid cursor", [
      { field: "cursor", code: "invalid_cursor", message: "Invalid cursor" },
    ]);
  }
  return BigInt(cursor);
}

/** Newest first, a page at a time (keyset on the id), with the actors' names in one more query. */
async function page(db: Db, where: Prisma.AuditEventWhereInput, cursor: string | undefined, limit: number) {
  const before = decodeCursor(cursor);
  const rows = await db.auditEvent.findMany({
    where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: eventSelect,
  });
  const shown = rows.slice(0, limit);
  const actorIds = [...new Set(shown.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const actors = await db.person.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const items = shown.map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: names.get(row.actorId) ?? row.actorId } : null,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    data: (row.data ?? {}) as Record<string, unknown>,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null } satisfies AuditList;
}

const nextDay = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

/** A unit's audit log, for its coordinators. */
export async function listUnitAudit(db: Db, viewer: Viewer, query: AuditQuery): Promise<AuditList> {
  await assertVisibleUnit(db, viewer, query.unitId);
  if (!unitAbilities(viewer, query.unitId).canReadAudit) throw new DomainError("forbidden");
  const where: Prisma.AuditEventWhereInput = {
    unitIds: { has: query.unitId },
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.objectType ? { objectType: query.objectType } : {}),
    ...(query.from || query.to
      ? {
          at: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lt: nextDay(query.to) } : {}),
          },
        }
      : {}),
  };
  return page(db, where, query.cursor, query.limit);
}

/** The change history of one object, for anyone who may see the object. */
export async function objectHistory(
  db: Db,
  viewer: Viewer,
  object: { objectType: VisibleObjectType; objectId: string },
  pageQuery: { cursor?: string | undefined; limit: number },
): Promise<AuditList> {
  if (!(await canViewObject(db, viewer, object.objectType, object.objectId))) throw new DomainError("not_found");
  return page(db, { objectType: object.objectType, objectId: object.objectId }, pageQuery.cursor, pageQuery.limit);
}
