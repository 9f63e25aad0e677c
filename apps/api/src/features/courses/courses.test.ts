import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, signedInHeaders, unique } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const day = (offset: number) => new Date(Date.UTC(2030, 0, 1) + offset * 86_400_000);

async function createCourse(unitIds: string[], title: string) {
  return t.db.course.create({
    data: {
      title,
      targetGroup: "PATIENTS",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: unitIds.map((unitId) => ({ unitId })) },
      runs: {
        create: [
          { startsOn: day(30), endsOn: day(31), capacity: 12, phase: "PLANNING" },
          { startsOn: day(10), endsOn: day(11), capacity: 12, phase: "READY" },
          { startsOn: day(5), endsOn: day(6), capacity: 12, phase: "CANCELLED" },
        ],
      },
    },
  });
}

describe("GET /api/courses", () => {
  it("lists only the courses of the person's units, with the next run that is not cancelled", async () => {
    const mine = await createUnit(t.db);
    const partner = await createUnit(t.db);
    const other = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: mine.id, role: "PROFESSIONAL" }] });
    const own = await createCourse([mine.id], unique("Own"));
    const shared = await createCourse([partner.id, mine.id], unique("Shared"));
    await createCourse([other.id], unique("Foreign"));

    const { cookie } = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({ method: "GET", url: "/api/courses", headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((course: { id: string }) => course.id).sort()).toEqual([own.id, shared.id].sort());
    const sharedItem = body.items.find((course: { id: string }) => course.id === shared.id);
    expect(sharedItem.owners.map((owner: { id: string }) => owner.id).sort()).toEqual([mine.id, partner.id].sort());
    expect(sharedItem.nextRun).toMatchObject({ startsOn: "2030-01-11", phase: "READY" });
    expect(body.nextCursor).toBeNull();
  });

  it("pages by cursor without gaps or repeats", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const titles = ["Alfa", "Bravo", "Bravo", "Charlie", "Delta"].map((title) => `${title} ${unit.id}`);
    for (const title of titles) await createCourse([unit.id], title);
    const { cookie } = await signedInHeaders(t.db, person.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const response = await t.app.inject({ method: "GET", url: `/api/courses${query}`, headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((course: { title: string }) => course.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(titles);
  });

  it("refuses anonymous callers, bad limits and tampered cursors", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/courses" })).statusCode).toBe(401);
    const person = await createPerson(t.db);
    const { cookie } = await signedInHeaders(t.db, person.id);
    const badLimit = await t.app.inject({ method: "GET", url: "/api/courses?limit=1000", headers: { cookie } });
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().errors[0].field).toBe("limit");
    const badCursor = await t.app.inject({ method: "GET", url: "/api/courses?cursor=bm9wZQ", headers: { cookie } });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors[0].field).toBe("cursor");
  });
});

describe("course visibility and abilities", () => {
  async function joinWorkingGroup(courseId: string, personId: string, role: "USER_REPRESENTATIVE" | "PROFESSIONAL") {
    await t.db.workingGroupMember.create({ data: { courseId, personId, role } });
  }

  it("shows a user representative only the courses of their working groups, never participants", async () => {
    const unit = await createUnit(t.db);
    const representative = await createPerson(t.db, {
      memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }],
    });
    const planned = await createCourse([unit.id], unique("Planned together"));
    await createCourse([unit.id], unique("Not theirs"));
    await joinWorkingGroup(planned.id, representative.id, "USER_REPRESENTATIVE");
    // A removed member keeps their history but loses access.
    const left = await createCourse([unit.id], unique("Left"));
    await t.db.workingGroupMember.create({
      data: { courseId: left.id, personId: representative.id, role: "USER_REPRESENTATIVE", removedAt: new Date() },
    });

    const { cookie } = await signedInHeaders(t.db, representative.id);
    const list = await t.app.inject({ method: "GET", url: "/api/courses", headers: { cookie } });
    expect(list.json().items.map((course: { id: string }) => course.id)).toEqual([planned.id]);
    expect(list.json().items[0].abilities).toEqual({
      canView: true,
      canEdit: true,
      canManageWorkingGroup: false,
      canSeeParticipants: false,
    });
    const detail = await t.app.inject({ method: "GET", url: `/api/courses/${planned.id}`, headers: { cookie } });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().workingGroup).toEqual([
      { personId: representative.id, name: representative.name, role: "USER_REPRESENTATIVE", profession: null },
    ]);
    const hidden = await t.app.inject({ method: "GET", url: `/api/courses/${left.id}`, headers: { cookie } });
    expect(hidden.statusCode).toBe(404);
  });

  it("lets a working-group member of another unit see the course, and answers 404 for any other course", async () => {
    const owner = await createUnit(t.db);
    const elsewhere = await createUnit(t.db);
    const professional = await createPerson(t.db, { memberships: [{ unitId: elsewhere.id, role: "PROFESSIONAL" }] });
    const course = await createCourse([owner.id], unique("Shared work"));
    const foreign = await createCourse([owner.id], unique("Foreign"));
    await joinWorkingGroup(course.id, professional.id, "PROFESSIONAL");
    const { cookie } = await signedInHeaders(t.db, professional.id);

    const seen = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}`, headers: { cookie } });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toMatchObject({
      canEdit: true,
      canSeeParticipants: true,
      canManageWorkingGroup: false,
    });
    for (const id of [foreign.id, "0193f5d2-7c1a-7000-8000-0000000000ff"]) {
      const response = await t.app.inject({ method: "GET", url: `/api/courses/${id}`, headers: { cookie } });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe("not_found");
    }
  });

  it("gives an owner unit's coordinator the working group to manage and the participants to see", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const course = await createCourse([unit.id], unique("Coordinated"));
    const { cookie } = await signedInHeaders(t.db, coordinator.id);
    const response = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}`, headers: { cookie } });
    expect(response.json().abilities).toEqual({
      canView: true,
      canEdit: true,
      canManageWorkingGroup: true,
      canSeeParticipants: true,
    });
  });
});
