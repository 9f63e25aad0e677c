import { type PlanElementKind, planElementKinds } from "@sidestilt/domain/plan.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, RunPhase } from "../../generated/prisma/enums.ts";
import { createPerson, createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

/**
 * A hospital unit's course whose working group is a user representative (from a user organisation)
 * and a professional, with one run and its six (empty) plan elements; plus people around it.
 */
async function planWorld(options: { phase?: RunPhase; extraMembers?: { personId: string; role: Role }[] } = {}) {
  const unit = await createUnit(t.db);
  const organisation = await createUnit(t.db, { kind: "USER_ORGANISATION" });
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const representative = await createPerson(t.db, {
    memberships: [{ unitId: organisation.id, role: "USER_REPRESENTATIVE" }],
  });
  // A professional of the owner unit outside the working group: sees the plan, does not write it.
  const reader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const stranger = await createPerson(t.db, {
    memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
  });
  const course = await t.db.course.create({
    data: {
      title: "Lære å leve med KOLS",
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "REFERRAL",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: representative.id, role: "USER_REPRESENTATIVE" },
          { personId: professional.id, role: "PROFESSIONAL", profession: "Sykepleier" },
          ...(options.extraMembers ?? []),
        ],
      },
      runs: {
        create: [
          {
            startsOn: new Date("2031-02-03"),
            endsOn: new Date("2031-02-04"),
            capacity: 12,
            phase: options.phase ?? "PLANNING",
            plan: { create: planElementKinds.map((kind) => ({ kind })) },
          },
        ],
      },
    },
    include: { runs: { include: { plan: true } } },
  });
  const run = course.runs[0];
  if (!run) throw new Error("no run");
  const element = (kind: PlanElementKind) => {
    const found = run.plan.find((candidate) => candidate.kind === kind);
    if (!found) throw new Error(`no ${kind}`);
    return found.id;
  };
  return { unit, coordinator, professional, representative, reader, stranger, course, run, element };
}

type World = Awaited<ReturnType<typeof planWorld>>;

async function save(personId: string, elementId: string, content: string, version: number | null) {
  return t.app.inject({
    method: "PUT",
    url: `/api/plan-elements/${elementId}`,
    headers: { ...(await as(personId)), ...(version === null ? {} : { "if-match": `"${version}"` }) },
    payload: { content },
  });
}

const runVersion = async (world: World) =>
  (await t.db.courseRun.findUniqueOrThrow({ where: { id: world.run.id }, select: { version: true } })).version;

const revisionsOf = (elementId: string) =>
  t.db.planRevision.findMany({ where: { elementId }, orderBy: { version: "asc" } });

