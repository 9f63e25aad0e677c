import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ContributionCount,
  contributionBalance,
  groupOf,
  UNDERREPRESENTED_MIN_CONTRIBUTIONS,
  UNDERREPRESENTED_SHARE,
} from "./contribution.ts";
import { runPhases } from "./phase.ts";
import { roleSchema } from "./roles.ts";
import { type Balance, contributionGroups, contributionKinds } from "./sign-off.schema.ts";

const count: fc.Arbitrary<ContributionCount> = fc.record({
  phase: fc.constantFrom(...runPhases),
  role: fc.constantFrom(...roleSchema.options),
  kind: fc.constantFrom(...contributionKinds),
  count: fc.nat({ max: 50 }),
});
const counts = fc.array(count, { maxLength: 30 });

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const closeTo1 = (value: number) => expect(value).toBeCloseTo(1, 9);
const group = (balance: Balance, name: (typeof contributionGroups)[number]) =>
  balance.groups.find((entry) => entry.group === name);

describe("the contribution balance", () => {
  it("gives shares that add up to 1 in every phase (and every kind) that has contributions, else 0", () => {
    fc.assert(
      fc.property(counts, (input) => {
        const result = contributionBalance(input);
        for (const balance of [...result.phases, result.total]) {
          const shares = sum(balance.groups.map((entry) => entry.share));
          if (balance.total > 0) closeTo1(shares);
          else expect(shares).toBe(0);
          for (const kind of contributionKinds) {
            const kindTotal = sum(balance.groups.map((entry) => entry.kinds[kind].count));
            const kindShares = sum(balance.groups.map((entry) => entry.kinds[kind].share));
            if (kindTotal > 0) closeTo1(kindShares);
            else expect(kindShares).toBe(0);
          }
        }
      }),
    );
  });

  it("preserves every count: per phase, group and kind, and in the total", () => {
    fc.assert(
      fc.property(counts, (input) => {
        const result = contributionBalance(input);
        expect(result.phases.map((entry) => entry.phase)).toEqual([...runPhases]);
        expect(result.total.total).toBe(sum(input.map((entry) => entry.count)));
        expect(result.total.total).toBe(sum(result.phases.map((entry) => entry.total)));
        for (const balance of result.phases) {
          expect(balance.groups.map((entry) => entry.group)).toEqual([...contributionGroups]);
          for (const entry of balance.groups) {
            expect(entry.count).toBe(sum(contributionKinds.map((kind) => entry.kinds[kind].count)));
            for (const kind of contributionKinds) {
              const expected = sum(
                input
                  .filter((c) => c.phase === balance.phase && groupOf(c.role) === entry.group && c.kind === kind)
                  .map((c) => c.count),
              );
              expect(entry.kinds[kind].count).toBe(expected);
            }
          }
        }
      }),
    );
  });

  it("flags user representatives exactly when they have under the threshold share of enough contributions", () => {
    fc.assert(
      fc.property(counts, (input) => {
        const result = contributionBalance(input);
        for (const balance of [...result.phases, result.total]) {
          const users = group(balance, "USER_REPRESENTATIVE")?.count ?? 0;
          const expected =
            balance.total >= UNDERREPRESENTED_MIN_CONTRIBUTIONS && users / balance.total < UNDERREPRESENTED_SHARE;
          expect(balance.userRepresentativesUnderrepresented).toBe(expected);
        }
      }),
    );
  });

  it("groups evaluators and unit leaders as OTHER and computes a hand-made example", () => {
    const result = contributionBalance([
      { phase: "PLANNING", role: "PROFESSIONAL", kind: "edits", count: 7 },
      { phase: "PLANNING", role: "USER_REPRESENTATIVE", kind: "edits", count: 1 },
      { phase: "PLANNING", role: "COORDINATOR", kind: "decisions", count: 1 },
      { phase: "PLANNING", role: "EVALUATOR", kind: "programmeItems", count: 1 },
      { phase: "EVALUATION", role: "USER_REPRESENTATIVE", kind: "presentations", count: 2 },
      { phase: "EVALUATION", role: "UNIT_LEADER", kind: "presentations", count: 2 },
    ]);
    const planning = result.phases[0] as Balance;
    expect(planning.total).toBe(10);
    expect(group(planning, "PROFESSIONAL")).toMatchObject({ count: 7, share: 0.7, kinds: { edits: { count: 7 } } });
    expect(group(planning, "USER_REPRESENTATIVE")?.kinds.edits.share).toBeCloseTo(1 / 8);
    expect(group(planning, "OTHER")).toMatchObject({ count: 1, kinds: { programmeItems: { count: 1, share: 1 } } });
    // 1 of 10 is under 20 %, and 10 is enough to judge.
    expect(planning.userRepresentativesUnderrepresented).toBe(true);
    const evaluation = result.phases.find((entry) => entry.phase === "EVALUATION");
    expect(evaluation).toMatchObject({ total: 4, userRepresentativesUnderrepresented: false });
    expect(group(result.total, "USER_REPRESENTATIVE")).toMatchObject({ count: 3, share: 3 / 14 });
    expect(result.total.userRepresentativesUnderrepresented).toBe(false);
    expect(contributionBalance([]).total).toMatchObject({ total: 0, userRepresentativesUnderrepresented: false });
  });
});
