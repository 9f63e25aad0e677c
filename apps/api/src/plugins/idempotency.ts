import { DomainError } from "@sidestilt/domain/problem";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/prisma.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { sha256 } from "../lib/tokens.ts";
import { problem } from "./problem.ts";

// The Idempotency-Key header (IETF draft "The Idempotency-Key HTTP Header Field") on the routes that
// declare `config.idempotent`: a retry with the same key and request gets the first answer again instead
// of a second creation. Decisions and their reasons: docs/decisions/0019-idempotency-keys.md.

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** A stored answer older than this is forgotten: the key may be used again (the purge job deletes it). */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 3_600_000;
/** The scope of keys sent without a session. */
export const PUBLIC_SCOPE = "public";

const IDEMPOTENT_METHODS = new Set(["POST", "PUT", "PATCH"]);
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** The answer's headers a replay repeats with its status and body. */
const REPLAYED_HEADERS = ["content-type", "etag", "location"] as const;

type Claim = { scope: string; key: string };
type StoredResponse = { body: Prisma.InputJsonValue | null; headers: Record<string, string> };
type Lookup =
  | { kind: "claimed" }
  | { kind: "reused" }
  | { kind: "in-progress" }
  | { kind: "stored"; status: number; response: StoredResponse };

declare module "fastify" {
  interface FastifyRequest {
    /** The Idempotency-Key row this request inserted, to be settled when its answer is ready. */
    idempotencyClaim: Claim | null;
  }
}

/**
 * Runs at preHandler: after the access and CSRF checks (onRequest) and after body validation, so a
 * replay never skips authorisation and an invalid body never reaches the table. The answer is stored at
 * onSend, before it leaves, so that a retry after it arrives is replayed rather than told to wait.
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest("idempotencyClaim", null);

  app.addHook("preHandler", async (request, reply) => {
    if (request.routeOptions.config.idempotent !== true || !IDEMPOTENT_METHODS.has(request.method)) return;
    const key = idempotencyKeyOf(request);
    if (key === null) return;
    const claim = { scope: request.auth?.person.id ?? PUBLIC_SCOPE, key };
    const lookup = await claimKey(app.db, claim, requestHashOf(request));
    switch (lookup.kind) {
      case "claimed":
        request.idempotencyClaim = claim;
        return;
      case "reused":
        throw new DomainError("idempotency_key_reused", "Send a new Idempotency-Key with a changed request");
      case "in-progress":
        return reply
          .status(409)
          .header("retry-after", "1")
          .type("application/problem+json")
          .send(problem("idempotency_in_progress", "Retry with the same key when the first request has answered"));
      case "stored":
        return replay(reply, lookup.status, lookup.response);
    }
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    const response = isFinal(reply.statusCode) ? storedResponseOf(reply, payload) : null;
    try {
      if (response) {
        await app.db.idempotencyKey.updateMany({ where: claim, data: { status: reply.statusCode, response } });
      } else {
        await app.db.idempotencyKey.deleteMany({ where: claim });
      }
    } catch (error) {
      // The key stays "in progress" until it expires: a retry gets 409, never a second creation.
      request.log.error({ err: error }, "could not settle an Idempotency-Key");
    }
    return payload;
  });

  // Whatever ended a request without its answer passing onSend (a hijacked reply, an error in another
  // hook): the key is released, so that a retry runs again.
  app.addHook("onResponse", async (request) => {
    const claim = request.idempotencyClaim;
    if (!claim) return;
    request.idempotencyClaim = null;
    await app.db.idempotencyKey.deleteMany({ where: claim }).catch((error: unknown) => {
      request.log.error({ err: error }, "could not release an Idempotency-Key");
    });
  });
});

/**
 * An answer that settles the key: anything below 500 except 429, which (like a 5xx) says that the
 * request was not carried out and may be tried again.
 */
const isFinal = (status: number): boolean => status < 500 && status !== 429;

