import { DomainError } from "@sidestilt/domain/problem";
import type { FastifyReply, FastifyRequest } from "fastify";

// Editable resources carry a version: GET answers it as the ETag, writes must send it back in
// If-Match (428 without, 412 when someone else changed the resource first).

export const etagOf = (version: number): string => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header("etag", etagOf(version));
}

/**
 * The version the client last saw, from If-Match; 428 when missing or not one of our ETags. Services
 * take it as a callback and call it after their access check, so that a stranger gets 404, not 428.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  const match = typeof header === "string" ? /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim()) : null;
  if (!match?.[1]) throw new DomainError("precondition_required", 'Send If-Match with the ETag you read, e.g. "3"');
  return Number(match[1]);
}

/**
 * Throws 412 when the stored version is not the one the client edited; `state` (what is stored now)
 * goes into the problem's `current`, so that the web app can show it and offer a merge.
 */
export function assertVersion(current: number, expected: number, state?: Record<string, unknown>): void {
  if (current !== expected) {
    throw new DomainError("precondition_failed", `The current version is ${current}`, undefined, {
      version: current,
      ...state,
    });
  }
}
