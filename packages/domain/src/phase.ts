import type { Role } from "./roles.ts";

// The phases of a run and what it takes to move between them (Standard metode: user representatives
// and professionals decide together). Pure rules: the API enforces them inside the transaction that
// moves the run, and the web app uses the same functions to explain why a step is not yet possible.

export const runPhases = ["PLANNING", "READY", "RUNNING", "EVALUATION", "COMPLETED", "CANCELLED"] as const;
export type RunPhase = (typeof runPhases)[number];

const forward: Record<RunPhase, RunPhase | null> = {
  PLANNING: "READY",
  READY: "RUNNING",
  RUNNING: "EVALUATION",
  EVALUATION: "COMPLETED",
  COMPLETED: null,
  CANCELLED: null,
};

/** A run that is completed or cancelled is closed: nothing in it changes any more. */
export const isClosed = (phase: RunPhase): boolean => phase === "COMPLETED" || phase === "CANCELLED";

/** The phases a run may move to: the next one, or cancelled (while it is not closed). */
export function nextPhases(phase: RunPhase): RunPhase[] {
  const next = forward[phase];
  if (next === null) return [];
  return [next, "CANCELLED"];
}

/** The roles whose signatures a step needs: at least one of each, from the working group. */
export const signingRoles = ["USER_REPRESENTATIVE", "PROFESSIONAL"] as const satisfies readonly Role[];
export type SigningRole = (typeof signingRoles)[number];

export type WorkingGroupMember = { personId: string; role: Role };

/** A signature: this member, in this working-group role, agreed to this step on this version. */
export type Signature = { personId: string; role: Role; targetPhase: RunPhase; version: number };

export type TransitionFacts = {
  phase: RunPhase;
  target: RunPhase;
  /** The version of the run's plan and programme that is current now. */
  version: number;
  /** Current members (removed members are not in the list). */
  workingGroup: readonly WorkingGroupMember[];
  signatures: readonly Signature[];
};

export type TransitionBlocker =
  | { code: "transition_not_allowed" }
  | { code: "working_group_incomplete"; missingRole: SigningRole }
  | { code: "signature_missing"; missingRole: SigningRole };

// Co-signing, whatever is signed (a run's phase step, an evaluation form): a version counts as agreed
// when at least one user representative and one professional of the working group as it is now signed
// exactly that version, each in the role they hold.

/** A signature on one version of something the working group co-signs. */
export type VersionSignature = { personId: string; role: Role; version: number };

/**
 * The signatures that count on `version`: given on exactly that version by someone who is still in the
 * working group in the role they signed as.
 */
export function countingSignatures<S extends VersionSignature>(
  signatures: readonly S[],
  version: number,
  workingGroup: readonly WorkingGroupMember[],
): S[] {
  return signatures.filter(
    (signature) =>
      signature.version === version &&
      workingGroup.some((member) => member.personId === signature.personId && member.role === signature.role),
  );
}

/** The signing roles with no counting signature on `version`, in `signingRoles` order (none: co-signed). */
export function unsignedRoles(
  signatures: readonly VersionSignature[],
  version: number,
  workingGroup: readonly WorkingGroupMember[],
): SigningRole[] {
  const counting = countingSignatures(signatures, version, workingGroup);
  return signingRoles.filter((role) => !counting.some((signature) => signature.role === role));
}

/** The highest version both signing roles signed (by the working group as it is now), or null. */
export function latestCoSignedVersion(
  signatures: readonly VersionSignature[],
  workingGroup: readonly WorkingGroupMember[],
): number | null {
  const versions = [...new Set(signatures.map((signature) => signature.version))].sort((a, b) => b - a);
  return versions.find((version) => unsignedRoles(signatures, version, workingGroup).length === 0) ?? null;
}

/** The person's membership in a signing role, if they have one: only these members sign. */
export const signingMemberOf = (
  personId: string,
  workingGroup: readonly WorkingGroupMember[],
): WorkingGroupMember | undefined =>
  workingGroup.find(
    (member) => member.personId === personId && (signingRoles as readonly Role[]).includes(member.role),
  );

const forTarget = (facts: TransitionFacts) =>
  facts.signatures.filter((signature) => signature.targetPhase === facts.target);

/**
 * The signatures that count for a step: given for this target, on the exact current version, by
 * someone who is still in the working group in the role they signed as.
 */
export function validSignatures(facts: TransitionFacts): Signature[] {
  return countingSignatures(forTarget(facts), facts.version, facts.workingGroup);
}

/** Everything that stands in the way of the step, in the order the web app explains it; empty when it may go ahead. */
export function transitionBlockers(facts: TransitionFacts): TransitionBlocker[] {
  if (!nextPhases(facts.phase).includes(facts.target)) return [{ code: "transition_not_allowed" }];
  const blockers: TransitionBlocker[] = [];
  for (const role of signingRoles) {
    if (!facts.workingGroup.some((member) => member.role === role)) {
      blockers.push({ code: "working_group_incomplete", missingRole: role });
    }
  }
  for (const role of unsignedRoles(forTarget(facts), facts.version, facts.workingGroup)) {
    blockers.push({ code: "signature_missing", missingRole: role });
  }
  return blockers;
}

/**
 * Whether this member may sign the step now: only working-group members in a signing role, only for a
 * step that is possible from here, and only once per version.
 */
export function canSign(personId: string, facts: TransitionFacts): boolean {
  if (!nextPhases(facts.phase).includes(facts.target)) return false;
  if (!signingMemberOf(personId, facts.workingGroup)) return false;
  return !validSignatures(facts).some((signature) => signature.personId === personId);
}
