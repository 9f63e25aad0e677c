import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousCsrfHeaders, createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";
import { createPlanningWorld } from "./phases-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

type Step = {
  target: string;
  blockers: { code: string; missingRole?: string }[];
  signatures: { personId: string; role: string; version: number; valid: boolean }[];
  canSign: boolean;
  canAdvance: boolean;
};

const signOff = async (runId: string, personId: string) => {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/runs/${runId}/sign-off`,
    headers: await as(personId),
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { phase: string; version: number; steps: Step[]; canTick: boolean } & Record<
    string,
    unknown
  >;
};
const stepOf = (body: { steps: Step[] }, target: string) => body.steps.find((step) => step.target === target);

const signAs = async (runId: string, personId: string, targetPhase: string, version: number) =>
  t.app.inject({
    method: "POST",
    url: `/api/runs/${runId}/signatures`,
    headers: await as(personId),
    payload: { targetPhase, version },
  });

const advanceAs = async (runId: string, personId: string, targetPhase: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/runs/${runId}/transitions`,
    headers: await as(personId),
    payload: { targetPhase },
  });

const bumpVersion = (runId: string) =>
  t.db.courseRun.update({ where: { id: runId }, data: { version: { increment: 1 } } });

const missing = (...roles: string[]) => roles.map((missingRole) => ({ code: "signature_missing", missingRole }));

