import { z } from "zod";

// Unsaved plan text kept in this browser while the person types, so that an expired session, a
// reload or a closed tab loses nothing. Per person and element, with the version the text was written
// on: saving a draft later sends that version, and a change made meanwhile answers 412 (a merge).

const prefix = "sidestilt.plan-draft";
const draftSchema = z.object({ content: z.string(), version: z.number().int() });
export type PlanDraft = z.infer<typeof draftSchema>;

const keyOf = (personId: string, elementId: string) => `${prefix}.${personId}.${elementId}`;

export function readDraft(personId: string, elementId: string): PlanDraft | null {
  try {
    const stored = globalThis.localStorage?.getItem(keyOf(personId, elementId));
    if (!stored) return null;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(personId: string, elementId: string, draft: PlanDraft): void {
  try {
    globalThis.localStorage?.setItem(keyOf(personId, elementId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the text is still in the field, only not kept beyond the page.
  }
}

export function clearDraft(personId: string, elementId: string): void {
  try {
    globalThis.localStorage?.removeItem(keyOf(personId, elementId));
  } catch {
    // Nothing to do: storage is disabled.
  }
}
