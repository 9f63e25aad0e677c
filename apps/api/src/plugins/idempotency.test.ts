import { courseTemplate } from "@sidestilt/domain/course-templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { createPerson, createTestApp, createUnit, headersOf, testConfig, unique } from "../test/fixtures.ts";
import { canonicalJson, IDEMPOTENCY_KEY_LIFETIME_MS } from "./idempotency.ts";
import { RetryLaterError } from "./problem.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newKey = () => unique("key");
const template = courseTemplate("mestringskurs");
const newCourse = (unitId: string, title = unique("Mestringskurs")) => ({
  ...template.fields,
  title,
  ownerUnitIds: [unitId],
});

async function coordinatorWorld() {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  return { unit, coordinator, headers: await headersOf(t.db, coordinator.id) };
}

type Headers = Record<string, string>;

const createCourse = (headers: Headers, key: string | undefined, payload: object) =>
  t.app.inject({
    method: "POST",
    url: "/api/courses",
    headers: { ...headers, ...(key === undefined ? {} : { "idempotency-key": key }) },
    payload,
  });

const coursesTitled = (title: string) => t.db.course.count({ where: { title } });
const storedKeys = (key: string) => t.db.idempotencyKey.findMany({ where: { key } });

describe("Idempotency-Key on creates", () => {
  it("answers a retry with the stored status, body and headers, without running the handler again", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const key = newKey();
    const input = newCourse(unit.id);
    const first = await createCourse(headers, key, input);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();

    // The same request with the keys of its body in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const again = await createCourse(await headersOf(t.db, coordinator.id), key, reordered);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(again.json()).toEqual(first.json());
    expect(await coursesTitled(input.title)).toBe(1);
    expect(await t.db.auditEvent.count({ where: { objectId: first.json().id } })).toBe(1);
    expect(await storedKeys(key)).toEqual([
      expect.objectContaining({ scope: coordinator.id, status: 201, response: expect.objectContaining({}) }),
    ]);
  });

  it("creates again without the header: the header is optional", async () => {
    const { unit, headers } = await coordinatorWorld();
    const input = newCourse(unit.id);
    expect((await createCourse(headers, undefined, input)).statusCode).toBe(201);
    expect((await createCourse(headers, undefined, input)).statusCode).toBe(201);
    expect(await coursesTitled(input.title)).toBe(2);
  });

  it("refuses the key with another body (422 idempotency_key_reused) and creates nothing", async () => {
    const { unit, headers } = await coordinatorWorld();
    const key = newKey();
    const input = newCourse(unit.id);
    expect((await createCourse(headers, key, input)).statusCode).toBe(201);
    const changed = { ...input, title: unique("Another title") };
    const reused = await createCourse(headers, key, changed);
    expect(reused.statusCode).toBe(422);
    expect(reused.headers["content-type"]).toContain("application/problem+json");
    expect(reused.json()).toMatchObject({ status: 422, code: "idempotency_key_reused" });
    expect(await coursesTitled(changed.title)).toBe(0);
    expect(await coursesTitled(input.title)).toBe(1);
  });

  it("refuses the key on another route or with other path parameters", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const key = newKey();
    const created = await createCourse(headers, key, newCourse(unit.id));
    const courseId = created.json().id as string;
    const run = { startsOn: "2031-03-02", endsOn: "2031-03-09", capacity: 12 };
    const onRuns = await t.app.inject({
      method: "POST",
      url: `/api/courses/${courseId}/runs`,
      headers: { ...(await headersOf(t.db, coordinator.id)), "idempotency-key": key },
      payload: run,
    });
    expect(onRuns.statusCode).toBe(422);
    expect(await t.db.courseRun.count({ where: { courseId } })).toBe(0);
  });

  it("lets a retry storm of 20 requests with one key create exactly one course", async () => {
    const { unit, headers } = await coordinatorWorld();
    const key = newKey();
    const input = newCourse(unit.id);
    const responses = await Promise.all(Array.from({ length: 20 }, () => createCourse(headers, key, input)));

    expect(await coursesTitled(input.title)).toBe(1);
    const created = responses.filter((response) => response.statusCode === 201);
    const waiting = responses.filter((response) => response.statusCode === 409);
    expect(created.length + waiting.length).toBe(20);
    expect(created.filter((response) => response.headers["idempotent-replayed"] === undefined)).toHaveLength(1);
    expect(new Set(created.map((response) => response.json().id)).size).toBe(1);
    for (const response of waiting) {
      expect(response.json().code).toBe("idempotency_in_progress");
      expect(response.headers["retry-after"]).toBe("1");
    }
    // Once the first has answered, every retry is a replay.
    const after = await createCourse(headers, key, input);
    expect(after.statusCode).toBe(201);
    expect(after.headers["idempotent-replayed"]).toBe("true");
    expect(after.json().id).toBe(created[0]?.json().id);
  });

  it("scopes keys per person: the same key from two people creates twice", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const colleague = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const key = newKey();
    const input = newCourse(unit.id);
    const mine = await createCourse(headers, key, input);
    const theirs = await createCourse(await headersOf(t.db, colleague.id), key, input);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await coursesTitled(input.title)).toBe(2);
    expect((await storedKeys(key)).map((row) => row.scope).sort()).toEqual([coordinator.id, colleague.id].sort());
  });

  it("never replays past the access checks: strangers, anonymous and forged requests are refused", async () => {
    const { unit, headers } = await coordinatorWorld();
    const key = newKey();
    const input = newCourse(unit.id);
    const first = await createCourse(headers, key, input);
    expect(first.statusCode).toBe(201);

    const strangerUnit = await createUnit(t.db);
    const stranger = await createPerson(t.db, { memberships: [{ unitId: strangerUnit.id, role: "COORDINATOR" }] });
    const byStranger = await createCourse(await headersOf(t.db, stranger.id), key, input);
    expect([403, 404]).toContain(byStranger.statusCode);
    expect(byStranger.headers["idempotent-replayed"]).toBeUndefined();
    expect(byStranger.body).not.toContain(first.json().id);

    const anonymous = await createCourse({}, key, input);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toContain(first.json().id);

    const withoutCsrf = await createCourse({ cookie: headers.cookie ?? "" }, key, input);
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json().code).toBe("csrf_failed");
    expect(withoutCsrf.body).not.toContain(first.json().id);
    expect(await coursesTitled(input.title)).toBe(1);
  });

  it("replays a refusal too: the answer to a key is settled once it is given", async () => {
    const { headers } = await coordinatorWorld();
    const foreignUnit = await createUnit(t.db);
    const key = newKey();
    const input = newCourse(foreignUnit.id);
    const refused = await createCourse(headers, key, input);
    expect([403, 404]).toContain(refused.statusCode);
    const again = await createCourse(headers, key, input);
    expect(again.statusCode).toBe(refused.statusCode);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers["content-type"]).toContain("application/problem+json");
    expect(again.json()).toEqual(refused.json());
  });

  it("answers an invalid header with 400 and the header as the field, before anything is stored", async () => {
    const { unit, headers } = await coordinatorWorld();
    const input = newCourse(unit.id);
    for (const [key, code] of [
      ["", "too_small"],
      ["x".repeat(256), "too_big"],
      ["two words", "invalid_format"],
      ["nøkkel", "invalid_format"],
    ] as const) {
      const response = await createCourse(headers, key, input);
      expect(response.statusCode, key).toBe(400);
      expect(response.json()).toMatchObject({
        code: "validation_failed",
        errors: [expect.objectContaining({ field: "Idempotency-Key", code })],
      });
    }
    expect((await createCourse(headers, "x".repeat(255), input)).statusCode).toBe(201);
    expect(await coursesTitled(input.title)).toBe(1);
  });

  it("answers a body that fails validation with 400 and stores nothing under the key", async () => {
    const { unit, headers } = await coordinatorWorld();
    const key = newKey();
    const invalid = await createCourse(headers, key, { ...newCourse(unit.id), title: "" });
    expect(invalid.statusCode).toBe(400);
    expect(await storedKeys(key)).toEqual([]);
    expect((await createCourse(headers, key, newCourse(unit.id))).statusCode).toBe(201);
  });

  it("keeps a key whose first request is still running (or died) as in progress until it expires", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const key = newKey();
    const input = newCourse(unit.id);
    await t.db.idempotencyKey.create({
      data: { scope: coordinator.id, key, requestHash: "unknown", createdAt: new Date(Date.now() - 10 * 60_000) },
    });
    const stale = await createCourse(headers, key, input);
    expect(stale.statusCode).toBe(422);

    const other = newKey();
    const first = await createCourse(headers, other, input);
    expect(first.statusCode).toBe(201);
    await t.db.idempotencyKey.update({
      where: { scope_key: { scope: coordinator.id, key: other } },
      data: { status: null, response: undefined, createdAt: new Date(Date.now() - 10 * 60_000) },
    });
    const waiting = await createCourse(headers, other, input);
    expect(waiting.statusCode).toBe(409);
    expect(waiting.headers["retry-after"]).toBe("1");
    expect(waiting.json().code).toBe("idempotency_in_progress");
    expect(await coursesTitled(input.title)).toBe(1);
  });

  it("forgets a key after 24 hours: it is used afresh", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const key = newKey();
    expect((await createCourse(headers, key, newCourse(unit.id))).statusCode).toBe(201);
    await t.db.idempotencyKey.update({
      where: { scope_key: { scope: coordinator.id, key } },
      data: { createdAt: new Date(Date.now() - IDEMPOTENCY_KEY_LIFETIME_MS - 1000) },
    });
    const input = newCourse(unit.id);
    const fresh = await createCourse(headers, key, input);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.headers["idempotent-replayed"]).toBeUndefined();
    expect(await coursesTitled(input.title)).toBe(1);
    const rows = await storedKeys(key);
    expect(rows).toHaveLength(1);
    expect(Date.now() - (rows[0]?.createdAt.getTime() ?? 0)).toBeLessThan(60_000);
  });

  it("ignores the header on routes that do not declare it and on reads", async () => {
    const { unit, headers } = await coordinatorWorld();
    const created = await createCourse(headers, undefined, newCourse(unit.id));
    const courseId = created.json().id as string;
    const key = newKey();
    const read = await t.app.inject({
      method: "GET",
      url: `/api/courses/${courseId}`,
      headers: { ...headers, "idempotency-key": "not a valid key" },
    });
    expect(read.statusCode).toBe(200);
    const edit = await t.app.inject({
      method: "PUT",
      url: `/api/courses/${courseId}`,
      headers: { ...headers, "idempotency-key": key, "if-match": created.headers.etag as string },
      payload: { ...newCourse(unit.id), ownerUnitIds: undefined },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await storedKeys(key)).toEqual([]);
  });

  it("deduplicates the programme's creates too (sessions)", async () => {
    const { unit, coordinator, headers } = await coordinatorWorld();
    const created = await createCourse(headers, undefined, {
      ...newCourse(unit.id),
      firstRun: { startsOn: "2031-03-02", endsOn: "2031-03-09", capacity: 12 },
    });
    const runId = created.json().runs[0].id as string;
    const key = newKey();
    const session = { date: "2031-03-02", startsAt: "09:00", endsAt: "12:00", place: "Kursrom 3", videoLink: null };
    const send = async () =>
      t.app.inject({
        method: "POST",
        url: `/api/runs/${runId}/sessions`,
        headers: { ...(await headersOf(t.db, coordinator.id)), "idempotency-key": key },
        payload: session,
      });
    const [first, second] = [await send(), await send()];
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json()).toEqual(first.json());
    expect(await t.db.programmeSession.count({ where: { runId } })).toBe(1);
  });

  it("documents the optional header on the routes that accept it", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const headerOf = (path: string, method: string) =>
      (document.paths[path][method].parameters ?? []).find(
        (parameter: { in: string; name: string }) => parameter.in === "header" && parameter.name === "idempotency-key",
      );
    expect(headerOf("/api/courses", "post")).toMatchObject({ required: false, schema: { maxLength: 255 } });
    expect(headerOf("/api/courses/{courseId}/copy", "post")).toBeDefined();
    expect(headerOf("/api/courses/{courseId}/runs", "post")).toBeDefined();
    expect(headerOf("/api/runs/{runId}/sessions", "post")).toBeDefined();
    expect(headerOf("/api/programme-sessions/{sessionId}/items", "post")).toBeDefined();
    expect(headerOf("/api/courses/{courseId}", "put")).toBeUndefined();
  });
});

