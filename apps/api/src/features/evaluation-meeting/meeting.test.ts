import { planElementKinds } from "@sidestilt/domain/plan.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, headersOf } from "../../test/fixtures.ts";
import { createEvaluationWorld } from "../evaluation-collections/evaluation-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function as(
  personId: string,
  method: "GET" | "POST" | "PUT",
  url: string,
  options: { payload?: object; version?: number } = {},
) {
  const headers = {
    ...(await headersOf(t.db, personId)),
    ...(options.version === undefined ? {} : { "if-match": `"${options.version}"` }),
  };
  return t.app.inject({ method, url, headers, ...(options.payload ? { payload: options.payload } : {}) });
}

/** The evaluated run, and a later run of the same course in planning whose plan starts from the template's text. */
async function createMeetingWorld() {
  const world = await createEvaluationWorld(t.db);
  const next = await t.db.courseRun.create({
    data: {
      courseId: world.course.id,
      startsOn: new Date(Date.now() + 90 * 86_400_000),
      endsOn: new Date(Date.now() + 97 * 86_400_000),
      capacity: 15,
      // Only some elements: the rest are made when the plan is first read or changed (as for seeded runs).
      plan: { create: planElementKinds.slice(0, 2).map((kind) => ({ kind, content: `Tekst for ${kind}` })) },
    },
  });
  return { ...world, nextRunId: next.id };
}

const record = { heldOn: "2026-11-20", whatWorked: "Samtalene", whatToChange: "Mer pause", collaboration: "Likt" };

describe("the evaluation meeting", () => {
  it("is written by the working group with the same rights, with If-Match", async () => {
    const world = await createMeetingWorld();
    const url = `/api/runs/${world.runId}/evaluation-meeting`;
    const empty = await as(world.professional.id, "GET", url);
    expect(empty.json()).toMatchObject({ version: 0, whatWorked: "", lastEdit: null, proposals: [] });
    expect(empty.json().nextRuns).toEqual([{ runId: world.nextRunId, startsOn: expect.any(String) }]);

    expect((await as(world.unitLeader.id, "PUT", url, { payload: record, version: 0 })).statusCode).toBe(403);
    expect((await as(world.stranger.id, "PUT", url, { payload: record, version: 0 })).statusCode).toBe(404);
    expect((await as(world.userRepresentative.id, "PUT", url, { payload: record })).statusCode).toBe(428);

    const saved = await as(world.userRepresentative.id, "PUT", url, { payload: record, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...record, version: 1, lastEdit: { role: "USER_REPRESENTATIVE" } });

    const stale = await as(world.professional.id, "PUT", url, { payload: { ...record, whatWorked: "x" }, version: 0 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ whatWorked: "Samtalene" });

    const bad = await as(world.professional.id, "PUT", url, { payload: { ...record, heldOn: "20.11" }, version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: "heldOn" })]);
    expect((await as(world.professional.id, "GET", url)).json()).toMatchObject({ version: 1, whatWorked: "Samtalene" });
  });
});