describe("the plan of a run", () => {
  it("shows its six elements in order to the course's viewers, with who may edit", async () => {
    const world = await planWorld();
    const url = `/api/runs/${world.run.id}/plan`;
    const seen = await t.app.inject({ method: "GET", url, headers: await as(world.representative.id) });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ runId: world.run.id, runVersion: 1, phase: "PLANNING" });
    expect(seen.json().elements.map((e: { kind: string }) => e.kind)).toEqual([...planElementKinds]);
    expect(seen.json().elements[0]).toMatchObject({
      content: "",
      version: 1,
      lastEdit: null,
      commentCount: 0,
      decisionCount: 0,
    });
    expect(seen.json().abilities).toEqual({ canEdit: true });

    const byReader = await t.app.inject({ method: "GET", url, headers: await as(world.reader.id) });
    expect(byReader.statusCode).toBe(200);
    expect(byReader.json().abilities).toEqual({ canEdit: false });
    expect((await t.app.inject({ method: "GET", url, headers: await as(world.stranger.id) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("creates the empty elements of a run that has none yet, once", async () => {
    const world = await planWorld();
    await t.db.planElement.deleteMany({ where: { runId: world.run.id, kind: { in: ["FRAME", "METHODS"] } } });
    const url = `/api/runs/${world.run.id}/plan`;
    const headers = await as(world.professional.id);
    const [first, second] = await Promise.all([
      t.app.inject({ method: "GET", url, headers }),
      t.app.inject({ method: "GET", url, headers }),
    ]);
    expect(first?.json().elements.map((e: { kind: string }) => e.kind)).toEqual([...planElementKinds]);
    expect(second?.json().elements).toHaveLength(6);
    expect(await t.db.planElement.count({ where: { runId: world.run.id } })).toBe(6);
  });
});

describe("editing an element", () => {
  it("gives a user representative and a professional the same answers, attributed to each", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    const byRepresentative = await save(world.representative.id, goals, "Mestre hverdagen med KOLS", 1);
    const byProfessional = await save(world.professional.id, world.element("CONTENT"), "Pust og fysisk aktivitet", 1);
    for (const [response, person, role] of [
      [byRepresentative, world.representative, "USER_REPRESENTATIVE"],
      [byProfessional, world.professional, "PROFESSIONAL"],
    ] as const) {
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.json()).toMatchObject({
        version: 2,
        lastEdit: { authorId: person.id, authorName: person.name, authorRole: role },
      });
    }
    expect(Object.keys(byRepresentative.json()).sort()).toEqual(Object.keys(byProfessional.json()).sort());

    // Every member edits every element: the professional now edits what the representative wrote.
    const again = await save(world.professional.id, goals, "Mestre hverdagen med KOLS\nForstå medisinene", 2);
    expect(again.statusCode).toBe(200);

    const history = await t.app.inject({
      method: "GET",
      url: `/api/plan-elements/${goals}/revisions`,
      headers: await as(world.representative.id),
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toMatchObject([
      { version: 3, authorId: world.professional.id, authorRole: "PROFESSIONAL", phase: "PLANNING" },
      {
        version: 2,
        authorId: world.representative.id,
        authorName: world.representative.name,
        authorRole: "USER_REPRESENTATIVE",
        phase: "PLANNING",
        restoredFrom: null,
      },
    ]);
    const audits = await t.db.auditEvent.findMany({
      where: { action: "plan.element-updated", objectId: goals },
      orderBy: { at: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ unitIds: [world.unit.id], data: { kind: "GOALS", version: 2 } });
  });

  it("attributes an owner unit's coordinator outside the group as coordinator, and the run's phase", async () => {
    const world = await planWorld({ phase: "RUNNING" });
    const response = await save(world.coordinator.id, world.element("FRAME"), "To dager, 10 deltakere", 1);
    expect(response.statusCode).toBe(200);
    const [revision] = await revisionsOf(world.element("FRAME"));
    expect(revision).toMatchObject({ authorId: world.coordinator.id, authorRole: "COORDINATOR", phase: "RUNNING" });
  });

  it("refuses a stale If-Match with the stored text (for a merge) and keeps that text", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    expect((await save(world.representative.id, goals, "Først", 1)).statusCode).toBe(200);
    const stale = await save(world.professional.id, goals, "Samtidig", 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: "precondition_failed",
      current: {
        version: 2,
        content: "Først",
        lastEdit: { authorId: world.representative.id, authorRole: "USER_REPRESENTATIVE" },
      },
    });
    const stored = await t.db.planElement.findUniqueOrThrow({ where: { id: goals } });
    expect(stored).toMatchObject({ content: "Først", version: 2 });
    expect(await revisionsOf(goals)).toHaveLength(1);

    const missing = await save(world.professional.id, goals, "Uten versjon", null);
    expect(missing.statusCode).toBe(428);
  });

  it("answers a save of the stored text without a new version, revision or run version", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    await save(world.representative.id, goals, "Samme tekst", 1);
    const before = await runVersion(world);
    const same = await save(world.professional.id, goals, "Samme tekst", 2);
    expect(same.statusCode).toBe(200);
    expect(same.headers.etag).toBe('"2"');
    expect(await revisionsOf(goals)).toHaveLength(1);
    expect(await runVersion(world)).toBe(before);
  });

  it("raises the run's version with each accepted edit (voiding signatures), not with refused ones", async () => {
    const world = await planWorld();
    expect(await runVersion(world)).toBe(1);
    await save(world.representative.id, world.element("GOALS"), "a", 1);
    await save(world.professional.id, world.element("METHODS"), "b", 1);
    expect(await runVersion(world)).toBe(3);
    await save(world.professional.id, world.element("METHODS"), "stale", 1);
    await save(world.reader.id, world.element("METHODS"), "reader", 2);
    expect(await runVersion(world)).toBe(3);
    const plan = await t.app.inject({
      method: "GET",
      url: `/api/runs/${world.run.id}/plan`,
      headers: await as(world.reader.id),
    });
    expect(plan.json().runVersion).toBe(3);
  });

  it("refuses bad input by field and saves nothing", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    const tooLong = await save(world.professional.id, goals, "x".repeat(20_001), 1);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ field: "content" });
    const notText = await t.app.inject({
      method: "PUT",
      url: `/api/plan-elements/${goals}`,
      headers: { ...(await as(world.professional.id)), "if-match": '"1"' },
      payload: { content: 42 },
    });
    expect(notText.statusCode).toBe(400);
    expect(notText.json().errors[0]).toMatchObject({ field: "content" });
    expect((await save(world.professional.id, goals, "x".repeat(20_000), 1)).statusCode).toBe(200);
    expect(await revisionsOf(goals)).toHaveLength(1);
  });

  it("forbids readers, hides the plan from other units and anonymous people, and changes nothing", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    expect((await save(world.reader.id, goals, "Leser", 1)).statusCode).toBe(403);
    expect((await save(world.stranger.id, goals, "Fremmed", 1)).statusCode).toBe(404);
    // A stranger learns nothing from If-Match either: 404 comes before 428.
    expect((await save(world.stranger.id, goals, "Fremmed", null)).statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: "PUT",
      url: `/api/plan-elements/${goals}`,
      headers: { "if-match": '"1"' },
      payload: { content: "Anonym" },
    });
    expect(anonymous.statusCode).toBe(401);
    const missing = await save(world.professional.id, "0193f5d2-7c1a-7000-8000-00000000beef", "Ingen", 1);
    expect(missing.statusCode).toBe(404);
    for (const path of ["revisions", "thread"]) {
      const url = `/api/plan-elements/${goals}/${path}`;
      expect((await t.app.inject({ method: "GET", url, headers: await as(world.stranger.id) })).statusCode).toBe(404);
      expect((await t.app.inject({ method: "GET", url, headers: await as(world.reader.id) })).statusCode).toBe(200);
    }
    expect(await t.db.planElement.findUniqueOrThrow({ where: { id: goals } })).toMatchObject({
      content: "",
      version: 1,
    });
    expect(await runVersion(world)).toBe(1);
  });

  it("refuses every change to a completed run, while its plan stays readable", async () => {
    const world = await planWorld({ phase: "COMPLETED" });
    const goals = world.element("GOALS");
    const edit = await save(world.representative.id, goals, "For sent", 1);
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe("run_closed");
    for (const [path, payload] of [
      ["comments", { body: "For sent" }],
      ["decisions", { text: "For sent" }],
      ["restore", { version: 1 }],
    ] as const) {
      const response = await t.app.inject({
        method: "POST",
        url: `/api/plan-elements/${goals}/${path}`,
        headers: { ...(await as(world.professional.id)), "if-match": '"1"' },
        payload,
      });
      expect(response.statusCode, path).toBe(409);
      expect(response.json().code).toBe("run_closed");
    }
    const plan = await t.app.inject({
      method: "GET",
      url: `/api/runs/${world.run.id}/plan`,
      headers: await as(world.representative.id),
    });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().abilities).toEqual({ canEdit: false });
    expect(await t.db.planComment.count({ where: { elementId: goals } })).toBe(0);
  });
});

