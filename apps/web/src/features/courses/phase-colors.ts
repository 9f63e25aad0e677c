import type { RunPhase } from "@sidestilt/domain/phase";

/** The tag colour of each phase (the same on course cards and the course page). */
export const phaseColors = {
  PLANNING: "info",
  READY: "success",
  RUNNING: "accent",
  EVALUATION: "warning",
  COMPLETED: "neutral",
  CANCELLED: "danger",
} as const satisfies Record<RunPhase, string>;