describe("co-signed phase steps", () => {
  it("needs a user representative and a professional on the current version, and an edit voids signatures", async () => {
    const { run, coordinator, memberOf, unit } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");

    const first = await signOff(run.id, user.id);
    expect(first).toMatchObject({
      runId: run.id,
      phase: "PLANNING",
      version: 1,
      workingGroup: { userRepresentatives: 1, professionals: 1 },
      canTick: true,
    });
    expect(first.steps.map((step) => step.target)).toEqual(["READY", "CANCELLED"]);
    expect(stepOf(first, "READY")).toMatchObject({
      blockers: missing("USER_REPRESENTATIVE", "PROFESSIONAL"),
      signatures: [],
      canSign: true,
      canAdvance: false,
    });

    const signed = await signAs(run.id, professional.id, "READY", 1);
    expect(signed.statusCode).toBe(201);
    expect(stepOf(signed.json(), "READY")).toMatchObject({
      blockers: missing("USER_REPRESENTATIVE"),
      signatures: [{ personId: professional.id, role: "PROFESSIONAL", version: 1, valid: true }],
    });
    // Signing again is idempotent, and signing does not change the version.
    const again = await signAs(run.id, professional.id, "READY", 1);
    expect(again.statusCode).toBe(200);
    expect(await t.db.runSignature.count({ where: { runId: run.id } })).toBe(1);
    expect((await t.db.courseRun.findUniqueOrThrow({ where: { id: run.id } })).version).toBe(1);
    expect(stepOf(await signOff(run.id, professional.id), "READY")?.canSign).toBe(false);

    const blocked = await advanceAs(run.id, coordinator.id, "READY");
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({
      code: "transition_blocked",
      current: { blockers: missing("USER_REPRESENTATIVE") },
    });

    // An edit of the plan bumps the run's version: the professional signed the old one.
    await bumpVersion(run.id);
    const voided = await signOff(run.id, coordinator.id);
    expect(voided.version).toBe(2);
    expect(stepOf(voided, "READY")).toMatchObject({
      blockers: missing("USER_REPRESENTATIVE", "PROFESSIONAL"),
      signatures: [{ personId: professional.id, version: 1, valid: false }],
      canSign: false,
      canAdvance: false,
    });
    const stillBlocked = await advanceAs(run.id, coordinator.id, "READY");
    expect(stillBlocked.json()).toMatchObject({
      code: "transition_blocked",
      current: { blockers: missing("USER_REPRESENTATIVE", "PROFESSIONAL") },
    });

    const stale = await signAs(run.id, user.id, "READY", 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "signature_stale", current: { version: 2 } });
    expect(await t.db.runSignature.count({ where: { runId: run.id, personId: user.id } })).toBe(0);

    expect((await signAs(run.id, user.id, "READY", 2)).statusCode).toBe(201);
    expect((await signAs(run.id, professional.id, "READY", 2)).statusCode).toBe(201);
    const ready = await signOff(run.id, coordinator.id);
    expect(stepOf(ready, "READY")).toMatchObject({ blockers: [], canAdvance: true, canSign: false });
    expect(stepOf(ready, "READY")?.signatures.map((s) => [s.role, s.version, s.valid])).toEqual([
      ["USER_REPRESENTATIVE", 2, true],
      ["PROFESSIONAL", 2, true],
    ]);
    // The coordinator of the owner unit is not in the group: they may not sign, but may take the step.
    const coordinatorSigns = await signAs(run.id, coordinator.id, "READY", 2);
    expect(coordinatorSigns.statusCode).toBe(403);
    expect(await t.db.runSignature.count({ where: { runId: run.id, personId: coordinator.id } })).toBe(0);

    const moved = await advanceAs(run.id, coordinator.id, "READY");
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ phase: "READY", version: 2 });
    expect(moved.json().steps.map((step: Step) => [step.target, step.signatures.length])).toEqual([
      ["RUNNING", 0],
      ["CANCELLED", 0],
    ]);
    const stored = await t.db.courseRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(stored).toMatchObject({ phase: "READY", version: 2 });

    const events = await t.db.auditEvent.findMany({ where: { objectId: run.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["run.signed", professional.id],
      ["run.signed", user.id],
      ["run.signed", professional.id],
      ["run.phase-changed", coordinator.id],
    ]);
    expect(events[0]).toMatchObject({
      objectType: "run",
      unitIds: [unit.id],
      data: { targetPhase: "READY", version: 1, role: "PROFESSIONAL" },
    });
    expect(events[3]?.data).toEqual({ from: "PLANNING", to: "READY" });
  });

  it("lets a member take an unblocked step, and refuses a step that is not next", async () => {
    const { run, memberOf } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");
    const skip = await signAs(run.id, user.id, "RUNNING", 1);
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      code: "transition_blocked",
      current: { blockers: [{ code: "transition_not_allowed" }] },
    });
    expect((await advanceAs(run.id, user.id, "RUNNING")).json()).toMatchObject({
      code: "transition_blocked",
      current: { blockers: [{ code: "transition_not_allowed" }] },
    });
    await signAs(run.id, user.id, "READY", 1);
    await signAs(run.id, professional.id, "READY", 1);
    const moved = await advanceAs(run.id, user.id, "READY");
    expect(moved.statusCode).toBe(200);
    expect(moved.json().phase).toBe("READY");
    // The next step starts with no signatures: the ones for READY do not count for RUNNING.
    expect(stepOf(moved.json(), "RUNNING")).toMatchObject({ blockers: missing("USER_REPRESENTATIVE", "PROFESSIONAL") });
  });

  it("never lets a group without a user representative leave planning", async () => {
    const { run, coordinator, memberOf } = await createPlanningWorld(t.db, ["PROFESSIONAL", "PROFESSIONAL"]);
    const professional = memberOf("PROFESSIONAL");
    expect((await signAs(run.id, professional.id, "READY", 1)).statusCode).toBe(201);
    const view = await signOff(run.id, coordinator.id);
    expect(view.workingGroup).toEqual({ userRepresentatives: 0, professionals: 2 });
    expect(stepOf(view, "READY")?.blockers).toEqual([
      { code: "working_group_incomplete", missingRole: "USER_REPRESENTATIVE" },
      { code: "signature_missing", missingRole: "USER_REPRESENTATIVE" },
    ]);
    const blocked = await advanceAs(run.id, coordinator.id, "READY");
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().current.blockers[0]).toEqual({
      code: "working_group_incomplete",
      missingRole: "USER_REPRESENTATIVE",
    });
    // A user representative of the unit outside the group cannot see the run, let alone sign.
    const outsider = await createPerson(t.db, {
      memberships: [
        {
          unitId: (await t.db.courseOwner.findFirstOrThrow({ where: { courseId: run.courseId } })).unitId,
          role: "USER_REPRESENTATIVE",
        },
      ],
    });
    expect((await signAs(run.id, outsider.id, "READY", 1)).statusCode).toBe(404);
    expect((await t.db.courseRun.findUniqueOrThrow({ where: { id: run.id } })).phase).toBe("PLANNING");
  });

  it("does not count a signature once its signer has left the group", async () => {
    const { run, coordinator, course, memberOf } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");
    await signAs(run.id, user.id, "READY", 1);
    await signAs(run.id, professional.id, "READY", 1);
    await t.db.workingGroupMember.updateMany({
      where: { courseId: course.id, personId: user.id },
      data: { removedAt: new Date() },
    });
    const view = await signOff(run.id, coordinator.id);
    expect(stepOf(view, "READY")?.signatures.find((s) => s.personId === user.id)?.valid).toBe(false);
    expect((await advanceAs(run.id, coordinator.id, "READY")).statusCode).toBe(409);
  });

  it("needs both signatures to cancel too, and a cancelled run refuses signatures and ticks", async () => {
    const { run, coordinator, memberOf } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");
    await signAs(run.id, professional.id, "CANCELLED", 1);
    // A signature for another step does not count for cancelling, nor the reverse.
    await signAs(run.id, user.id, "READY", 1);
    const blocked = await advanceAs(run.id, coordinator.id, "CANCELLED");
    expect(blocked.json()).toMatchObject({
      code: "transition_blocked",
      current: { blockers: missing("USER_REPRESENTATIVE") },
    });
    await signAs(run.id, user.id, "CANCELLED", 1);
    const cancelled = await advanceAs(run.id, coordinator.id, "CANCELLED");
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ phase: "CANCELLED", steps: [], canTick: false });

    const closed = await signAs(run.id, user.id, "READY", 1);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe("run_closed");
    expect((await advanceAs(run.id, coordinator.id, "READY")).json().code).toBe("run_closed");
  });

  it("refuses signatures, withdrawals, steps and ticks on a completed run", async () => {
    const { run, coordinator, memberOf } = await createPlanningWorld(t.db);
    const professional = memberOf("PROFESSIONAL");
    await t.db.courseRun.update({ where: { id: run.id }, data: { phase: "COMPLETED" } });
    const headers = await as(professional.id);
    const attempts = [
      {
        method: "POST" as const,
        url: `/api/runs/${run.id}/signatures`,
        payload: { targetPhase: "CANCELLED", version: 1 },
      },
      { method: "DELETE" as const, url: `/api/runs/${run.id}/signatures/CANCELLED` },
      { method: "POST" as const, url: `/api/runs/${run.id}/transitions`, payload: { targetPhase: "CANCELLED" } },
      { method: "PUT" as const, url: `/api/runs/${run.id}/checklist/EVALUATION/revisions-agreed` },
      { method: "DELETE" as const, url: `/api/runs/${run.id}/checklist/EVALUATION/revisions-agreed` },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({ ...attempt, headers });
      expect(response.statusCode, attempt.url).toBe(409);
      expect(response.json().code).toBe("run_closed");
    }
    expect(await t.db.runSignature.count({ where: { runId: run.id } })).toBe(0);
    expect(await t.db.checklistTick.count({ where: { runId: run.id } })).toBe(0);
    const view = await signOff(run.id, coordinator.id);
    expect(view).toMatchObject({ phase: "COMPLETED", steps: [], canTick: false });
  });

  it("withdraws one's own signature on the current version, once", async () => {
    const { run, memberOf } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");
    await signAs(run.id, user.id, "READY", 1);
    await signAs(run.id, professional.id, "READY", 1);
    const url = `/api/runs/${run.id}/signatures/READY`;
    expect((await t.app.inject({ method: "DELETE", url, headers: await as(user.id) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: "DELETE", url, headers: await as(user.id) })).statusCode).toBe(204);
    const left = await t.db.runSignature.findMany({ where: { runId: run.id } });
    expect(left.map((signature) => signature.personId)).toEqual([professional.id]);
    const withdrawn = await t.db.auditEvent.findMany({
      where: { objectId: run.id, action: "run.signature-withdrawn" },
    });
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({ actorId: user.id, data: { targetPhase: "READY", version: 1 } });
  });

  it("answers strangers, readers, anonymous callers and bad input without changing anything", async () => {
    const { run, memberOf, unit } = await createPlanningWorld(t.db);
    const professional = memberOf("PROFESSIONAL");
    const otherUnit = await createUnit(t.db);
    const stranger = await createPerson(t.db, { memberships: [{ unitId: otherUnit.id, role: "COORDINATOR" }] });
    const reader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const base = `/api/runs/${run.id}`;
    const writes = [
      { method: "POST" as const, url: `${base}/signatures`, payload: { targetPhase: "READY", version: 1 } },
      { method: "DELETE" as const, url: `${base}/signatures/READY` },
      { method: "POST" as const, url: `${base}/transitions`, payload: { targetPhase: "READY" } },
      { method: "PUT" as const, url: `${base}/checklist/PLANNING/need-and-decision` },
      { method: "DELETE" as const, url: `${base}/checklist/PLANNING/need-and-decision` },
    ];
    expect(
      (await t.app.inject({ method: "GET", url: `${base}/sign-off`, headers: await as(stranger.id) })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "GET", url: `${base}/sign-off`, headers: await as(reader.id) })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `${base}/sign-off` })).statusCode).toBe(401);
    const anonymous = await anonymousCsrfHeaders(t.app);
    for (const write of writes) {
      expect((await t.app.inject({ ...write, headers: await as(stranger.id) })).statusCode, write.url).toBe(404);
      expect((await t.app.inject({ ...write, headers: await as(reader.id) })).statusCode, write.url).toBe(403);
      expect((await t.app.inject({ ...write, headers: anonymous })).statusCode, write.url).toBe(401);
    }

    const headers = await as(professional.id);
    const badVersion = await t.app.inject({
      method: "POST",
      url: `${base}/signatures`,
      headers,
      payload: { targetPhase: "SOMEDAY", version: 0 },
    });
    expect(badVersion.statusCode).toBe(400);
    expect(
      badVersion
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(["targetPhase", "version"]);
    const badPhase = await t.app.inject({ method: "PUT", url: `${base}/checklist/SOMEDAY/need-and-decision`, headers });
    expect(badPhase.statusCode).toBe(400);
    expect(badPhase.json().errors[0].field).toBe("phase");
    const badTarget = await t.app.inject({ method: "POST", url: `${base}/transitions`, headers, payload: {} });
    expect(badTarget.json().errors[0].field).toBe("targetPhase");
    expect(await t.db.runSignature.count({ where: { runId: run.id } })).toBe(0);
    expect(await t.db.checklistTick.count({ where: { runId: run.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { objectId: run.id } })).toBe(0);
    expect((await t.db.courseRun.findUniqueOrThrow({ where: { id: run.id } })).phase).toBe("PLANNING");
  });
});
