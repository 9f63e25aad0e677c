import { courseTemplate } from "@sidestilt/domain/course-templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/prisma.ts";
import type { Role, RunPhase } from "../../generated/prisma/enums.ts";
import { createPerson, createTestApp, createUnit, headersOf, unique } from "../../test/fixtures.ts";
import { createPlanningWorld } from "./phases-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Group = {
  group: string;
  count: number;
  share: number;
  kinds: Record<string, { count: number; share: number }>;
};
type Balance = { total: number; groups: Group[]; userRepresentativesUnderrepresented: boolean };

const counts = (balance: Balance | undefined) =>
  Object.fromEntries(
    (balance?.groups ?? []).map((group) => [
      group.group,
      Object.fromEntries(Object.entries(group.kinds).map(([kind, value]) => [kind, value.count])),
    ]),
  );
const zero = { edits: 0, programmeItems: 0, decisions: 0, presentations: 0 };

async function element(db: Db, runId: string, kind: "GOALS" | "CONTENT") {
  return db.planElement.create({ data: { runId, kind } });
}

async function revisions(db: Db, elementId: string, edits: [string, Role, RunPhase][]) {
  let version = 1;
  for (const [authorId, authorRole, phase] of edits) {
    version += 1;
    await db.planRevision.create({ data: { elementId, version, content: `v${version}`, authorId, authorRole, phase } });
  }
}

async function item(
  db: Db,
  sessionId: string,
  createdById: string,
  createdRole: Role,
  phase: RunPhase,
  presenters: [string, Role][],
) {
  return db.programmeItem.create({
    data: {
      sessionId,
      position: 1,
      kind: "TALK",
      title: "Å leve med diabetes",
      minutes: 30,
      createdById,
      createdRole,
      phase,
      presenters: { create: presenters.map(([personId, role]) => ({ personId, role })) },
    },
  });
}

