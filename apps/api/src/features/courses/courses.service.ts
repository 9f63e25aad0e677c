import { courseAbilities, unitsWhere, unitWideCourseRoles, type Viewer } from "@sidestilt/domain/access";
import type { CourseDetail, CourseList } from "@sidestilt/domain/course.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

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
 * The courses the viewer may see, as a query filter: those owned by units where the viewer's role sees
 * every course, and those whose working group the viewer is in (the same rule as courseAbilities).
 */
export function visibleCoursesWhere(viewer: Viewer): Prisma.CourseWhereInput {
  return {
    OR: [
      { owners: { some: { unitId: { in: unitsWhere(viewer, unitWideCourseRoles) } } } },
      { workingGroup: { some: { personId: viewer.personId, removedAt: null } } },
    ],
  };
}

const accessSelect = {
  owners: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: "asc" } } },
  workingGroup: { where: { removedAt: null }, select: { personId: true, role: true } },
} satisfies Prisma.CourseSelect;

const abilitiesOf = (viewer: Viewer, course: Prisma.CourseGetPayload<{ select: typeof accessSelect }>) =>
  courseAbilities(viewer, {
    ownerUnitIds: course.owners.map((owner) => owner.unit.id),
    workingGroup: course.workingGroup,
  });

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The courses the viewer may see, by title, a page at a time (keyset pagination), each with its next run. */
export async function listMyCourses(
  db: Db,
  viewer: Viewer,
  page: { cursor?: string | undefined; limit: number },
): Promise<CourseList> {
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const today = new Date(isoDate(new Date()));
  const rows = await db.course.findMany({
    where: {
      AND: [
        visibleCoursesWhere(viewer),
        ...(after ? [{ OR: [{ title: { gt: after.title } }, { title: after.title, id: { gt: after.id } }] }] : []),
      ],
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
      ...accessSelect,
      runs: {
        where: { endsOn: { gte: today }, phase: { not: "CANCELLED" } },
        orderBy: { startsOn: "asc" },
        take: 1,
        select: { id: true, startsOn: true, phase: true },
      },
    },
  });
  const items = rows.slice(0, page.limit).map(({ owners, runs, workingGroup, ...course }) => {
    const next = runs[0];
    return {
      ...course,
      owners: owners.map((owner) => owner.unit),
      nextRun: next ? { id: next.id, startsOn: isoDate(next.startsOn), phase: next.phase } : null,
      abilities: abilitiesOf(viewer, { owners, workingGroup }),
    };
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}

/** One course the viewer may see, with its working group and runs; any other course is "not found". */
export async function getCourse(db: Db, viewer: Viewer, courseId: string): Promise<CourseDetail> {
  const row = await db.course.findFirst({
    where: { AND: [{ id: courseId }, visibleCoursesWhere(viewer)] },
    select: {
      id: true,
      title: true,
      summary: true,
      targetGroup: true,
      diagnosis: true,
      ageFrom: true,
      ageTo: true,
      format: true,
      enrolment: true,
      languages: true,
      version: true,
      ...accessSelect,
      runs: {
        orderBy: { startsOn: "asc" },
        select: {
          id: true,
          startsOn: true,
          endsOn: true,
          venue: true,
          videoLink: true,
          capacity: true,
          phase: true,
        },
      },
    },
  });
  if (!row) throw new DomainError("not_found");
  const members = await db.workingGroupMember.findMany({
    where: { courseId, removedAt: null },
    orderBy: { addedAt: "asc" },
    select: { personId: true, role: true, profession: true, person: { select: { name: true } } },
  });
  const { owners, workingGroup, runs, ...course } = row;
  return {
    ...course,
    owners: owners.map((owner) => owner.unit),
    workingGroup: members.map(({ person, ...member }) => ({ ...member, name: person.name })),
    runs: runs.map((run) => ({ ...run, startsOn: isoDate(run.startsOn), endsOn: isoDate(run.endsOn) })),
    abilities: abilitiesOf(viewer, { owners, workingGroup }),
  };
}
