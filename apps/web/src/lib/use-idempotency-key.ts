import { useState } from "react";
import { ApiError, NetworkError } from "./api-error.ts";

/** The Idempotency-Key of one form's submissions (see `createIdempotencyKeys`). */
export type IdempotencyKeys = {
  /** The key to send with this input: the last one while a retry of the same input is pending, else a new one. */
  keyFor(input: unknown): string;
  /** Called with the attempt's error, or null after a success: a settled attempt's key is not used again. */
  settle(error: unknown): void;
};

/**
 * One key per submission attempt. An attempt whose outcome is unknown (no answer, a server error, the
 * server still handling it) keeps its key, so that sending the same input again is answered with what
 * the server did the first time instead of creating twice. A success or a refusal settles the attempt,
 * and so does changed input: the next submission gets a new key.
 */
export function createIdempotencyKeys(): IdempotencyKeys {
  let pending: { input: string; key: string } | null = null;
  return {
    keyFor(input) {
      const text = JSON.stringify(input) ?? "";
      if (pending?.input !== text) pending = { input: text, key: randomKey() };
      return pending.key;
    },
    settle(error) {
      if (!outcomeUnknown(error)) pending = null;
    },
  };
}

/** The keys of one create form (one per mounted mutation hook). */
export function useIdempotencyKey(): IdempotencyKeys {
  const [keys] = useState(createIdempotencyKeys);
  return keys;
}

function outcomeUnknown(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) return error.status >= 500 || error.code === "idempotency_in_progress";
  return error instanceof Error && error.name === "AbortError";
}

/** 128 random bits as hex; `crypto.getRandomValues` works where `randomUUID` does not (plain-HTTP hosts). */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
