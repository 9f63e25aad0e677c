import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, headersOf } from "../../test/fixtures.ts";
import { createEvaluationWorld, evaluationTokenFor } from "./evaluation-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type World = Awaited<ReturnType<typeof createEvaluationWorld>>;

/** A signed-in person's request. */
async function asPerson(
  personId: string,
  method: "GET" | "POST",
  url: string,
  options: { payload?: object; headers?: Record<string, string> } = {},
) {
  const headers = { ...(await headersOf(t.db, personId)), ...options.headers };
  return t.app.inject({ method, url, headers, ...(options.payload ? { payload: options.payload } : {}) });
}

async function openFor(world: World, personId = world.professional.id) {
  return asPerson(personId, "POST", `/api/runs/${world.runId}/evaluation-collections`, {
    payload: { kind: "COURSE_EVALUATION" },
  });
}

async function openedCollection(world: World) {
  const response = await openFor(world);
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; link: string; version: number };
}

const codeOf = (link: string) => new URL(link).hash.replace("#code=", "");

/** A participant's browser: no cookie, no CSRF token, same origin. */
const postAsParticipant = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url, payload, headers });

const goodAnswers = { role: "patient", benefit: 8, relevance: 4, change: "Mer tid til samtale" };

describe("opening a collection", () => {
  it("needs a form version co-signed by a user representative and a professional", async () => {
    const world = await createEvaluationWorld(t.db, { signed: false });
    const response = await openFor(world);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("evaluation_form_unsigned");
    expect(await t.db.evaluationCollection.count({ where: { runId: world.runId } })).toBe(0);
  });

  it("waits until the run is under way", async () => {
    const world = await createEvaluationWorld(t.db, { phase: "READY" });
    const response = await openFor(world);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("run_not_started");
  });

  it("is open to the whole working group, once per kind, and to no one outside it", async () => {
    const world = await createEvaluationWorld(t.db);
    expect((await openFor(world, world.unitLeader.id)).statusCode).toBe(403);
    expect((await openFor(world, world.stranger.id)).statusCode).toBe(404);
    const opened = await openFor(world, world.userRepresentative.id);
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ status: "OPEN", formVersion: 1, answers: 0, resultsAvailable: false });
    expect(opened.json().link).toMatch(/\/evaluation#code=[\w-]{43}$/);
    const qr = await asPerson(world.unitLeader.id, "GET", `/api/evaluation-collections/${opened.json().id}/qr.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(qr.body).toMatch(/^<svg[^>]*>/);
    const again = await openFor(world);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("collection_exists");
    expect(await t.db.auditEvent.count({ where: { objectId: opened.json().id } })).toBe(1);
  });
});

describe("inviting participants", () => {
  it("emails each confirmed participant one single-use link, once", async () => {
    const world = await createEvaluationWorld(t.db, { participants: 12 });
    const collection = await openedCollection(world);
    const url = `/api/evaluation-collections/${collection.id}/invitations`;
    const first = await asPerson(world.professional.id, "POST", url);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ newlyInvited: 12, collection: { invited: 12, fewInvited: false } });
    const second = await asPerson(world.professional.id, "POST", url);
    expect(second.json()).toMatchObject({ newlyInvited: 0, collection: { invited: 12 } });
    expect(await t.db.evaluationToken.count({ where: { collectionId: collection.id } })).toBe(12);
    const messages = await t.db.outboxMessage.findMany({
      where: { recipient: { in: world.emails }, kind: "EVALUATION_INVITATION" },
    });
    expect(messages).toHaveLength(12);
    expect(new Set(messages.map((message) => (message.data as { answerUrl: string }).answerUrl)).size).toBe(12);
  });

  it("never shows an invited count from 1 to 4, and warns when fewer than ten are invited", async () => {
    const world = await createEvaluationWorld(t.db, { participants: 3 });
    const collection = await openedCollection(world);
    const response = await asPerson(
      world.professional.id,
      "POST",
      `/api/evaluation-collections/${collection.id}/invitations`,
    );
    expect(response.json()).toMatchObject({ newlyInvited: null, collection: { invited: null, fewInvited: true } });
    expect(response.body).not.toMatch(/"(newlyInvited|invited)":[1-4]\b/);
  });
});

describe("answering", () => {
  it("takes one answer per personal link, with no cookie and nothing but the answers stored", async () => {
    const world = await createEvaluationWorld(t.db, { participants: 10 });
    const collection = await openedCollection(world);
    await asPerson(world.professional.id, "POST", `/api/evaluation-collections/${collection.id}/invitations`);
    const token = await evaluationTokenFor(t.db, world.emails[0] ?? "");

    const form = await postAsParticipant("/api/evaluation/form", { token });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ courseTitle: world.title, kind: "COURSE_EVALUATION" });
    expect(form.json().questions.map((question: { id: string }) => question.id)).toEqual([
      "role",
      "benefit",
      "relevance",
      "change",
    ]);

    const sent = await postAsParticipant("/api/evaluation/answers", { token, answers: goodAnswers });
    expect(sent.statusCode).toBe(201);
    expect(sent.headers["set-cookie"]).toBeUndefined();
    const stored = await t.db.evaluationAnswer.findMany({ where: { collectionId: collection.id } });
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(["answers", "collectionId", "id"]);
    expect(stored[0]?.answers).toEqual(goodAnswers);

    for (const [url, body] of [
      ["/api/evaluation/form", { token }],
      ["/api/evaluation/answers", { token, answers: goodAnswers }],
    ] as const) {
      const reused = await postAsParticipant(url, body);
      expect(reused.statusCode).toBe(409);
      expect(reused.json().code).toBe("evaluation_token_used");
    }
    expect(await t.db.evaluationAnswer.count({ where: { collectionId: collection.id } })).toBe(1);
  });

  it("answers a made-up link with 404 and a cross-site post with 403", async () => {
    const made = await postAsParticipant("/api/evaluation/form", { token: "x".repeat(43) });
    expect(made.statusCode).toBe(404);
    expect(made.json().code).toBe("evaluation_link_invalid");
    const crossSite = await postAsParticipant(
      "/api/evaluation/answers",
      { code: "x".repeat(43), submissionId: randomUUID(), answers: {} },
      { origin: "https://evil.example" },
    );
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().code).toBe("csrf_failed");
  });

  it("names each invalid answer and keeps the link usable, so nothing the participant wrote is lost", async () => {
    const world = await createEvaluationWorld(t.db, { participants: 1 });
    const collection = await openedCollection(world);
    await asPerson(world.professional.id, "POST", `/api/evaluation-collections/${collection.id}/invitations`);
    const token = await evaluationTokenFor(t.db, world.emails[0] ?? "");
    const bad = await postAsParticipant("/api/evaluation/answers", {
      token,
      answers: { role: "doctor", relevance: 7, change: "x".repeat(2_001) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ field: "answers.role", code: "unknown_option" }),
      expect.objectContaining({ field: "answers.benefit", code: "required" }),
      expect.objectContaining({ field: "answers.relevance", code: "out_of_range" }),
      expect.objectContaining({ field: "answers.change", code: "too_long" }),
    ]);
    const outOfScale = await postAsParticipant("/api/evaluation/answers", { token, answers: { benefit: 11 } });
    expect(outOfScale.json().errors).toEqual([
      expect.objectContaining({ field: "answers.benefit", code: "out_of_range" }),
    ]);
    expect(await t.db.evaluationAnswer.count({ where: { collectionId: collection.id } })).toBe(0);
    const fixed = await postAsParticipant("/api/evaluation/answers", { token, answers: goodAnswers });
    expect(fixed.statusCode).toBe(201);
  });

  it("lets ten taps of one personal link store exactly one answer", async () => {
    const world = await createEvaluationWorld(t.db, { participants: 1 });
    const collection = await openedCollection(world);
    await asPerson(world.professional.id, "POST", `/api/evaluation-collections/${collection.id}/invitations`);
    const token = await evaluationTokenFor(t.db, world.emails[0] ?? "");
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postAsParticipant("/api/evaluation/answers", { token, answers: goodAnswers })),
    );
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.statusCode === 409)).toHaveLength(9);
    expect(await t.db.evaluationAnswer.count({ where: { collectionId: collection.id } })).toBe(1);
  });

  it("through the anonymous link, counts a retried submission once", async () => {
    const world = await createEvaluationWorld(t.db);
    const collection = await openedCollection(world);
    const code = codeOf(collection.link);
    const submissionId = randomUUID();
    const body = { code, submissionId, answers: goodAnswers };
    expect((await postAsParticipant("/api/evaluation/answers", body)).statusCode).toBe(201);
    expect((await postAsParticipant("/api/evaluation/answers", body)).statusCode).toBe(201);
    const other = { code, submissionId: randomUUID(), answers: goodAnswers };
    expect((await postAsParticipant("/api/evaluation/answers", other)).statusCode).toBe(201);
    expect(await t.db.evaluationAnswer.count({ where: { collectionId: collection.id } })).toBe(2);
  });
});

describe("counting, closing and paper forms", () => {
  it("hides the answer count until five, closes with If-Match, and takes no answer after", async () => {
    const world = await createEvaluationWorld(t.db);
    const collection = await openedCollection(world);
    const code = codeOf(collection.link);
    const answer = () =>
      postAsParticipant("/api/evaluation/answers", { code, submissionId: randomUUID(), answers: goodAnswers });
    const view = async () =>
      (await asPerson(world.userRepresentative.id, "GET", `/api/runs/${world.runId}/evaluation`)).json();

    for (let count = 1; count <= 4; count++) {
      await answer();
      expect((await view()).collections[0]).toMatchObject({ answers: null });
    }
    const paper = await asPerson(
      world.userRepresentative.id,
      "POST",
      `/api/evaluation-collections/${collection.id}/paper-answers`,
      { payload: { answers: { benefit: 3 } } },
    );
    expect(paper.statusCode).toBe(201);
    expect((await view()).collections[0]).toMatchObject({ answers: 5, resultsAvailable: false });

    const closeUrl = `/api/evaluation-collections/${collection.id}/close`;
    expect((await asPerson(world.professional.id, "POST", closeUrl)).statusCode).toBe(428);
    const stale = await asPerson(world.professional.id, "POST", closeUrl, {
      headers: { "if-match": `"${collection.version + 1}"` },
    });
    expect(stale.statusCode).toBe(412);
    const closed = await asPerson(world.professional.id, "POST", closeUrl, {
      headers: { "if-match": `"${collection.version}"` },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: "CLOSED", answers: 5, resultsAvailable: true });

    const late = await answer();
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("collection_closed");
    expect(await t.db.evaluationAnswer.count({ where: { collectionId: collection.id } })).toBe(5);
    const paperEvent = await t.db.auditEvent.findFirst({ where: { action: "evaluation-collection.paper-answer" } });
    expect(paperEvent?.objectId).toBe(collection.id);
    expect(paperEvent?.data).toEqual({});
  });

  it("stores an answer with no column for time, address, device, token or person", async () => {
    const columns = await t.db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name IN ('evaluation_answer', 'evaluation_token')
       ORDER BY table_name, ordinal_position`;
    const of = (table: string) => columns.filter((row) => row.table_name === table).map((row) => row.column_name);
    expect(of("evaluation_answer")).toEqual(["id", "collection_id", "answers"]);
    expect(of("evaluation_token")).toEqual(["token_hash", "collection_id", "used"]);
    const forbidden = /time|_at$|date|ip|address|agent|device|token|person|registration/;
    expect(of("evaluation_answer").filter((column) => forbidden.test(column))).toEqual([]);
    // The answer's id is random: a time-ordered (v7) id would carry the time it was stored.
    const [defaults] = await t.db.$queryRaw<{ column_default: string }[]>`
      SELECT column_default FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'evaluation_answer' AND column_name = 'id'`;
    expect(defaults?.column_default).toBe("gen_random_uuid()");
  });
});