/** The request's key, or null without the header; 400 with the header's field error when malformed. */
function idempotencyKeyOf(request: FastifyRequest): string | null {
  const value = request.headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return null;
  if (typeof value === "string" && KEY_PATTERN.test(value)) return value;
  const text = Array.isArray(value) ? value.join(", ") : value;
  const code = text.length === 0 ? "too_small" : text.length > 255 ? "too_big" : "invalid_format";
  throw new DomainError("validation_failed", "Invalid Idempotency-Key header", [
    { field: "Idempotency-Key", code, message: "Send 1 to 255 visible ASCII characters, e.g. a UUID" },
  ]);
}

/** What makes two requests the same: method, route, parameters, query and (validated) body. */
function requestHashOf(request: FastifyRequest): string {
  const parts = [request.method, request.routeOptions.url ?? request.url, request.params, request.query, request.body];
  return sha256(parts.map(canonicalJson).join("\n"));
}

/** JSON with object keys sorted at every level, so that key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  const plain = (value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? value;
  if (Array.isArray(plain)) return `[${plain.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (plain !== null && typeof plain === "object") {
    const entries = Object.entries(plain)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(plain) ?? "null";
}

/**
 * Inserts the key (INSERT … ON CONFLICT DO NOTHING) or reads what is stored under it. An expired row is
 * deleted and claimed afresh; a row that vanished meanwhile (its request failed) is claimed again.
 */
async function claimKey(db: Db, claim: Claim, requestHash: string): Promise<Lookup> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.idempotencyKey.createMany({ data: [{ ...claim, requestHash }], skipDuplicates: true });
    if (inserted.count === 1) return { kind: "claimed" };
    const row = await db.idempotencyKey.findUnique({
      where: { scope_key: claim },
      select: { requestHash: true, status: true, response: true, createdAt: true },
    });
    if (!row) continue;
    if (Date.now() - row.createdAt.getTime() >= IDEMPOTENCY_KEY_LIFETIME_MS) {
      // Only this row: a request that claimed the key in between keeps its own.
      await db.idempotencyKey.deleteMany({ where: { ...claim, createdAt: row.createdAt } });
      continue;
    }
    if (row.requestHash !== requestHash) return { kind: "reused" };
    if (row.status === null) return { kind: "in-progress" };
    return { kind: "stored", status: row.status, response: row.response as StoredResponse };
  }
  // Other requests with this key keep failing and releasing it: let the client wait and retry.
  return { kind: "in-progress" };
}

/** The answer to store: its JSON body (null when empty) and the headers a replay repeats. */
function storedResponseOf(reply: FastifyReply, payload: unknown): StoredResponse | null {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === "string" || typeof value === "number") headers[name] = String(value);
  }
  if (payload === null || payload === undefined || payload === "") return { body: null, headers };
  if (typeof payload !== "string") return null;
  try {
    return { body: JSON.parse(payload) as Prisma.InputJsonValue | null, headers };
  } catch {
    // Not JSON: it cannot be stored as it was sent, so the key is released instead.
    return null;
  }
}

function replay(reply: FastifyReply, status: number, stored: StoredResponse) {
  reply.status(status).headers(stored.headers).header("idempotent-replayed", "true");
  if (stored.body === null) return reply.send();
  if (!stored.headers["content-type"]) reply.type("application/json; charset=utf-8");
  return reply.send(JSON.stringify(stored.body));
}

/** Adds the optional Idempotency-Key header to the OpenAPI description of the routes that accept it. */
export function documentIdempotencyKey<T extends { schema?: unknown }>(transformed: T, route: RouteOptions): T {
  if (route.config?.idempotent !== true) return transformed;
  const schema = (transformed.schema ?? {}) as { headers?: { type?: string; properties?: Record<string, unknown> } };
  const header = {
    type: "string",
    minLength: 1,
    maxLength: 255,
    pattern: KEY_PATTERN.source,
    description:
      "Optional. A new random key (e.g. a UUID) per attempt to create: a retry with the same key and request gets " +
      "the first answer again (header Idempotent-Replayed: true) for 24 hours; another request with the key gets " +
      "422 idempotency_key_reused, and while the first is still running 409 idempotency_in_progress.",
  };
  const headers = {
    ...schema.headers,
    type: "object",
    properties: { ...schema.headers?.properties, [IDEMPOTENCY_HEADER]: header },
  };
  return { ...transformed, schema: { ...schema, headers } };
}