describe("history", () => {
  it("lists revisions newest first, each with its line diff against the one before, a page at a time", async () => {
    const world = await planWorld();
    const content = world.element("CONTENT");
    await save(world.professional.id, content, "Dag 1: Hva er KOLS\nDag 2: Pust", 1);
    await save(world.representative.id, content, "Dag 1: Hva er KOLS\nBrukerinnlegg\nDag 2: Pust og trening", 2);
    const headers = await as(world.reader.id);
    const url = `/api/plan-elements/${content}/revisions`;

    const first = await t.app.inject({ method: "GET", url: `${url}?limit=1`, headers });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(1);
    expect(first.json().items[0]).toMatchObject({
      version: 3,
      authorRole: "USER_REPRESENTATIVE",
      diff: [
        { op: "same", text: "Dag 1: Hva er KOLS" },
        { op: "removed", text: "Dag 2: Pust" },
        { op: "added", text: "Brukerinnlegg" },
        { op: "added", text: "Dag 2: Pust og trening" },
      ],
    });
    expect(first.json().nextCursor).toBe("3");

    const second = await t.app.inject({ method: "GET", url: `${url}?limit=1&cursor=3`, headers });
    expect(second.json().items).toMatchObject([
      {
        version: 2,
        authorRole: "PROFESSIONAL",
        diff: [
          { op: "added", text: "Dag 1: Hva er KOLS" },
          { op: "added", text: "Dag 2: Pust" },
        ],
      },
    ]);
    expect(second.json().nextCursor).toBeNull();

    const bad = await t.app.inject({ method: "GET", url: `${url}?cursor=abc`, headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: "cursor" });
  });

  it("restores an earlier version as a new revision, keeping the whole history", async () => {
    const world = await planWorld();
    const methods = world.element("METHODS");
    await save(world.professional.id, methods, "Foredrag", 1);
    await save(world.representative.id, methods, "Gruppesamtale", 2);
    const before = await runVersion(world);
    const restore = (version: number, ifMatch: number, personId = world.representative.id) =>
      as(personId).then((headers) =>
        t.app.inject({
          method: "POST",
          url: `/api/plan-elements/${methods}/restore`,
          headers: { ...headers, "if-match": `"${ifMatch}"` },
          payload: { version },
        }),
      );

    const restored = await restore(2, 3);
    expect(restored.statusCode).toBe(200);
    expect(restored.headers.etag).toBe('"4"');
    expect(restored.json()).toMatchObject({ content: "Foredrag", version: 4 });
    expect(await runVersion(world)).toBe(before + 1);
    const history = await revisionsOf(methods);
    expect(history.map((r) => [r.version, r.content, r.restoredFrom])).toEqual([
      [2, "Foredrag", null],
      [3, "Gruppesamtale", null],
      [4, "Foredrag", 2],
    ]);
    expect(history[2]).toMatchObject({ authorId: world.representative.id, authorRole: "USER_REPRESENTATIVE" });
    expect(await t.db.auditEvent.count({ where: { action: "plan.element-restored", objectId: methods } })).toBe(1);

    const unknown = await restore(99, 4);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0]).toMatchObject({ field: "version", code: "unknown_version" });
    expect((await restore(3, 3)).statusCode).toBe(412);
    expect((await restore(3, 4, world.reader.id)).statusCode).toBe(403);
    expect(await revisionsOf(methods)).toHaveLength(3);
  });
});