describe("Idempotency-Key with a failing handler", () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  const calls = { flaky: 0, empty: 0, text: 0, coordinators: 0, throttled: 0 };
  beforeAll(async () => {
    app = await buildApp({ db: t.db, config: testConfig });
    const config = { access: "signed-in", idempotent: true } as const;
    app.post("/api/test/flaky", { config }, async (_request, reply) => {
      calls.flaky += 1;
      if (calls.flaky === 1) throw new Error("the database went away");
      return reply.status(201).header("location", `/api/test/things/${calls.flaky}`).send({ call: calls.flaky });
    });
    app.post("/api/test/empty", { config }, async (_request, reply) => {
      calls.empty += 1;
      return reply.status(204).send();
    });
    app.post("/api/test/text", { config }, async (_request, reply) => {
      calls.text += 1;
      return reply.type("text/plain").send(`call ${calls.text}`);
    });
    app.post("/api/test/throttled", { config }, async (_request, reply) => {
      calls.throttled += 1;
      if (calls.throttled === 1) throw new RetryLaterError(2);
      return reply.status(201).send({ call: calls.throttled });
    });
    app.post(
      "/api/test/coordinators",
      { config: { access: { anyRole: ["COORDINATOR"] }, idempotent: true } },
      async (_request, reply) => {
        calls.coordinators += 1;
        return reply.status(201).send({ secret: "for coordinators" });
      },
    );
    await app.ready();
  });
  afterAll(() => app.close());

  const post = async (url: string, headers: Headers, key: string) =>
    app.inject({ method: "POST", url, headers: { ...headers, "idempotency-key": key }, payload: { n: 1 } });

  it("leaves no row after a 5xx, so that the retry runs the handler again, and replays the Location", async () => {
    const person = await createPerson(t.db);
    const headers = await headersOf(t.db, person.id);
    const key = newKey();
    const failed = await post("/api/test/flaky", headers, key);
    expect(failed.statusCode).toBe(500);
    expect(await storedKeys(key)).toEqual([]);

    const retried = await post("/api/test/flaky", headers, key);
    expect(retried.statusCode).toBe(201);
    expect(retried.json()).toEqual({ call: 2 });
    const replayed = await post("/api/test/flaky", headers, key);
    expect(replayed.statusCode).toBe(201);
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.headers.location).toBe("/api/test/things/2");
    expect(replayed.json()).toEqual({ call: 2 });
    expect(calls.flaky).toBe(2);
  });

  it("leaves no row after a 429 either: the request was not carried out", async () => {
    const person = await createPerson(t.db);
    const headers = await headersOf(t.db, person.id);
    const key = newKey();
    const throttled = await post("/api/test/throttled", headers, key);
    expect(throttled.statusCode).toBe(429);
    expect(await storedKeys(key)).toEqual([]);
    const retried = await post("/api/test/throttled", headers, key);
    expect(retried.statusCode).toBe(201);
    expect(retried.json()).toEqual({ call: 2 });
  });

  it("checks the route's roles before a replay: the same person without the role any more gets 403", async () => {
    const unit = await createUnit(t.db);
    const person = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const key = newKey();
    const first = await post("/api/test/coordinators", await headersOf(t.db, person.id), key);
    expect(first.statusCode).toBe(201);
    await t.db.membership.deleteMany({ where: { personId: person.id } });
    const after = await post("/api/test/coordinators", await headersOf(t.db, person.id), key);
    expect(after.statusCode).toBe(403);
    expect(after.json().code).toBe("forbidden");
    expect(after.body).not.toContain("for coordinators");
    expect(calls.coordinators).toBe(1);
  });

  it("replays an empty answer (204)", async () => {
    const person = await createPerson(t.db);
    const headers = await headersOf(t.db, person.id);
    const key = newKey();
    expect((await post("/api/test/empty", headers, key)).statusCode).toBe(204);
    const replayed = await post("/api/test/empty", headers, key);
    expect(replayed.statusCode).toBe(204);
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    expect(replayed.body).toBe("");
    expect(calls.empty).toBe(1);
  });

  it("releases the key when the answer is not JSON and cannot be stored", async () => {
    const person = await createPerson(t.db);
    const headers = await headersOf(t.db, person.id);
    const key = newKey();
    expect((await post("/api/test/text", headers, key)).body).toBe("call 1");
    expect(await storedKeys(key)).toEqual([]);
    expect((await post("/api/test/text", headers, key)).body).toBe("call 2");
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level, drops undefined members and keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, e: null } })).toBe('{"a":{"d":[2,1],"e":null},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([undefined, new Date("2031-03-02T00:00:00Z")])).toBe('[null,"2031-03-02T00:00:00.000Z"]');
    expect(canonicalJson(undefined)).toBe("null");
  });
});
