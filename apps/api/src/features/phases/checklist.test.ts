import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, headersOf } from "../../test/fixtures.ts";
import { createPlanningWorld } from "./phases-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Entry = {
  phase: string;
  key: string;
  ticked: boolean;
  tickedBy: { id: string; name: string; role: string } | null;
  tickedAt: string | null;
};

const tick = async (method: "PUT" | "DELETE", runId: string, personId: string, phase: string, key: string) =>
  t.app.inject({
    method,
    url: `/api/runs/${runId}/checklist/${phase}/${key}`,
    headers: await headersOf(t.db, personId),
  });
const entry = (body: { checklist: Entry[] }, phase: string, key: string) =>
  body.checklist.find((item) => item.phase === phase && item.key === key);

describe("the Standard metode checklist", () => {
  it("is ticked and unticked by any member or the coordinator, attributed, without voiding signatures", async () => {
    const { run, coordinator, memberOf, unit } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    const professional = memberOf("PROFESSIONAL");
    await t.app.inject({
      method: "POST",
      url: `/api/runs/${run.id}/signatures`,
      headers: await headersOf(t.db, professional.id),
      payload: { targetPhase: "READY", version: 1 },
    });

    const ticked = await tick("PUT", run.id, user.id, "PLANNING", "need-and-decision");
    expect(ticked.statusCode).toBe(200);
    const body = ticked.json();
    expect(body.checklist).toHaveLength(14);
    expect(entry(body, "PLANNING", "need-and-decision")).toMatchObject({
      ticked: true,
      tickedBy: { id: user.id, name: user.name, role: "USER_REPRESENTATIVE" },
    });
    expect(entry(body, "PLANNING", "management-anchoring")).toEqual({
      phase: "PLANNING",
      key: "management-anchoring",
      ticked: false,
      tickedBy: null,
      tickedAt: null,
    });

    // Ticking again (by someone else) keeps the first attribution; an earlier or later phase's item may be ticked.
    const again = await tick("PUT", run.id, professional.id, "PLANNING", "need-and-decision");
    expect(entry(again.json(), "PLANNING", "need-and-decision")?.tickedBy?.id).toBe(user.id);
    const ahead = await tick("PUT", run.id, coordinator.id, "READY", "catalogue-published");
    expect(entry(ahead.json(), "READY", "catalogue-published")?.tickedBy).toMatchObject({
      id: coordinator.id,
      role: "COORDINATOR",
    });

    // A tick is not an edit: the version stays and the professional's signature still counts.
    const view = ahead.json();
    expect(view.version).toBe(1);
    expect(view.steps[0].signatures[0]).toMatchObject({ personId: professional.id, valid: true });

    const unticked = await tick("DELETE", run.id, professional.id, "PLANNING", "need-and-decision");
    expect(unticked.statusCode).toBe(200);
    expect(entry(unticked.json(), "PLANNING", "need-and-decision")).toMatchObject({ ticked: false, tickedBy: null });
    expect((await tick("DELETE", run.id, professional.id, "PLANNING", "need-and-decision")).statusCode).toBe(200);

    const events = await t.db.auditEvent.findMany({
      where: { objectId: run.id, action: { startsWith: "run.checklist" } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.action, event.actorId, event.data])).toEqual([
      [
        "run.checklist-ticked",
        user.id,
        { phase: "PLANNING", itemKey: "need-and-decision", role: "USER_REPRESENTATIVE" },
      ],
      ["run.checklist-ticked", coordinator.id, { phase: "READY", itemKey: "catalogue-published", role: "COORDINATOR" }],
      [
        "run.checklist-unticked",
        professional.id,
        { phase: "PLANNING", itemKey: "need-and-decision", role: "PROFESSIONAL" },
      ],
    ]);
    expect(events[0]?.unitIds).toEqual([unit.id]);
  });

  it("answers 404 for an unknown key or a key of another phase, and saves nothing", async () => {
    const { run, memberOf } = await createPlanningWorld(t.db);
    const user = memberOf("USER_REPRESENTATIVE");
    expect((await tick("PUT", run.id, user.id, "PLANNING", "free-coffee")).statusCode).toBe(404);
    expect((await tick("PUT", run.id, user.id, "PLANNING", "enrolment-open")).statusCode).toBe(404);
    expect((await tick("DELETE", run.id, user.id, "COMPLETED", "need-and-decision")).statusCode).toBe(404);
    expect(await t.db.checklistTick.count({ where: { runId: run.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { objectId: run.id } })).toBe(0);
  });
});