describe("the discussion of an element", () => {
  it("keeps attributed comments and decisions, without changing the run's version", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    const post = async (personId: string, path: "comments" | "decisions", payload: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/plan-elements/${goals}/${path}`,
        headers: await as(personId),
        payload,
      });

    const first = await post(world.representative.id, "comments", { body: "  Målene må være konkrete  " });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      body: "Målene må være konkrete",
      authorId: world.representative.id,
      authorName: world.representative.name,
      authorRole: "USER_REPRESENTATIVE",
    });
    expect((await post(world.professional.id, "comments", { body: "Enig" })).statusCode).toBe(201);
    const decision = await post(world.professional.id, "decisions", { text: "Tre mål, skrevet sammen" });
    expect(decision.statusCode).toBe(201);
    expect(decision.json()).toMatchObject({ authorRole: "PROFESSIONAL", phase: "PLANNING" });

    const thread = await t.app.inject({
      method: "GET",
      url: `/api/plan-elements/${goals}/thread`,
      headers: await as(world.reader.id),
    });
    expect(thread.statusCode).toBe(200);
    expect(thread.json().comments.map((c: { body: string }) => c.body)).toEqual(["Målene må være konkrete", "Enig"]);
    expect(thread.json().decisions).toMatchObject([{ text: "Tre mål, skrevet sammen", authorRole: "PROFESSIONAL" }]);
    expect(await runVersion(world)).toBe(1);

    const plan = await t.app.inject({
      method: "GET",
      url: `/api/runs/${world.run.id}/plan`,
      headers: await as(world.representative.id),
    });
    expect(plan.json().elements[1]).toMatchObject({ kind: "GOALS", commentCount: 2, decisionCount: 1 });
    const audits = await t.db.auditEvent.findMany({ where: { objectId: goals }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["plan.comment-added", "plan.comment-added", "plan.decision-recorded"]);
    expect(audits[0]).toMatchObject({ unitIds: [world.unit.id], data: { kind: "GOALS" } });
  });

  it("refuses empty or overlong posts by field, readers and strangers, and saves nothing", async () => {
    const world = await planWorld();
    const goals = world.element("GOALS");
    const post = async (personId: string, path: string, payload: object) =>
      (
        await t.app.inject({
          method: "POST",
          url: `/api/plan-elements/${goals}/${path}`,
          headers: await as(personId),
          payload,
        })
      ).statusCode;
    const blank = await t.app.inject({
      method: "POST",
      url: `/api/plan-elements/${goals}/comments`,
      headers: await as(world.professional.id),
      payload: { body: "   " },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors[0]).toMatchObject({ field: "body" });
    expect(await post(world.professional.id, "decisions", { text: "x".repeat(2001) })).toBe(400);
    expect(await post(world.professional.id, "comments", { body: "x".repeat(4001) })).toBe(400);
    expect(await post(world.reader.id, "comments", { body: "Leser" })).toBe(403);
    expect(await post(world.reader.id, "decisions", { text: "Leser" })).toBe(403);
    expect(await post(world.stranger.id, "comments", { body: "Fremmed" })).toBe(404);
    expect(await t.db.planComment.count({ where: { elementId: goals } })).toBe(0);
    expect(await t.db.planDecision.count({ where: { elementId: goals } })).toBe(0);
  });
});

describe("20 concurrent writers on one element", () => {
  it("accepts exactly one of 20 writes on the same version, and every retried write ends in the history", async () => {
    const writers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createPerson(t.db).then((person) => ({
          personId: person.id,
          role: (i % 2 === 0 ? "USER_REPRESENTATIVE" : "PROFESSIONAL") as Role,
        })),
      ),
    );
    const world = await planWorld({ extraMembers: writers });
    const elementId = world.element("CONTENT");
    const headers = await Promise.all(writers.map((writer) => as(writer.personId)));

    // A listening server and real HTTP requests, so that the 20 writes truly overlap.
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    type Answer = { current?: { version: number; content: string } };
    const put = (i: number, content: string, version: number) =>
      fetch(`${address}/api/plan-elements/${elementId}`, {
        method: "PUT",
        headers: { ...headers[i], "content-type": "application/json", "if-match": `"${version}"` },
        body: JSON.stringify({ content }),
      });

    const race = await Promise.all(writers.map((_, i) => put(i, `Første runde ${i}`, 1)));
    const statuses = race.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(19);
    const winner = statuses.indexOf(200);
    for (const [i, response] of race.entries()) {
      const body = (await response.json()) as Answer;
      if (i !== winner) expect(body.current).toMatchObject({ version: 2, content: `Første runde ${winner}` });
    }

    // Each writer retries from the version the 412 reports until its write is accepted.
    const attempts = await Promise.all(
      writers.map(async (_, i) => {
        let version = 2;
        for (let attempt = 1; attempt <= 100; attempt += 1) {
          const response = await put(i, `Skriver ${i}`, version);
          const body = (await response.json()) as Answer;
          if (response.status === 200) return attempt;
          expect(response.status).toBe(412);
          version = body.current?.version ?? version;
        }
        throw new Error(`writer ${i} never got through`);
      }),
    );
    expect(attempts.some((count) => count > 1)).toBe(true);

    const history = await revisionsOf(elementId);
    expect(history.map((revision) => revision.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 2));
    const retried = history.slice(1);
    expect(retried.map((revision) => revision.content).sort()).toEqual(writers.map((_, i) => `Skriver ${i}`).sort());
    for (const revision of retried) {
      const i = Number(revision.content.replace("Skriver ", ""));
      expect(revision).toMatchObject({ authorId: writers[i]?.personId, authorRole: writers[i]?.role });
    }
    const stored = await t.db.planElement.findUniqueOrThrow({ where: { id: elementId } });
    expect(stored.version).toBe(22);
    expect(stored.content).toBe(history.at(-1)?.content);
    expect(await runVersion(world)).toBe(22);
  }, 60_000);
});
