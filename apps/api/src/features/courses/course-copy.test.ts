import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";
import { auditOf, createCourseWith, planOf } from "./courses-test-data.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);
const firstRun = { startsOn: "2032-01-10", endsOn: "2032-01-11", capacity: 10 };

/** A hospital's course with a signed (completed) run and a later draft, and a municipality that plans with it. */
async function world() {
  const hospital = await createUnit(t.db, { kind: "HOSPITAL_LMS" });
  const municipality = await createUnit(t.db, { kind: "MUNICIPAL_LMS" });
  const municipalCoordinator = await createPerson(t.db, {
    memberships: [{ unitId: municipality.id, role: "COORDINATOR" }],
  });
  const course = await createCourseWith(t.db, {
    ownerUnitIds: [hospital.id],
    // The municipality's coordinator sees the course through its working group.
    members: [{ personId: municipalCoordinator.id, role: "COORDINATOR" }],
    runs: [
      { startsOn: "2030-05-01", phase: "COMPLETED", plan: { GOALS: "Signerte mål", CONTENT: "Signert innhold" } },
      { startsOn: "2031-05-01", phase: "PLANNING", plan: { GOALS: "Utkast" } },
    ],
  });
  return { hospital, municipality, municipalCoordinator, course };
}

describe("POST /api/courses/:courseId/copy", () => {
  it("copies the facts and the latest signed plan to the coordinator's own unit, as a new course", async () => {
    const { municipality, municipalCoordinator, course } = await world();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/copy`,
      headers: await as(municipalCoordinator.id),
      payload: { title: "KOLS-kurs i kommunen", ownerUnitIds: [municipality.id], firstRun },
    });
    expect(response.statusCode, response.body).toBe(201);
    const copy = response.json();
    expect(copy).toMatchObject({
      title: "KOLS-kurs i kommunen",
      targetGroup: course.targetGroup,
      format: course.format,
      owners: [{ id: municipality.id }],
      workingGroup: [{ personId: municipalCoordinator.id, role: "COORDINATOR" }],
    });
    expect(copy.id).not.toBe(course.id);
    expect(copy.runs).toHaveLength(1);
    const plan = await planOf(t.db, copy.runs[0].id);
    expect([plan.GOALS.content, plan.CONTENT.content]).toEqual(["Signerte mål", "Signert innhold"]);
    expect(plan.GOALS.revisions[0]).toMatchObject({ authorId: municipalCoordinator.id, authorRole: "COORDINATOR" });
    const [event] = await auditOf(t.db, "course.copied", copy.id);
    expect(event).toMatchObject({ unitIds: [municipality.id], data: { copiedFrom: course.id } });
    // The source is untouched: still its own runs and working group.
    expect(await t.db.courseRun.count({ where: { courseId: course.id } })).toBe(2);
  });

  it("answers 404 for a course the viewer cannot see, and 403 without a coordinated owner unit", async () => {
    const { hospital, municipality, course } = await world();
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    const hidden = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/copy`,
      headers: await as(stranger.id),
      payload: { title: "Kopi", ownerUnitIds: [municipality.id] },
    });
    expect(hidden.statusCode).toBe(404);

    const professional = await createPerson(t.db, { memberships: [{ unitId: hospital.id, role: "PROFESSIONAL" }] });
    const notCoordinator = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/copy`,
      headers: await as(professional.id),
      payload: { title: "Kopi", ownerUnitIds: [hospital.id] },
    });
    expect(notCoordinator.statusCode).toBe(403);
    const blank = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/copy`,
      headers: await as(professional.id),
      payload: { title: " ", ownerUnitIds: [hospital.id] },
    });
    expect(blank.json().errors[0]).toMatchObject({ field: "title" });
    expect(
      await t.db.course.count({ where: { owners: { some: { unitId: { in: [hospital.id, municipality.id] } } } } }),
    ).toBe(1);
  });
});
