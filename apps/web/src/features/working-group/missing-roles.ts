import { type SigningRole, transitionBlockers, type WorkingGroupMember } from "@sidestilt/domain/phase";

/**
 * The roles the working group lacks before any run may leave planning, by the domain's own rule
 * (`transitionBlockers`, the one the API enforces): asked for the step planning → ready, keeping only
 * the "working group incomplete" blockers (signatures are the sign-off page's business).
 */
export function missingRoles(currentMembers: readonly WorkingGroupMember[]): SigningRole[] {
  return transitionBlockers({
    phase: "PLANNING",
    target: "READY",
    version: 0,
    workingGroup: currentMembers,
    signatures: [],
  }).flatMap((blocker) => (blocker.code === "working_group_incomplete" ? [blocker.missingRole] : []));
}
