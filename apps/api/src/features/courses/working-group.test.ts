import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";
import { auditOf, createCourseWith } from "./courses-test-data.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

async function world() {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const course = await createCourseWith(t.db, {
    ownerUnitIds: [unit.id],
    members: [{ personId: coordinator.id, role: "COORDINATOR" }],
    runs: [{ startsOn: "2031-04-01" }, { startsOn: "2030-04-01", phase: "COMPLETED" }],
  });
  return { unit, coordinator, course };
}

const runVersions = async (courseId: string) =>
  (await t.db.courseRun.findMany({ where: { courseId }, orderBy: { startsOn: "asc" }, select: { version: true } })).map(
    (run) => run.version,
  );

describe("the working group", () => {
  it("adds and removes members, keeps the history, audits both and voids signatures on open runs", async () => {
    const { unit, coordinator, course } = await world();
    const physio = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    await t.db.membership.updateMany({ where: { personId: physio.id }, data: { profession: "Fysioterapeut" } });
    const headers = await as(coordinator.id);
    const add = () =>
      t.app.inject({
        method: "POST",
        url: `/api/courses/${course.id}/working-group`,
        headers,
        payload: { personId: physio.id, role: "PROFESSIONAL" },
      });

    const added = await add();
    expect(added.statusCode, added.body).toBe(201);
    const member = added.json().members.find((m: { personId: string }) => m.personId === physio.id);
    expect(member).toMatchObject({
      name: physio.name,
      role: "PROFESSIONAL",
      profession: "Fysioterapeut",
      removedAt: null,
    });
    // The completed run (first by date) keeps its version; the open one gets a new one.
    expect(await runVersions(course.id)).toEqual([1, 2]);
    const again = await add();
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("already_member");

    const removed = await t.app.inject({ method: "DELETE", url: `/api/working-group-members/${member.id}`, headers });
    expect(removed.statusCode).toBe(204);
    expect(await runVersions(course.id)).toEqual([1, 3]);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/working-group-members/${member.id}`, headers })).statusCode,
    ).toBe(404);

    const group = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}/working-group`, headers });
    expect(group.statusCode).toBe(200);
    expect(group.json().members).toEqual([
      expect.objectContaining({ personId: coordinator.id, role: "COORDINATOR", removedAt: null }),
      expect.objectContaining({ id: member.id, personId: physio.id, removedAt: expect.any(String) }),
    ]);
    // The course itself shows current members only.
    const detail = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}`, headers });
    expect(detail.json().workingGroup.map((m: { personId: string }) => m.personId)).toEqual([coordinator.id]);

    // Back again later: a new membership beside the old one.
    expect((await add()).statusCode).toBe(201);
    expect(await t.db.workingGroupMember.count({ where: { courseId: course.id, personId: physio.id } })).toBe(2);

    const events = [
      ...(await auditOf(t.db, "working-group.member-added", course.id)),
      ...(await auditOf(t.db, "working-group.member-removed", course.id)),
    ];
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event).toMatchObject({ actorId: coordinator.id, objectType: "course", unitIds: [unit.id] });
      expect(JSON.stringify(event.data)).not.toContain(physio.name);
    }
  });

  it("answers 404 for a person outside the coordinator's units or no person at all, and saves nothing", async () => {
    const { coordinator, course } = await world();
    const outsider = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "PROFESSIONAL" }],
    });
    const headers = await as(coordinator.id);
    for (const personId of [outsider.id, "0193f5d2-7c1a-7000-8000-00000000dead"]) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/courses/${course.id}/working-group`,
        headers,
        payload: { personId, role: "PROFESSIONAL" },
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await t.db.workingGroupMember.count({ where: { courseId: course.id } })).toBe(1);
    expect(await runVersions(course.id)).toEqual([1, 1]);
  });

  it("adds a user representative of a user organisation the coordinator also belongs to, without a profession", async () => {
    const { coordinator, course } = await world();
    const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION" });
    await t.db.membership.create({ data: { personId: coordinator.id, unitId: organisation.id, role: "PROFESSIONAL" } });
    const representative = await createPerson(t.db, {
      memberships: [{ unitId: organisation.id, role: "USER_REPRESENTATIVE" }],
    });
    const headers = await as(coordinator.id);
    const post = (payload: object) =>
      t.app.inject({ method: "POST", url: `/api/courses/${course.id}/working-group`, headers, payload });
    const wrong = await post({ personId: representative.id, role: "USER_REPRESENTATIVE", profession: "Lege" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({ field: "profession", message: "profession_not_allowed" });
    const added = await post({ personId: representative.id, role: "USER_REPRESENTATIVE" });
    expect(added.statusCode).toBe(201);
    // The representative now sees the course and its group, and edits like any member.
    const seen = await t.app.inject({
      method: "GET",
      url: `/api/courses/${course.id}/working-group`,
      headers: await as(representative.id),
    });
    expect(seen.statusCode).toBe(200);
  });

  it("is managed by the owners' coordinators: 403 for members, 404 for other units", async () => {
    const { unit, coordinator, course } = await world();
    const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    await t.db.workingGroupMember.create({
      data: { courseId: course.id, personId: professional.id, role: "PROFESSIONAL" },
    });
    const coordinatorMember = await t.db.workingGroupMember.findFirstOrThrow({
      where: { courseId: course.id, personId: coordinator.id },
    });
    const headers = await as(professional.id);
    const post = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/working-group`,
      headers,
      payload: { personId: professional.id, role: "EVALUATOR" },
    });
    expect(post.statusCode).toBe(403);
    const remove = await t.app.inject({
      method: "DELETE",
      url: `/api/working-group-members/${coordinatorMember.id}`,
      headers,
    });
    expect(remove.statusCode).toBe(403);

    const { coordinator: foreign } = await world();
    const foreignHeaders = await as(foreign.id);
    for (const request of [
      { method: "GET" as const, url: `/api/courses/${course.id}/working-group` },
      { method: "DELETE" as const, url: `/api/working-group-members/${coordinatorMember.id}` },
    ]) {
      expect((await t.app.inject({ ...request, headers: foreignHeaders })).statusCode).toBe(404);
    }
    expect(await t.db.workingGroupMember.count({ where: { courseId: course.id, removedAt: null } })).toBe(2);
  });
});
