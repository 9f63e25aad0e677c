import { z } from "zod";
import type { AnswerValues } from "./answer-values.ts";

// What a participant has answered so far, kept in this tab's session storage so that a reload, a lost
// connection or a tap on the wrong link does not lose it. Keyed by a hash of the link (never the token
// itself) and removed once the answers are received. Session storage ends with the tab: nothing stays
// behind on a shared tablet.

const prefix = "sidestilt.evaluation-draft.";

/** The values as stored; loose on purpose (a half-typed answer may not yet be a valid one). */
const draftSchema = z.object({
  answers: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
  submissionId: z.uuid(),
});

export type AnswerDraft = { answers: AnswerValues; submissionId: string };

export function loadDraft(key: string): AnswerDraft | null {
  try {
    const stored = globalThis.sessionStorage?.getItem(prefix + key);
    if (!stored) return null;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: AnswerDraft): void {
  try {
    if (Object.keys(draft.answers).length === 0) sessionStorage.removeItem(prefix + key);
    else sessionStorage.setItem(prefix + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the answers are still on the page.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(prefix + key);
  } catch {
    // Nothing was stored.
  }
}

/**
 * The anonymous link's submission id: made once per visit (and kept with the draft), so that sending the
 * same answers again after a lost answer is one answer. `crypto.randomUUID` exists only in secure
 * contexts; a plain-HTTP host (a test server on the local network) gets a version 4 UUID made the same way.
 */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
