import { courseListSchema } from "@sidestilt/domain/course.schema";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubApi } from "../test/fetch-stub.ts";
import { apiRequest, apiRequestVersioned, apiSend, onUnauthenticated } from "./api-client.ts";
import { ApiError, NetworkError } from "./api-error.ts";
import { setCsrfToken } from "./csrf-token.ts";

const emptyList = { items: [], nextCursor: null };

describe("api client", () => {
  it("fetches the CSRF token once and sends it on unsafe requests only", async () => {
    const api = stubApi({
      "GET /api/auth/csrf": json(200, { csrfToken: "t1" }),
      "POST /api/things": new Response(null, { status: 204 }),
      "GET /api/courses": json(200, emptyList),
    });
    await Promise.all([
      apiSend("/api/things", { method: "POST", body: {} }),
      apiSend("/api/things", { method: "POST" }),
    ]);
    await apiRequest("/api/courses", courseListSchema);
    expect(api.calls("GET /api/auth/csrf")).toHaveLength(1);
    expect(api.calls("POST /api/things").map((request) => request.headers.get("x-csrf-token"))).toEqual(["t1", "t1"]);
    expect(api.calls("GET /api/courses")[0]?.headers.has("x-csrf-token")).toBe(false);
  });

  it("sends an anonymous request without the CSRF token and without cookies, and never fetches a token for it", async () => {
    const api = stubApi({
      "GET /api/auth/csrf": json(200, { csrfToken: "t1" }),
      "POST /api/evaluation/form": [problem(403, "csrf_failed"), json(200, emptyList)],
      "POST /api/things": new Response(null, { status: 204 }),
    });
    const error = await apiRequest("/api/evaluation/form", courseListSchema, {
      method: "POST",
      body: { code: "c" },
      anonymous: true,
    }).catch((caught: unknown) => caught);
    // A refused anonymous request is not retried with a token: it would have to fetch one (a cookie).
    expect((error as ApiError).code).toBe("csrf_failed");
    await apiRequest("/api/evaluation/form", courseListSchema, {
      method: "POST",
      body: { code: "c" },
      anonymous: true,
    });
    await apiSend("/api/things", { method: "POST" });

    expect(api.calls("GET /api/auth/csrf")).toHaveLength(1);
    expect(api.calls("POST /api/evaluation/form").map((request) => request.headers.has("x-csrf-token"))).toEqual([
      false,
      false,
    ]);
    const credentials = vi.mocked(fetch).mock.calls.map(([input, init]) => [String(input), init?.credentials]);
    expect(credentials).toEqual([
      ["/api/evaluation/form", "omit"],
      ["/api/evaluation/form", "omit"],
      ["/api/auth/csrf", "same-origin"],
      ["/api/things", "same-origin"],
    ]);
  });

  it("retries a csrf_failed request only once", async () => {
    setCsrfToken("old");
    const api = stubApi({
      "GET /api/auth/csrf": json(200, { csrfToken: "new" }),
      "POST /api/things": problem(403, "csrf_failed"),
    });
    const error = await apiSend("/api/things", { method: "POST" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("csrf_failed");
    expect(api.calls("POST /api/things").map((request) => request.headers.get("x-csrf-token"))).toEqual(["old", "new"]);
  });

  it("reads the ETag of an answer and sends If-Match when asked", async () => {
    setCsrfToken("t1");
    const api = stubApi({
      "GET /api/courses": json(200, emptyList, { etag: '"3"' }),
      "PUT /api/things": json(200, emptyList, { etag: '"4"' }),
    });
    expect(await apiRequestVersioned("/api/courses", courseListSchema)).toEqual({ data: emptyList, etag: '"3"' });
    const written = await apiRequestVersioned("/api/things", courseListSchema, {
      method: "PUT",
      body: {},
      ifMatch: '"3"',
    });
    expect(written.etag).toBe('"4"');
    expect(api.calls("PUT /api/things")[0]?.headers.get("if-match")).toBe('"3"');
    expect(api.calls("GET /api/courses")[0]?.headers.has("if-match")).toBe(false);
  });

  it("sends the Idempotency-Key when given one, and only then", async () => {
    setCsrfToken("t1");
    const api = stubApi({ "POST /api/things": json(201, emptyList) });
    await apiRequest("/api/things", courseListSchema, { method: "POST", body: {}, idempotencyKey: "k-1" });
    await apiRequest("/api/things", courseListSchema, { method: "POST", body: {} });
    expect(api.calls("POST /api/things").map((request) => request.headers.get("idempotency-key"))).toEqual([
      "k-1",
      null,
    ]);
  });

  it("waits for the first request with its key (409 idempotency_in_progress) and asks again, a few times", async () => {
    setCsrfToken("t1");
    const inProgress = problem(409, "idempotency_in_progress", { headers: { "retry-after": "0" } });
    const api = stubApi({ "POST /api/things": [inProgress, inProgress, json(201, emptyList, { etag: '"1"' })] });
    const created = await apiRequestVersioned("/api/things", courseListSchema, {
      method: "POST",
      body: { title: "Pause" },
      idempotencyKey: "k-2",
    });
    expect(created).toEqual({ data: emptyList, etag: '"1"' });
    const calls = api.calls("POST /api/things");
    expect(calls.map((request) => request.headers.get("idempotency-key"))).toEqual(["k-2", "k-2", "k-2"]);
    expect(calls.map((request) => request.body)).toEqual([{ title: "Pause" }, { title: "Pause" }, { title: "Pause" }]);

    const stuck = stubApi({ "POST /api/things": inProgress });
    const error = await apiSend("/api/things", { method: "POST", idempotencyKey: "k-3" }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("idempotency_in_progress");
    expect(stuck.calls("POST /api/things")).toHaveLength(4);

    // Without a key there is nothing to wait for: the 409 is the answer.
    const plain = stubApi({ "POST /api/things": inProgress });
    await expect(apiSend("/api/things", { method: "POST" })).rejects.toBeInstanceOf(ApiError);
    expect(plain.calls("POST /api/things")).toHaveLength(1);
  });

  it("stops waiting for the first request when the caller aborts", async () => {
    setCsrfToken("t1");
    stubApi({ "POST /api/things": problem(409, "idempotency_in_progress", { headers: { "retry-after": "5" } }) });
    const controller = new AbortController();
    const sent = apiSend("/api/things", { method: "POST", idempotencyKey: "k-4", signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException("Left the page", "AbortError")), 10);
    await expect(sent).rejects.toMatchObject({ name: "AbortError" });
  });

  it("reports 401 unauthenticated to listeners unless told not to", async () => {
    stubApi({ "GET /api/courses": problem(401, "unauthenticated") });
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    await expect(apiRequest("/api/courses", courseListSchema)).rejects.toBeInstanceOf(ApiError);
    await expect(apiRequest("/api/courses", courseListSchema, { reportUnauthenticated: false })).rejects.toThrow();
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("turns a non-problem error body into a problem with a code from the status, and offline into NetworkError", async () => {
    stubApi({ "GET /api/courses": new Response("<html>Bad gateway</html>", { status: 502 }) });
    const error = await apiRequest("/api/courses", courseListSchema).catch((caught: unknown) => caught);
    expect((error as ApiError).code).toBe("service_unavailable");

    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    await expect(apiRequest("/api/courses", courseListSchema)).rejects.toBeInstanceOf(NetworkError);
  });
});
