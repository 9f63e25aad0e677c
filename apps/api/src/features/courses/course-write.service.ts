import { courseAbilities, hasRoleIn, isMemberOf, type Viewer } from "@sidestilt/domain/access";
import type { CourseChanges, CourseCopy, CourseDetail, NewCourse } from "@sidestilt/domain/course.schema";
import { courseTemplate } from "@sidestilt/domain/course-templates";
import type { PlanElementKind } from "@sidestilt/domain/plan.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadCourseForChange } from "../../lib/course-access.ts";
import { courseAccessFacts } from "../../lib/object-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { getCourse } from "./courses.service.ts";
import { latestSignedPlan } from "./latest-signed-plan.ts";
import { seedPlan } from "./plan-seed.ts";

/** The units that have a partnership with any of these units. */
async function partnersOf(tx: Tx, unitIds: readonly string[]): Promise<Set<string>> {
  const rows = await tx.unitPartnership.findMany({
    where: { OR: [{ unitAId: { in: [...unitIds] } }, { unitBId: { in: [...unitIds] } }] },
    select: { unitAId: true, unitBId: true },
  });
  return new Set(rows.flatMap((row) => [row.unitAId, row.unitBId]).filter((id) => !unitIds.includes(id)));
}

const notPartner = (field: string) =>
  new DomainError("validation_failed", "A co-owner must be a partner unit", [
    { field, code: "not_partner", message: "A co-owner must be one of your units or a partner of one of them" },
  ]);

const courseFields = (input: CourseChanges) => ({
  title: input.title,
  summary: input.summary,
  targetGroup: input.targetGroup,
  ageFrom: input.ageFrom ?? null,
  ageTo: input.ageTo ?? null,
  diagnosis: input.diagnosis,
  format: input.format,
  languages: input.languages,
  enrolment: input.enrolment,
});

type NewCourseRow = {
  fields: CourseChanges;
  ownerUnitIds: readonly string[];
  firstRun: NewCourse["firstRun"];
  /** The first run's plan text per element. */
  plan: Partial<Record<PlanElementKind, string>>;
  /** What the audit row says about where the course came from. */
  origin: { templateKey: string | null } | { copiedFrom: string };
};

/**
 * Inserts a course owned by units the viewer coordinates (at least one) and, jointly, by their own
 * other units or partners of the coordinated ones. The viewer joins the working group as coordinator;
 * with a first run, its plan starts from the given text, attributed to the viewer.
 */
async function insertCourse(db: Db, viewer: Viewer, course: NewCourseRow): Promise<string> {
  const ownerUnitIds = [...new Set(course.ownerUnitIds)];
  const coordinated = ownerUnitIds.filter((unitId) => hasRoleIn(viewer, unitId, ["COORDINATOR"]));
  if (coordinated.length === 0) throw new DomainError("forbidden", "Only a coordinator of an owner unit creates it");
  return db.$transaction(async (tx) => {
    const others = ownerUnitIds.filter((unitId) => !coordinated.includes(unitId));
    if (others.length > 0) {
      const partners = await partnersOf(tx, coordinated);
      const allowed = others.filter((unitId) => isMemberOf(viewer, unitId) || partners.has(unitId));
      const existing = await tx.unit.count({ where: { id: { in: allowed } } });
      if (allowed.length !== others.length || existing !== others.length) throw notPartner("ownerUnitIds");
    }
    const created = await tx.course.create({
      data: {
        ...courseFields(course.fields),
        owners: { create: ownerUnitIds.map((unitId) => ({ unitId })) },
        workingGroup: { create: [{ personId: viewer.personId, role: "COORDINATOR" }] },
      },
      select: { id: true },
    });
    let runId: string | null = null;
    if (course.firstRun) {
      const run = await tx.courseRun.create({
        data: {
          courseId: created.id,
          startsOn: new Date(course.firstRun.startsOn),
          endsOn: new Date(course.firstRun.endsOn),
          venue: course.firstRun.venue,
          videoLink: course.firstRun.videoLink,
          capacity: course.firstRun.capacity,
        },
        select: { id: true },
      });
      runId = run.id;
      await seedPlan(tx, run.id, course.plan, { personId: viewer.personId, role: "COORDINATOR" });
    }
    await audit(tx, {
      actorId: viewer.personId,
      action: "copiedFrom" in course.origin ? "course.copied" : "course.created",
      objectType: "course",
      objectId: created.id,
      unitIds: ownerUnitIds,
      data: { ...course.origin, runId },
    });
    return created.id;
  });
}

