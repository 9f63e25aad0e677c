import { planElementKinds } from "@sidestilt/domain/plan.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";
import { auditOf, createCourseWith, fingerprintOf, planOf } from "./courses-test-data.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);
const run = { startsOn: "2031-09-01", endsOn: "2031-09-08", venue: "Rådhuset", capacity: 15 };

async function world(runs: Parameters<typeof createCourseWith>[1]["runs"] = [{ startsOn: "2031-04-01" }]) {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const course = await createCourseWith(t.db, { ownerUnitIds: [unit.id], runs });
  return { unit, coordinator, course };
}

describe("POST /api/courses/:courseId/runs", () => {
  it("starts the new run's plan from the latest run's plan, attributed to the person who added the run", async () => {
    const { unit, coordinator, course } = await world([
      { startsOn: "2031-06-01", plan: { GOALS: "Nyeste mål", CONTENT: "Nytt innhold" } },
      { startsOn: "2030-01-01", plan: { GOALS: "Gamle mål", METHODS: "Gamle metoder" } },
    ]);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/runs`,
      headers: await as(coordinator.id),
      payload: run,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      ...run,
      videoLink: null,
      courseId: course.id,
      courseTitle: course.title,
      phase: "PLANNING",
      version: 1,
      abilities: { canEdit: true, canManageWorkingGroup: true },
    });
    const plan = await planOf(t.db, response.json().id);
    expect(planElementKinds.map((kind) => plan[kind].content)).toEqual(["", "Nyeste mål", "", "Nytt innhold", "", ""]);
    expect(plan.GOALS.revisions).toEqual([
      { version: 1, content: "Nyeste mål", authorId: coordinator.id, authorRole: "COORDINATOR", phase: "PLANNING" },
    ]);
    const [event] = await auditOf(t.db, "run.created", course.id);
    expect(event).toMatchObject({
      unitIds: [unit.id],
      data: { runId: response.json().id, planFrom: course.runs[1]?.id },
    });
  });

  it("starts from the latest signed plan: a later run still in planning does not count", async () => {
    const { coordinator, course } = await world([
      { startsOn: "2030-02-01", phase: "COMPLETED", plan: { GOALS: "Signerte mål" } },
      { startsOn: "2031-02-01", phase: "PLANNING", plan: { GOALS: "Utkast som ikke er signert" } },
      { startsOn: "2032-02-01", phase: "CANCELLED", plan: { GOALS: "Avlyst" } },
    ]);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/runs`,
      headers: await as(coordinator.id),
      payload: run,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect((await planOf(t.db, response.json().id)).GOALS.content).toBe("Signerte mål");
  });

  it("gives the first run of a course an empty plan, and checks the dates", async () => {
    const { coordinator, course } = await world([]);
    const headers = await as(coordinator.id);
    const reversed = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/runs`,
      headers,
      payload: { ...run, endsOn: "2031-08-31" },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toMatchObject({ field: "endsOn", message: "before_start" });
    expect(await t.db.courseRun.count({ where: { courseId: course.id } })).toBe(0);

    const created = await t.app.inject({
      method: "POST",
      url: `/api/courses/${course.id}/runs`,
      headers,
      payload: run,
    });
    expect(created.statusCode).toBe(201);
    const plan = await planOf(t.db, created.json().id);
    expect(Object.values(plan).every((element) => element.content === "" && element.revisions.length === 1)).toBe(true);
  });
});

describe("GET /api/runs/:runId", () => {
  it("answers the run with its version as ETag, and 404 for another unit's or a missing run", async () => {
    const { coordinator, course } = await world();
    const other = await world();
    const headers = await as(coordinator.id);
    const runId = course.runs[0]?.id;
    const response = await t.app.inject({ method: "GET", url: `/api/runs/${runId}`, headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ id: runId, startsOn: "2031-04-01", endsOn: "2031-04-01", capacity: 12 });
    for (const id of [other.course.runs[0]?.id, "0193f5d2-7c1a-7000-8000-00000000dead"]) {
      expect((await t.app.inject({ method: "GET", url: `/api/runs/${id}`, headers })).statusCode).toBe(404);
    }
  });
});

describe("PUT /api/runs/:runId", () => {
  it("needs If-Match, answers 412 with the stored run, and bumps the run's version", async () => {
    const { unit, coordinator, course } = await world();
    const runId = course.runs[0]?.id as string;
    const headers = await as(coordinator.id);
    const put = (ifMatch?: string, payload: object = run) =>
      t.app.inject({
        method: "PUT",
        url: `/api/runs/${runId}`,
        headers: { ...headers, ...(ifMatch ? { "if-match": ifMatch } : {}) },
        payload,
      });
    expect((await put()).statusCode).toBe(428);
    const stale = await put('"3"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ version: 1, startsOn: "2031-04-01", venue: null, capacity: 12 });

    const saved = await put('"1"', { ...run, videoLink: "https://meet.example/kurs" });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({ ...run, videoLink: "https://meet.example/kurs", version: 2 });
    expect(await auditOf(t.db, "run.updated", course.id)).toEqual([
      expect.objectContaining({ unitIds: [unit.id], data: { runId, version: 2 } }),
    ]);
    const detail = await t.app.inject({ method: "GET", url: `/api/courses/${course.id}`, headers });
    expect(detail.json().runs[0]).toMatchObject({ videoLink: "https://meet.example/kurs", startsOn: run.startsOn });
  });

  it("refuses dates out of order and dates that would leave a programme session outside, naming the field", async () => {
    const { coordinator, course } = await world([{ startsOn: "2031-04-01", endsOn: "2031-04-10" }]);
    const runId = course.runs[0]?.id as string;
    await t.db.programmeSession.createMany({
      data: [
        { runId, date: new Date("2031-04-01"), startsAt: 600, endsAt: 780 },
        { runId, date: new Date("2031-04-10"), startsAt: 600, endsAt: 780 },
      ],
    });
    const headers = { ...(await as(coordinator.id)), "if-match": '"1"' };
    const before = await fingerprintOf(t.db, course.id);
    const cases = [
      [{ startsOn: "2031-04-05", endsOn: "2031-04-01" }, [{ field: "endsOn", message: "before_start" }]],
      [{ startsOn: "2031-04-02", endsOn: "2031-04-10" }, [{ field: "startsOn", code: "sessions_outside" }]],
      [
        { startsOn: "2031-04-02", endsOn: "2031-04-09" },
        [
          { field: "startsOn", code: "sessions_outside" },
          { field: "endsOn", code: "sessions_outside" },
        ],
      ],
    ] as const;
    for (const [dates, errors] of cases) {
      const response = await t.app.inject({
        method: "PUT",
        url: `/api/runs/${runId}`,
        headers,
        payload: { capacity: 12, ...dates },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(errors.map((error) => expect.objectContaining(error)));
    }
    expect(await fingerprintOf(t.db, course.id)).toBe(before);
    const inside = await t.app.inject({
      method: "PUT",
      url: `/api/runs/${runId}`,
      headers,
      payload: { capacity: 12, startsOn: "2031-03-30", endsOn: "2031-04-10" },
    });
    expect(inside.statusCode).toBe(200);
  });

  it("answers 409 run_closed for a completed run, whose abilities say it cannot be edited", async () => {
    const { coordinator, course } = await world([{ startsOn: "2030-04-01", phase: "COMPLETED" }]);
    const runId = course.runs[0]?.id;
    const headers = { ...(await as(coordinator.id)), "if-match": '"1"' };
    const before = await fingerprintOf(t.db, course.id);
    const response = await t.app.inject({ method: "PUT", url: `/api/runs/${runId}`, headers, payload: run });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("run_closed");
    expect(await fingerprintOf(t.db, course.id)).toBe(before);
    const seen = await t.app.inject({ method: "GET", url: `/api/runs/${runId}`, headers });
    expect(seen.json().abilities).toEqual({ canEdit: false, canManageWorkingGroup: true });
  });
});
