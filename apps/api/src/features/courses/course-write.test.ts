import { courseTemplate } from "@sidestilt/domain/course-templates";
import { planElementKinds } from "@sidestilt/domain/plan.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf, unique } from "../../test/fixtures.ts";
import { auditOf, createCourseWith, fingerprintOf, planOf } from "./courses-test-data.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

const template = courseTemplate("startkurs-diabetes-2");
const newCourse = (ownerUnitIds: string[], extra: Record<string, unknown> = {}) => ({
  ...template.fields,
  title: unique("Startkurs diabetes type 2"),
  ownerUnitIds,
  ...extra,
});
const firstRun = {
  startsOn: "2031-03-02",
  endsOn: "2031-03-09",
  venue: "UNN Tromsø, kursrom 3",
  videoLink: "https://meet.example/startkurs",
  capacity: 14,
};

async function partners(a: string, b: string) {
  const [unitAId, unitBId] = [a, b].sort() as [string, string];
  await t.db.unitPartnership.create({ data: { unitAId, unitBId } });
}

async function coordinatorWorld() {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  return { unit, coordinator };
}

describe("GET /api/course-templates", () => {
  it("lists the built-in templates with their titles in three languages and their course facts", async () => {
    const { coordinator } = await coordinatorWorld();
    const response = await t.app.inject({
      method: "GET",
      url: "/api/course-templates",
      headers: await as(coordinator.id),
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { key: string; titles: { nb: string }; fields: unknown }[];
    expect(items.map((item) => item.key)).toEqual([
      "startkurs-diabetes-2",
      "parorendeskole",
      "mestringskurs",
      "tomt-kurs",
    ]);
    expect(items[0]).toMatchObject({ titles: template.titles, fields: template.fields });
    expect((await t.app.inject({ method: "GET", url: "/api/course-templates" })).statusCode).toBe(401);
  });
});

describe("POST /api/courses", () => {
  it("creates a course from a template: first run with the template's plan, attributed, creator in the group, audited", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const input = newCourse([unit.id], { templateKey: template.key, ageFrom: 18, firstRun });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/courses",
      headers: await as(coordinator.id),
      payload: input,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const course = response.json();
    expect(course).toMatchObject({
      title: input.title,
      diagnosis: "Diabetes type 2",
      ageFrom: 18,
      ageTo: null,
      enrolment: "REFERRAL",
      owners: [{ id: unit.id, name: unit.name }],
      workingGroup: [{ personId: coordinator.id, role: "COORDINATOR", profession: null }],
      abilities: { canEdit: true, canManageWorkingGroup: true },
    });
    expect(course.runs).toEqual([expect.objectContaining({ ...firstRun, phase: "PLANNING" })]);
    const plan = await planOf(t.db, course.runs[0].id);
    for (const kind of planElementKinds) {
      expect(plan[kind].content).toBe(template.plan[kind]);
      expect(plan[kind].revisions).toEqual([
        {
          version: 1,
          content: template.plan[kind],
          authorId: coordinator.id,
          authorRole: "COORDINATOR",
          phase: "PLANNING",
        },
      ]);
    }
    const [event, ...more] = await auditOf(t.db, "course.created", course.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorId: coordinator.id, objectType: "course", unitIds: [unit.id] });
    expect(event?.data).toEqual({ templateKey: template.key, runId: course.runs[0].id });
  });

  it("starts an empty plan without a template, and no run without a first run", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const headers = await as(coordinator.id);
    const withRun = await t.app.inject({
      method: "POST",
      url: "/api/courses",
      headers,
      payload: newCourse([unit.id], { firstRun: { startsOn: "2031-05-01", endsOn: "2031-05-01", capacity: 10 } }),
    });
    expect(withRun.statusCode, withRun.body).toBe(201);
    const run = withRun.json().runs[0];
    expect(run).toMatchObject({ venue: null, videoLink: null, capacity: 10 });
    const plan = await planOf(t.db, run.id);
    expect(Object.values(plan).map((element) => [element.content, element.revisions.length])).toEqual(
      planElementKinds.map(() => ["", 1]),
    );
    const withoutRun = await t.app.inject({
      method: "POST",
      url: "/api/courses",
      headers,
      payload: newCourse([unit.id]),
    });
    expect(withoutRun.statusCode).toBe(201);
    expect(withoutRun.json().runs).toEqual([]);
  });

  it("takes co-owners among the coordinator's own units and the partners of the units they coordinate", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const partner = await createUnit(t.db, { kind: "MUNICIPAL_LMS" });
    const stranger = await createUnit(t.db);
    const ownOther = await createUnit(t.db, { kind: "USER_ORGANISATION" });
    await partners(unit.id, partner.id);
    await t.db.membership.create({ data: { personId: coordinator.id, unitId: ownOther.id, role: "PROFESSIONAL" } });
    const headers = await as(coordinator.id);
    const post = (ownerUnitIds: string[]) =>
      t.app.inject({ method: "POST", url: "/api/courses", headers, payload: newCourse(ownerUnitIds) });

    const joint = await post([unit.id, partner.id]);
    expect(joint.statusCode, joint.body).toBe(201);
    expect(
      joint
        .json()
        .owners.map((owner: { id: string }) => owner.id)
        .sort(),
    ).toEqual([unit.id, partner.id].sort());
    expect((await post([unit.id, ownOther.id])).statusCode).toBe(201);

    const before = await t.db.course.count({ where: { owners: { some: { unitId: unit.id } } } });
    for (const ownerUnitIds of [
      [unit.id, stranger.id],
      [unit.id, "0193f5d2-7c1a-7000-8000-00000000beef"],
    ]) {
      const refused = await post(ownerUnitIds);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ field: "ownerUnitIds", code: "not_partner" })]);
    }
    // Owning only through a partner is not enough: a coordinator of an owner unit creates the course.
    expect((await post([partner.id])).statusCode).toBe(403);
    expect(await t.db.course.count({ where: { owners: { some: { unitId: unit.id } } } })).toBe(before);
  });

  it("refuses people who coordinate no owner unit", async () => {
    const unit = await createUnit(t.db);
    for (const role of ["PROFESSIONAL", "USER_REPRESENTATIVE", "UNIT_LEADER"] as const) {
      const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role }] });
      const response = await t.app.inject({
        method: "POST",
        url: "/api/courses",
        headers: await as(person.id),
        payload: newCourse([unit.id]),
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await t.db.course.count({ where: { owners: { some: { unitId: unit.id } } } })).toBe(0);
  });

  it("names the field of an empty title, dates out of order and an age range upside down, and saves nothing", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const headers = await as(coordinator.id);
    const cases = [
      [{ title: "  " }, "title", "too_small"],
      [{ firstRun: { ...firstRun, endsOn: "2031-03-01" } }, "firstRun.endsOn", "before_start"],
      [{ ageFrom: 26, ageTo: 17 }, "ageTo", "before_start"],
      [{ languages: [] }, "languages", "too_small"],
      [{ firstRun: { ...firstRun, videoLink: "ftp://example.org/x" } }, "firstRun.videoLink", "invalid_format"],
    ] as const;
    for (const [change, field, code] of cases) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/courses",
        headers,
        payload: newCourse([unit.id], change),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("validation_failed");
      const error = response.json().errors[0];
      expect(error.field).toBe(field);
      // Domain rules travel as zod's message under the generic code "custom" (see course.schema.ts).
      expect(error.code === "custom" ? error.message : error.code).toBe(code);
    }
    expect(await t.db.course.count({ where: { owners: { some: { unitId: unit.id } } } })).toBe(0);
  });
});