describe("revision proposals", () => {
  it("carry an accepted change into the next run's plan, attributed to its proposer, voiding that plan's signatures", async () => {
    const world = await createMeetingWorld();
    const proposed = await as(world.userRepresentative.id, "POST", `/api/runs/${world.runId}/revision-proposals`, {
      payload: { elementKind: "METHODS", finding: "For lite tid til samtale", proposedText: "Mer gruppesamtale" },
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ status: "PROPOSED", author: { role: "USER_REPRESENTATIVE" } });
    const rejected = await as(world.professional.id, "POST", `/api/runs/${world.runId}/revision-proposals`, {
      payload: { elementKind: "GOALS", finding: "Uklare mål", proposedText: "Nye mål" },
    });

    const accept = await as(world.professional.id, "POST", `/api/revision-proposals/${proposed.json().id}/decision`, {
      payload: { status: "ACCEPTED" },
      version: 1,
    });
    expect(accept.json()).toMatchObject({ status: "ACCEPTED", decidedBy: { role: "PROFESSIONAL" }, version: 2 });
    await as(world.professional.id, "POST", `/api/revision-proposals/${rejected.json().id}/decision`, {
      payload: { status: "REJECTED" },
      version: 1,
    });

    const before = await t.db.courseRun.findUniqueOrThrow({ where: { id: world.nextRunId } });
    await t.db.runSignature.create({
      data: {
        runId: world.nextRunId,
        personId: world.professional.id,
        role: "PROFESSIONAL",
        targetPhase: "READY",
        version: before.version,
      },
    });
    const apply = `/api/runs/${world.runId}/revision-proposals/apply`;
    const applied = await as(world.professional.id, "POST", apply, { payload: { targetRunId: world.nextRunId } });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ applied: 1, targetRunVersion: before.version + 1 });

    const methods = await t.db.planElement.findFirstOrThrow({
      where: { runId: world.nextRunId, kind: "METHODS" },
      include: { revisions: true },
    });
    expect(methods.content).toBe("Mer gruppesamtale");
    expect(methods.revisions).toEqual([
      expect.objectContaining({ authorId: world.userRepresentative.id, authorRole: "USER_REPRESENTATIVE" }),
    ]);
    const goals = await t.db.planElement.findFirstOrThrow({ where: { runId: world.nextRunId, kind: "GOALS" } });
    expect(goals.content).toBe("Tekst for GOALS");
    // The signature was on the plan before the change: it no longer matches the run's version.
    const signature = await t.db.runSignature.findFirstOrThrow({ where: { runId: world.nextRunId } });
    expect(signature.version).toBeLessThan(applied.json().targetRunVersion);

    const chain = (
      await as(world.userRepresentative.id, "GET", `/api/courses/${world.course.id}/evaluation-chain`)
    ).json();
    expect(chain.runs).toEqual([
      expect.objectContaining({
        runId: world.runId,
        proposals: { proposed: 0, accepted: 1, rejected: 1 },
        carriedInto: [world.nextRunId],
        takenFrom: [],
      }),
      expect.objectContaining({ runId: world.nextRunId, carriedInto: [], takenFrom: [world.runId] }),
    ]);
    const meeting = await as(world.professional.id, "GET", `/api/runs/${world.runId}/evaluation-meeting`);
    expect(meeting.json().proposals[0]).toMatchObject({ appliedTo: { runId: world.nextRunId } });
    const again = await as(world.professional.id, "POST", apply, { payload: { targetRunId: world.nextRunId } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("no_accepted_proposals");
    const reopen = await as(world.professional.id, "POST", `/api/revision-proposals/${proposed.json().id}/decision`, {
      payload: { status: "PROPOSED" },
      version: 3,
    });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe("proposal_applied");
  });

  it("go only into a later run of the same course that is still in planning", async () => {
    const world = await createMeetingWorld();
    const other = await createMeetingWorld();
    const proposal = await as(world.professional.id, "POST", `/api/runs/${world.runId}/revision-proposals`, {
      payload: { elementKind: "CONTENT", finding: "Savnet kosthold", proposedText: "Kosthold" },
    });
    await as(world.professional.id, "POST", `/api/revision-proposals/${proposal.json().id}/decision`, {
      payload: { status: "ACCEPTED" },
      version: 1,
    });
    const apply = (targetRunId: string) =>
      as(world.professional.id, "POST", `/api/runs/${world.runId}/revision-proposals/apply`, {
        payload: { targetRunId },
      });
    // Another course's run is not the viewer's to change: not found.
    expect((await apply(other.nextRunId)).statusCode).toBe(404);
    await t.db.courseRun.update({ where: { id: world.nextRunId }, data: { phase: "READY" } });
    const ready = await apply(world.nextRunId);
    expect(ready.statusCode).toBe(400);
    expect(ready.json().errors).toEqual([expect.objectContaining({ field: "targetRunId", code: "not_next_run" })]);
    expect(await t.db.planRevision.count({ where: { element: { runId: world.nextRunId } } })).toBe(0);
  });
});