describe("the contribution balance", () => {
  it("counts edits, decisions, programme items and presentations per role and phase over all runs", async () => {
    const { run, course, coordinator, memberOf, unit } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE").id;
    const professional = memberOf("PROFESSIONAL").id;
    const evaluator = (await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] })).id;
    const second = await t.db.courseRun.create({
      data: { courseId: course.id, startsOn: new Date("2030-09-01"), endsOn: new Date("2030-09-02"), capacity: 12 },
    });

    const goals = await element(t.db, run.id, "GOALS");
    await revisions(t.db, goals.id, [
      [user, "USER_REPRESENTATIVE", "PLANNING"],
      [professional, "PROFESSIONAL", "PLANNING"],
      [professional, "PROFESSIONAL", "PLANNING"],
      [coordinator.id, "COORDINATOR", "READY"],
    ]);
    await t.db.planDecision.createMany({
      data: [
        {
          elementId: goals.id,
          text: "Vi starter med erfaringsdeling",
          authorId: user,
          authorRole: "USER_REPRESENTATIVE",
          phase: "PLANNING",
        },
        {
          elementId: goals.id,
          text: "Spørreskjema fra spørsmålsbanken",
          authorId: evaluator,
          authorRole: "EVALUATOR",
          phase: "EVALUATION",
        },
      ],
    });
    const session = await t.db.programmeSession.create({
      data: { runId: run.id, date: new Date("2030-03-01"), startsAt: 540, endsAt: 900 },
    });
    await item(t.db, session.id, professional, "PROFESSIONAL", "PLANNING", [
      [user, "USER_REPRESENTATIVE"],
      [professional, "PROFESSIONAL"],
    ]);
    await item(t.db, session.id, user, "USER_REPRESENTATIVE", "PLANNING", [[user, "USER_REPRESENTATIVE"]]);

    const content = await element(t.db, second.id, "CONTENT");
    await revisions(t.db, content.id, [[user, "USER_REPRESENTATIVE", "EVALUATION"]]);
    const secondSession = await t.db.programmeSession.create({
      data: { runId: second.id, date: new Date("2030-09-01"), startsAt: 540, endsAt: 900 },
    });
    await item(t.db, secondSession.id, coordinator.id, "COORDINATOR", "READY", [[professional, "PROFESSIONAL"]]);

    // Another course's work does not count.
    const other = await createPlanningWorld(t.db);
    const otherElement = await element(t.db, other.run.id, "GOALS");
    await revisions(t.db, otherElement.id, [[other.memberOf("PROFESSIONAL").id, "PROFESSIONAL", "PLANNING"]]);

    const response = await t.app.inject({
      method: "GET",
      url: `/api/courses/${course.id}/contributions`,
      headers: await headersOf(t.db, user),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { phases: (Balance & { phase: string })[]; total: Balance };
    const phase = (name: string) => body.phases.find((entry) => entry.phase === name);

    expect(body.phases.map((entry) => [entry.phase, entry.total])).toEqual([
      ["PLANNING", 9],
      ["READY", 3],
      ["RUNNING", 0],
      ["EVALUATION", 2],
      ["COMPLETED", 0],
      ["CANCELLED", 0],
    ]);
    expect(counts(phase("PLANNING"))).toEqual({
      USER_REPRESENTATIVE: { edits: 1, programmeItems: 1, decisions: 1, presentations: 2 },
      PROFESSIONAL: { edits: 2, programmeItems: 1, decisions: 0, presentations: 1 },
      COORDINATOR: zero,
      OTHER: zero,
    });
    expect(counts(phase("READY"))).toEqual({
      USER_REPRESENTATIVE: zero,
      PROFESSIONAL: { ...zero, presentations: 1 },
      COORDINATOR: { ...zero, edits: 1, programmeItems: 1 },
      OTHER: zero,
    });
    expect(counts(phase("EVALUATION"))).toEqual({
      USER_REPRESENTATIVE: { ...zero, edits: 1 },
      PROFESSIONAL: zero,
      COORDINATOR: zero,
      OTHER: { ...zero, decisions: 1 },
    });
    expect(body.total.total).toBe(14);
    expect(body.total.groups.map((group) => [group.group, group.count, group.share])).toEqual([
      ["USER_REPRESENTATIVE", 6, 6 / 14],
      ["PROFESSIONAL", 5, 5 / 14],
      ["COORDINATOR", 2, 2 / 14],
      ["OTHER", 1, 1 / 14],
    ]);
    expect(phase("PLANNING")?.groups[0]?.kinds.presentations?.share).toBeCloseTo(2 / 3);
    expect(body.total.userRepresentativesUnderrepresented).toBe(false);
  });

  it("flags a phase where user representatives made under a fifth of ten or more contributions", async () => {
    const { run, course, memberOf } = await createPlanningWorld(t.db);
    const goals = await element(t.db, run.id, "GOALS");
    const professional = memberOf("PROFESSIONAL").id;
    await revisions(t.db, goals.id, [
      [memberOf("USER_REPRESENTATIVE").id, "USER_REPRESENTATIVE", "PLANNING"],
      ...Array.from({ length: 9 }, () => [professional, "PROFESSIONAL", "PLANNING"] as [string, Role, RunPhase]),
    ]);
    const response = await t.app.inject({
      method: "GET",
      url: `/api/courses/${course.id}/contributions`,
      headers: await headersOf(t.db, professional),
    });
    expect(response.json().phases[0]).toMatchObject({
      phase: "PLANNING",
      total: 10,
      userRepresentativesUnderrepresented: true,
    });
  });

  it("does not count the starting text a new run's plan is seeded with as anyone's edit", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const headers = await headersOf(t.db, coordinator.id);
    const template = courseTemplate("startkurs-diabetes-2");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/courses",
      headers,
      payload: {
        ...template.fields,
        title: unique("Startkurs diabetes type 2"),
        ownerUnitIds: [unit.id],
        templateKey: template.key,
        firstRun: { startsOn: "2031-03-02", endsOn: "2031-03-03", capacity: 14 },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json() as { id: string; runs: { id: string }[] };
    const balance = async () => {
      const response = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}/contributions`, headers });
      expect(response.statusCode).toBe(200);
      return response.json().total as Balance;
    };

    // Six elements seeded from the template, each with its first revision: no contribution yet.
    const runId = course.runs[0]?.id ?? "";
    const seeded = await t.db.planRevision.count({ where: { element: { runId } } });
    expect(seeded).toBe(6);
    expect((await balance()).total).toBe(0);

    // The coordinator's own edit counts.
    const goals = await t.db.planElement.findFirstOrThrow({ where: { runId, kind: "GOALS" } });
    const saved = await t.app.inject({
      method: "PUT",
      url: `/api/plan-elements/${goals.id}`,
      headers: { ...headers, "if-match": `"${goals.version}"` },
      payload: { content: "Deltakerne kjenner igjen egne erfaringer." },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(counts(await balance()).COORDINATOR).toEqual({ ...zero, edits: 1 });

    // A second run starts from that plan: its six seeded revisions do not count either.
    const second = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/runs`,
      headers,
      payload: { startsOn: "2031-09-01", endsOn: "2031-09-02", capacity: 14 },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(await t.db.planRevision.count({ where: { element: { runId: second.json().id } } })).toBe(6);
    expect((await balance()).total).toBe(1);
  });

  it("is visible to whoever may see the course, and to nobody else", async () => {
    const { course, unit } = await createPlanningWorld(t.db);
    const url = `/api/courses/${course.id}/contributions`;
    const status = async (personId: string) =>
      (await t.app.inject({ method: "GET", url, headers: await headersOf(t.db, personId) })).statusCode;
    const leader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "UNIT_LEADER" }] });
    const outsideUser = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] });
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    expect(await status(leader.id)).toBe(200);
    expect(await status(outsideUser.id)).toBe(404);
    expect(await status(stranger.id)).toBe(404);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/courses/not-a-uuid/contributions",
          headers: await headersOf(t.db, leader.id),
        })
      ).statusCode,
    ).toBe(400);
  });
});
