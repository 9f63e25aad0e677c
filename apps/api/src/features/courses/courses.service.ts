import type { CourseList } from "@sidestilt/domain/course.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import type { Auth } from "../../plugins/session.ts";

type Cursor = { title: string; id: string };

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(raw: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Cursor>;
    if (typeof value.title === "string" && typeof value.id === "string") return { title: value.title, id: value.id };
  } catch {}
  throw new DomainError("validation_failed", "Invalid cursor", [
    { field: "cursor", code: "invalid_cursor", message: "Invalid cursor" },
  ]);
}

/**
 * The courses owned by the signed-in person's units, by title, a page at a time (keyset pagination),
 * each with its next run from today.
 */
export async function listMyCourses(
  db: Db,
  auth: Auth,
  page: { cursor?: string | undefined; limit: number },
): Promise<CourseList> {
  const unitIds = [...new Set(auth.memberships.map((membership) => membership.unitId))];
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const today = new Date(new Date().toISOString().slice(0, 10));
  const rows = await db.course.findMany({
    where: {
      owners: { some: { unitId: { in: unitIds } } },
      ...(after ? { OR: [{ title: { gt: after.title } }, { title: after.title, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    select: {
      id: true,
      title: true,
      summary: true,
      targetGroup: true,
      diagnosis: true,
      format: true,
      enrolment: true,
      owners: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: "asc" } } },
      runs: {
        where: { endsOn: { gte: today }, phase: { not: "CANCELLED" } },
        orderBy: { startsOn: "asc" },
        take: 1,
        select: { id: true, startsOn: true, phase: true },
      },
    },
  });
  const items = rows.slice(0, page.limit).map(({ owners, runs, ...course }) => {
    const next = runs[0];
    return {
      ...course,
      owners: owners.map((owner) => owner.unit),
      nextRun: next ? { id: next.id, startsOn: next.startsOn.toISOString().slice(0, 10), phase: next.phase } : null,
    };
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}