/** Creates a course, its plan (with a first run) starting from a template's text. */
export async function createCourse(db: Db, viewer: Viewer, input: NewCourse): Promise<CourseDetail> {
  const { ownerUnitIds, templateKey, firstRun, ...fields } = input;
  const courseId = await insertCourse(db, viewer, {
    fields,
    ownerUnitIds,
    firstRun,
    plan: templateKey ? courseTemplate(templateKey).plan : {},
    origin: { templateKey: templateKey ?? null },
  });
  return getCourse(db, viewer, courseId);
}

/**
 * Copies a course the viewer may see to units they coordinate (or partners of them): the facts, and with
 * a first run, the source's latest signed plan. Working group, runs and history stay with the source.
 */
export async function copyCourse(db: Db, viewer: Viewer, sourceId: string, input: CourseCopy): Promise<CourseDetail> {
  const facts = await courseAccessFacts(db, sourceId);
  if (!facts || !courseAbilities(viewer, facts).canView) throw new DomainError("not_found");
  const source = await db.course.findUniqueOrThrow({ where: { id: sourceId }, select: changesSelect });
  const { version: _version, ...fields } = source;
  const plan = await db.$transaction((tx) => latestSignedPlan(tx, sourceId));
  const courseId = await insertCourse(db, viewer, {
    fields: { ...fields, title: input.title },
    ownerUnitIds: input.ownerUnitIds,
    firstRun: input.firstRun,
    plan: plan.contents,
    origin: { copiedFrom: sourceId },
  });
  return getCourse(db, viewer, courseId);
}

const changesSelect = {
  version: true,
  title: true,
  summary: true,
  targetGroup: true,
  ageFrom: true,
  ageTo: true,
  diagnosis: true,
  format: true,
  languages: true,
  enrolment: true,
} as const;

/** Edits a course's facts (any working-group member, or an owner unit's coordinator), with If-Match. */
export async function updateCourse(
  db: Db,
  viewer: Viewer,
  courseId: string,
  ifMatch: () => number,
  input: CourseChanges,
): Promise<CourseDetail> {
  await db.$transaction(async (tx) => {
    const { facts } = await loadCourseForChange(tx, viewer, courseId, "edit");
    const expected = ifMatch();
    const { version, ...stored } = await tx.course.findUniqueOrThrow({
      where: { id: courseId },
      select: changesSelect,
    });
    assertVersion(version, expected, stored);
    await tx.course.update({ where: { id: courseId }, data: { ...courseFields(input), version: { increment: 1 } } });
    await audit(tx, {
      actorId: viewer.personId,
      action: "course.updated",
      objectType: "course",
      objectId: courseId,
      unitIds: facts.ownerUnitIds,
      data: { version: version + 1 },
    });
  });
  return getCourse(db, viewer, courseId);
}

/**
 * Adds a co-owner unit: the owners' coordinators choose among the partners of an owner unit. Adding a
 * unit that already owns the course changes nothing.
 */
export async function addCourseOwner(
  db: Db,
  viewer: Viewer,
  ids: { courseId: string; unitId: string },
): Promise<CourseDetail> {
  await db.$transaction(async (tx) => {
    const { facts } = await loadCourseForChange(tx, viewer, ids.courseId, "manage-working-group");
    if (facts.ownerUnitIds.includes(ids.unitId)) return;
    const partners = await partnersOf(tx, facts.ownerUnitIds);
    if (!partners.has(ids.unitId)) throw notPartner("unitId");
    await tx.courseOwner.create({ data: ids });
    await audit(tx, {
      actorId: viewer.personId,
      action: "course.owner-added",
      objectType: "course",
      objectId: ids.courseId,
      unitIds: [...facts.ownerUnitIds, ids.unitId],
      data: { unitId: ids.unitId },
    });
  });
  return getCourse(db, viewer, ids.courseId);
}

/** Removes a co-owner unit; a course always keeps at least one owner (409 conflict). */
export async function removeCourseOwner(
  db: Db,
  viewer: Viewer,
  ids: { courseId: string; unitId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { facts } = await loadCourseForChange(tx, viewer, ids.courseId, "manage-working-group");
    if (!facts.ownerUnitIds.includes(ids.unitId)) throw new DomainError("not_found", "Not an owner of the course");
    if (facts.ownerUnitIds.length === 1) throw new DomainError("conflict", "A course keeps at least one owner unit");
    await tx.courseOwner.delete({ where: { courseId_unitId: ids } });
    await audit(tx, {
      actorId: viewer.personId,
      action: "course.owner-removed",
      objectType: "course",
      objectId: ids.courseId,
      // The unit that leaves still sees, in its own log, that it left.
      unitIds: facts.ownerUnitIds,
      data: { unitId: ids.unitId },
    });
  });
}