describe("PUT /api/courses/:courseId", () => {
  const changes = {
    title: "Helt sjef!",
    summary: "For unge voksne",
    targetGroup: "PATIENTS",
    ageFrom: 17,
    ageTo: 26,
    diagnosis: null,
    format: "HYBRID",
    languages: ["nb", "se"],
    enrolment: "DIRECT",
  };

  it("needs If-Match, answers 412 with what is stored now, and bumps the version", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const course = await createCourseWith(t.db, { ownerUnitIds: [unit.id] });
    const headers = await as(coordinator.id);
    const put = (ifMatch?: string, payload: object = changes) =>
      t.app.inject({
        method: "PUT",
        url: `/api/courses/${course.id}`,
        headers: { ...headers, ...(ifMatch ? { "if-match": ifMatch } : {}) },
        payload,
      });

    expect((await put()).statusCode).toBe(428);
    const stale = await put('"7"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ version: 1, title: course.title, ageTo: null, languages: ["nb"] });

    const saved = await put('"1"');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({ ...changes, version: 2 });
    expect((await put('"1"')).json().current).toMatchObject({ version: 2, title: "Helt sjef!", ageFrom: 17 });
    expect(await auditOf(t.db, "course.updated", course.id)).toEqual([
      expect.objectContaining({ actorId: coordinator.id, unitIds: [unit.id], data: { version: 2 } }),
    ]);

    const before = await fingerprintOf(t.db, course.id);
    const invalid = await put('"2"', { ...changes, ageFrom: 30 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0]).toMatchObject({ field: "ageTo", message: "before_start" });
    expect(await fingerprintOf(t.db, course.id)).toBe(before);
  });

  it("answers 404 for another unit's course before asking for If-Match", async () => {
    const { coordinator } = await coordinatorWorld();
    const course = await createCourseWith(t.db, { ownerUnitIds: [(await createUnit(t.db)).id] });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/courses/${course.id}`,
      headers: await as(coordinator.id),
      payload: changes,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("co-owners", () => {
  it("adds a partner as co-owner, refuses a non-partner, and never removes the last owner", async () => {
    const { unit, coordinator } = await coordinatorWorld();
    const partner = await createUnit(t.db, { kind: "MUNICIPAL_LMS" });
    const stranger = await createUnit(t.db);
    await partners(unit.id, partner.id);
    const course = await createCourseWith(t.db, { ownerUnitIds: [unit.id] });
    const headers = await as(coordinator.id);
    const owner = (method: "PUT" | "DELETE", unitId: string) =>
      t.app.inject({ method, url: `/api/courses/${course.id}/owners/${unitId}`, headers });

    const added = await owner("PUT", partner.id);
    expect(added.statusCode, added.body).toBe(200);
    expect(
      added
        .json()
        .owners.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([unit.id, partner.id].sort());
    expect((await owner("PUT", partner.id)).statusCode).toBe(200);
    expect(await auditOf(t.db, "course.owner-added", course.id)).toHaveLength(1);

    const refused = await owner("PUT", stranger.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: "unitId", code: "not_partner" });

    expect((await owner("DELETE", unit.id)).statusCode).toBe(204);
    const [removed] = await auditOf(t.db, "course.owner-removed", course.id);
    expect(removed).toMatchObject({
      unitIds: expect.arrayContaining([unit.id, partner.id]),
      data: { unitId: unit.id },
    });
    // The coordinator of the partner unit keeps the course going, and cannot remove its last owner.
    const partnerCoordinator = await createPerson(t.db, { memberships: [{ unitId: partner.id, role: "COORDINATOR" }] });
    const last = await t.app.inject({
      method: "DELETE",
      url: `/api/courses/${course.id}/owners/${partner.id}`,
      headers: await as(partnerCoordinator.id),
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe("conflict");
    expect(await t.db.courseOwner.count({ where: { courseId: course.id } })).toBe(1);
  });

  it("is for the owners' coordinators: 403 for a working-group member, 404 for another unit's coordinator", async () => {
    const { unit } = await coordinatorWorld();
    const partner = await createUnit(t.db);
    await partners(unit.id, partner.id);
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const course = await createCourseWith(t.db, {
      ownerUnitIds: [unit.id],
      members: [{ personId: professional.id, role: "PROFESSIONAL" }],
    });
    const url = `/api/courses/${course.id}/owners/${partner.id}`;
    expect((await t.app.inject({ method: "PUT", url, headers: await as(professional.id) })).statusCode).toBe(403);
    const { coordinator: foreign } = await coordinatorWorld();
    expect((await t.app.inject({ method: "PUT", url, headers: await as(foreign.id) })).statusCode).toBe(404);
    expect(await t.db.courseOwner.count({ where: { courseId: course.id } })).toBe(1);
  });
});

describe("planning as equals", () => {
  it("lets a user representative in the working group edit the course and add a run exactly like a professional", async () => {
    const unit = await createUnit(t.db);
    const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION" });
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const representative = await createPerson(t.db, {
      memberships: [{ unitId: organisation.id, role: "USER_REPRESENTATIVE" }],
    });
    const course = await createCourseWith(t.db, {
      ownerUnitIds: [unit.id],
      members: [
        { personId: professional.id, role: "PROFESSIONAL" },
        { personId: representative.id, role: "USER_REPRESENTATIVE" },
      ],
      runs: [{ startsOn: "2031-01-10", plan: { GOALS: "Mestring i hverdagen" } }],
    });
    const results = [];
    for (const [index, person] of [professional, representative].entries()) {
      const headers = await as(person.id);
      const detail = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}`, headers });
      const edit = await t.app.inject({
        method: "PUT",
        url: `/api/courses/${course.id}`,
        headers: { ...headers, "if-match": detail.headers.etag as string },
        payload: {
          title: `Revidert ${index}`,
          targetGroup: "BOTH",
          diagnosis: null,
          format: "DIGITAL",
          languages: ["nb"],
          enrolment: "DIRECT",
        },
      });
      const run = await t.app.inject({
        method: "POST",
        url: `/api/courses/${course.id}/runs`,
        headers,
        payload: { startsOn: `2031-0${index + 3}-01`, endsOn: `2031-0${index + 3}-02`, capacity: 12 },
      });
      // Only participants' personal data differs (never for user representatives): compare the rest.
      const { canSeeParticipants, ...courseAbilities } = detail.json().abilities;
      expect(canSeeParticipants).toBe(index === 0);
      results.push({ edit: edit.statusCode, run: run.statusCode, abilities: run.json().abilities, courseAbilities });
      const plan = await planOf(t.db, run.json().id);
      expect(plan.GOALS.content).toBe("Mestring i hverdagen");
      expect(plan.GOALS.revisions[0]).toMatchObject({
        authorId: person.id,
        authorRole: index === 0 ? "PROFESSIONAL" : "USER_REPRESENTATIVE",
      });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toMatchObject({
      edit: 200,
      run: 201,
      abilities: { canEdit: true, canManageWorkingGroup: false },
    });
  });

  it("answers 403 to a professional of the owner unit who is not in the working group, and changes nothing", async () => {
    const unit = await createUnit(t.db);
    const outsider = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const course = await createCourseWith(t.db, { ownerUnitIds: [unit.id], runs: [{ startsOn: "2031-01-10" }] });
    const runId = course.runs[0]?.id;
    const headers = { ...(await as(outsider.id)), "if-match": '"1"' };
    const before = await fingerprintOf(t.db, course.id);
    const run = { startsOn: "2031-02-01", endsOn: "2031-02-02", capacity: 12 };
    const attempts = [
      t.app.inject({
        method: "PUT",
        url: `/api/courses/${course.id}`,
        headers,
        payload: {
          title: "X",
          targetGroup: "BOTH",
          diagnosis: null,
          format: "DIGITAL",
          languages: ["nb"],
          enrolment: "DIRECT",
        },
      }),
      t.app.inject({ method: "POST", url: `/api/courses/${course.id}/runs`, headers, payload: run }),
      t.app.inject({ method: "PUT", url: `/api/runs/${runId}`, headers, payload: run }),
    ];
    for (const attempt of attempts) expect((await attempt).statusCode).toBe(403);
    const seen = await t.app.inject({ method: "GET", url: `/api/runs/${runId}`, headers });
    expect(seen.json().abilities).toEqual({ canEdit: false, canManageWorkingGroup: false });
    expect(await fingerprintOf(t.db, course.id)).toBe(before);
  });
});
