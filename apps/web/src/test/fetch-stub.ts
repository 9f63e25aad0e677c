import type { ErrorCode, FieldError } from "@sidestilt/domain/problem";
import { vi } from "vitest";

export type RecordedRequest = { method: string; url: URL; headers: Headers; body: unknown };
type Answer = Response | ((request: RecordedRequest) => Response);

/** A JSON response as the API sends it. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** An RFC 9457 problem response as the API sends it. */
export function problem(
  status: number,
  code: ErrorCode,
  extra: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const body = {
    type: `https://sidestilt.no/problems/${code}`,
    title: code,
    status,
    code,
    detail: extra.detail,
    errors: extra.errors,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...extra.headers },
  });
}

/**
 * Stubs `fetch` with answers per "METHOD /path" (query string ignored). A list of answers is used in
 * order, the last one repeating. Unknown routes answer 404 so that a test notices them.
 */
export function stubApi(routes: Record<string, Answer | Answer[]>) {
  const requests: RecordedRequest[] = [];
  const counters = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const method = (init.method ?? "GET").toUpperCase();
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    const request = { method, url, headers: new Headers(init.headers), body };
    requests.push(request);
    const key = `${method} ${url.pathname}`;
    const entry = routes[key];
    if (!entry) return problem(404, "not_found", { detail: `No stub for ${key}` });
    const list = Array.isArray(entry) ? entry : [entry];
    const index = counters.get(key) ?? 0;
    counters.set(key, index + 1);
    const answer = list[Math.min(index, list.length - 1)] as Answer;
    return typeof answer === "function" ? answer(request) : answer.clone();
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    requests,
    calls: (key: string) => requests.filter((request) => `${request.method} ${request.url.pathname}` === key),
  };
}
