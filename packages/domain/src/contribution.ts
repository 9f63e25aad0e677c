import { type RunPhase, runPhases } from "./phase.ts";
import type { Role } from "./roles.ts";
import {
  type Balance,
  type ContributionBalance,
  type ContributionGroup,
  type ContributionKind,
  contributionGroups,
  contributionKinds,
} from "./sign-off.schema.ts";

// The contribution balance of a course: how much of the planning, the programme and the presenting
// came from each role, per phase. The Standard metode asks user representatives and professionals to
// work as equals; field studies found groups sliding into "professionals decide, users are informed".
// The balance makes that visible, and flags a phase where user representatives are clearly behind.

/** Below this share of a phase's contributions, user representatives are flagged as underrepresented. */
export const UNDERREPRESENTED_SHARE = 0.2;
/**
 * …but only once the phase has at least this many contributions: with a handful, one edit more or
 * less swings the share, and a flag would be noise.
 */
export const UNDERREPRESENTED_MIN_CONTRIBUTIONS = 10;

/** How many contributions of one kind people in one role made in one phase. */
export type ContributionCount = { phase: RunPhase; role: Role; kind: ContributionKind; count: number };

/** The group a role is shown in. */
export const groupOf = (role: Role): ContributionGroup =>
  role === "USER_REPRESENTATIVE" || role === "PROFESSIONAL" || role === "COORDINATOR" ? role : "OTHER";

type Tally = Record<ContributionGroup, Record<ContributionKind, number>>;

const emptyTally = (): Tally =>
  Object.fromEntries(
    contributionGroups.map((group) => [group, Object.fromEntries(contributionKinds.map((kind) => [kind, 0]))]),
  ) as Tally;

const shareOf = (count: number, total: number): number => (total === 0 ? 0 : count / total);

function balanceOf(tally: Tally): Balance {
  const groupTotal = (group: ContributionGroup) => contributionKinds.reduce((sum, kind) => sum + tally[group][kind], 0);
  const kindTotal = (kind: ContributionKind) => contributionGroups.reduce((sum, group) => sum + tally[group][kind], 0);
  const total = contributionGroups.reduce((sum, group) => sum + groupTotal(group), 0);
  const groups = contributionGroups.map((group) => {
    const count = groupTotal(group);
    const kind = (k: ContributionKind) => ({ count: tally[group][k], share: shareOf(tally[group][k], kindTotal(k)) });
    return {
      group,
      count,
      share: shareOf(count, total),
      kinds: {
        edits: kind("edits"),
        programmeItems: kind("programmeItems"),
        decisions: kind("decisions"),
        presentations: kind("presentations"),
      },
    };
  });
  return {
    total,
    groups,
    userRepresentativesUnderrepresented:
      total >= UNDERREPRESENTED_MIN_CONTRIBUTIONS &&
      shareOf(groupTotal("USER_REPRESENTATIVE"), total) < UNDERREPRESENTED_SHARE,
  };
}

/** Turns counts per role, kind and phase into the balance per phase and for the whole course. */
export function contributionBalance(counts: readonly ContributionCount[]): ContributionBalance {
  const perPhase = new Map<RunPhase, Tally>(runPhases.map((phase) => [phase, emptyTally()]));
  const overall = emptyTally();
  for (const { phase, role, kind, count } of counts) {
    const group = groupOf(role);
    const tally = perPhase.get(phase);
    if (tally) tally[group][kind] += count;
    overall[group][kind] += count;
  }
  return {
    phases: runPhases.map((phase) => ({ phase, ...balanceOf(perPhase.get(phase) ?? emptyTally()) })),
    total: balanceOf(overall),
  };
}
