import { planElementKinds } from "@sidestilt/domain/plan.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunPhase } from "../../generated/prisma/enums.ts";
import { createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

/** A course whose working group is a user representative and a professional, with one run's GOALS element. */
async function world(phase: RunPhase = "PLANNING") {
  const unit = await createUnit(t.db);
  const representative = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] });
  const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const reader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "EVALUATOR" }] });
  const course = await t.db.course.create({
    data: {
      title: "Mestringstreff",
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: representative.id, role: "USER_REPRESENTATIVE" },
          { personId: professional.id, role: "PROFESSIONAL" },
        ],
      },
      runs: {
        create: [
          {
            startsOn: new Date("2031-05-05"),
            endsOn: new Date("2031-05-06"),
            capacity: 12,
            phase,
            plan: { create: planElementKinds.map((kind) => ({ kind })) },
          },
        ],
      },
    },
    include: { runs: { include: { plan: true } } },
  });
  const elementId = course.runs[0]?.plan.find((element) => element.kind === "GOALS")?.id ?? "";
  return { representative, professional, reader, elementId, url: `/api/plan-elements/${elementId}/presence` };
}

describe("who else is editing an element", () => {
  it("shows each editor the others who have the element open, by name and role, until they close it", async () => {
    const w = await world();
    const first = await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.representative.id) });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ editors: [] });

    const second = await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.professional.id) });
    expect(second.json().editors).toEqual([
      { personId: w.representative.id, name: w.representative.name, role: "USER_REPRESENTATIVE" },
    ]);
    const again = await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.representative.id) });
    expect(again.json().editors).toEqual([
      { personId: w.professional.id, name: w.professional.name, role: "PROFESSIONAL" },
    ]);

    expect(
      (await t.app.inject({ method: "DELETE", url: w.url, headers: await as(w.professional.id) })).statusCode,
    ).toBe(204);
    const alone = await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.representative.id) });
    expect(alone.json()).toEqual({ editors: [] });
  });

  it("forgets an editor whose heartbeat stopped, and writes nothing to the plan, its history or the audit trail", async () => {
    const w = await world();
    await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.professional.id) });
    await t.db.editingPresence.updateMany({
      where: { elementId: w.elementId },
      data: { seenAt: new Date(Date.now() - 60_000) },
    });
    const response = await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.representative.id) });
    expect(response.json()).toEqual({ editors: [] });
    expect(await t.db.editingPresence.count({ where: { elementId: w.elementId } })).toBe(1);
    expect(await t.db.planRevision.count({ where: { elementId: w.elementId } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { objectId: w.elementId } })).toBe(0);
  });

  it("is only for those who may edit an open run", async () => {
    const w = await world();
    expect((await t.app.inject({ method: "PUT", url: w.url, headers: await as(w.reader.id) })).statusCode).toBe(403);
    const closed = await world("COMPLETED");
    expect(
      (await t.app.inject({ method: "PUT", url: closed.url, headers: await as(closed.professional.id) })).statusCode,
    ).toBe(403);
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    expect((await t.app.inject({ method: "PUT", url: w.url, headers: await as(stranger.id) })).statusCode).toBe(404);
    expect(await t.db.editingPresence.count({ where: { elementId: { in: [w.elementId, closed.elementId] } } })).toBe(0);
  });
});
