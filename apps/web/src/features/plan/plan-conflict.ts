import { planElementSchema } from "@sidestilt/domain/plan.schema";
import { diffLines } from "@sidestilt/domain/text-diff";
import { z } from "zod";
import { ApiError } from "../../lib/api-error.ts";

/** What a 412 answer's `current` holds for a plan element: the stored text, its version and last edit. */
const storedElementSchema = z.object({
  version: planElementSchema.shape.version,
  content: planElementSchema.shape.content,
  lastEdit: planElementSchema.shape.lastEdit.default(null),
});
export type StoredElement = z.infer<typeof storedElementSchema>;

/** The stored element from a `precondition_failed` answer; null for any other error (or a 412 without it). */
export function storedElementOf(error: unknown): StoredElement | null {
  if (!(error instanceof ApiError) || error.code !== "precondition_failed") return null;
  const parsed = storedElementSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/**
 * Both texts in one, for the person to edit: the lines both have once, and where they differ the
 * stored text's lines followed by the person's own (the order the line diff gives). Nothing of
 * either text is left out.
 */
export function mergeBoth(stored: string, mine: string): string {
  return diffLines(stored, mine)
    .map((line) => line.text)
    .join("\n");
}
