import type { RunPhase } from "@sidestilt/domain/phase";

/** The phases in which a run collects answers (the API's rule: the course is under way or being evaluated). */
export const collectingPhases: readonly RunPhase[] = ["RUNNING", "EVALUATION"];

/** Why a collection cannot start in this phase, as a key under `evaluation.tab.cannotStart`; null when it can. */
export function cannotStartReason(phase: RunPhase): "notYet" | "over" | null {
  if (collectingPhases.includes(phase)) return null;
  return phase === "PLANNING" || phase === "READY" ? "notYet" : "over";
}
