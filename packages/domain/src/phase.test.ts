import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canSign,
  countingSignatures,
  latestCoSignedVersion,
  nextPhases,
  type RunPhase,
  runPhases,
  type Signature,
  type TransitionFacts,
  transitionBlockers,
  unsignedRoles,
  type VersionSignature,
  validSignatures,
} from "./phase.ts";
import { roleSchema } from "./roles.ts";

const people = ["p1", "p2", "p3", "p4"];
const phase = fc.constantFrom(...runPhases);
const role = fc.constantFrom(...roleSchema.options);
const member = fc.record({ personId: fc.constantFrom(...people), role });
const signature = (target: fc.Arbitrary<RunPhase>): fc.Arbitrary<Signature> =>
  fc.record({
    personId: fc.constantFrom(...people),
    role,
    targetPhase: target,
    version: fc.integer({ min: 1, max: 4 }),
  });
const facts: fc.Arbitrary<TransitionFacts> = fc.record({
  phase,
  target: phase,
  version: fc.integer({ min: 1, max: 4 }),
  workingGroup: fc.array(member, { maxLength: 5 }),
  signatures: fc.array(signature(phase), { maxLength: 6 }),
});

describe("phases", () => {
  it("moves forward one step at a time, or to cancelled, and never out of a closed run", () => {
    expect(nextPhases("PLANNING")).toEqual(["READY", "CANCELLED"]);
    expect(nextPhases("EVALUATION")).toEqual(["COMPLETED", "CANCELLED"]);
    expect(nextPhases("COMPLETED")).toEqual([]);
    expect(nextPhases("CANCELLED")).toEqual([]);
  });
});

describe("transition rules", () => {
  it("allows a step exactly when it is a next phase, both roles are in the group and both signed the current version", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const allowed = transitionBlockers(f).length === 0;
        const signed = f.signatures.filter(
          (s) =>
            s.targetPhase === f.target &&
            s.version === f.version &&
            f.workingGroup.some((m) => m.personId === s.personId && m.role === s.role),
        );
        const expected =
          nextPhases(f.phase).includes(f.target) &&
          ["USER_REPRESENTATIVE", "PROFESSIONAL"].every(
            (r) => f.workingGroup.some((m) => m.role === r) && signed.some((s) => s.role === r),
          );
        expect(allowed).toBe(expected);
      }),
    );
  });

  it("never counts a signature on another version: an edit after signing voids it", () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 3 }), (f, edits) => {
        const edited = { ...f, version: f.version + edits };
        expect(validSignatures(edited).filter((s) => s.version !== edited.version)).toEqual([]);
        // Signatures made before the edit no longer satisfy anything.
        if (f.signatures.every((s) => s.version <= f.version)) expect(validSignatures(edited)).toEqual([]);
      }),
    );
  });

  it("blocks a step when a user representative and a professional signed different versions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (repVersion, proVersion) => {
        fc.pre(repVersion !== proVersion);
        const current = Math.max(repVersion, proVersion);
        const f: TransitionFacts = {
          phase: "PLANNING",
          target: "READY",
          version: current,
          workingGroup: [
            { personId: "rep", role: "USER_REPRESENTATIVE" },
            { personId: "pro", role: "PROFESSIONAL" },
          ],
          signatures: [
            { personId: "rep", role: "USER_REPRESENTATIVE", targetPhase: "READY", version: repVersion },
            { personId: "pro", role: "PROFESSIONAL", targetPhase: "READY", version: proVersion },
          ],
        };
        const missing = transitionBlockers(f).map((b) => ("missingRole" in b ? b.missingRole : b.code));
        expect(missing).toEqual([repVersion < proVersion ? "USER_REPRESENTATIVE" : "PROFESSIONAL"]);
      }),
    );
  });

  it("does not let professionals alone (or user representatives alone) move a run, however many sign", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("PROFESSIONAL", "USER_REPRESENTATIVE") as fc.Arbitrary<"PROFESSIONAL" | "USER_REPRESENTATIVE">,
        fc.integer({ min: 1, max: 4 }),
        (only, count) => {
          const group = Array.from({ length: count }, (_, i) => ({ personId: `m${i}`, role: only }));
          const f: TransitionFacts = {
            phase: "PLANNING",
            target: "READY",
            version: 1,
            workingGroup: group,
            signatures: group.map((m) => ({ ...m, targetPhase: "READY" as const, version: 1 })),
          };
          expect(transitionBlockers(f).map((b) => b.code)).toEqual(["working_group_incomplete", "signature_missing"]);
        },
      ),
    );
  });

  it("ignores signatures of people who left the group or signed in a role they do not hold", () => {
    const f: TransitionFacts = {
      phase: "READY",
      target: "RUNNING",
      version: 2,
      workingGroup: [
        { personId: "rep", role: "USER_REPRESENTATIVE" },
        { personId: "pro", role: "PROFESSIONAL" },
      ],
      signatures: [
        { personId: "gone", role: "USER_REPRESENTATIVE", targetPhase: "RUNNING", version: 2 },
        { personId: "rep", role: "PROFESSIONAL", targetPhase: "RUNNING", version: 2 },
        { personId: "pro", role: "PROFESSIONAL", targetPhase: "RUNNING", version: 2 },
      ],
    };
    expect(transitionBlockers(f)).toEqual([{ code: "signature_missing", missingRole: "USER_REPRESENTATIVE" }]);
  });

  it("lets only signing members sign, once per version, and only for a possible step", () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...people), (f, personId) => {
        if (canSign(personId, f)) {
          expect(nextPhases(f.phase)).toContain(f.target);
          expect(
            f.workingGroup.some(
              (m) => m.personId === personId && ["USER_REPRESENTATIVE", "PROFESSIONAL"].includes(m.role),
            ),
          ).toBe(true);
          expect(validSignatures(f).some((s) => s.personId === personId)).toBe(false);
        }
      }),
    );
  });
});

describe("co-signing a version (phase steps and evaluation forms alike)", () => {
  const group = [
    { personId: "rep", role: "USER_REPRESENTATIVE" },
    { personId: "pro", role: "PROFESSIONAL" },
    { personId: "eva", role: "EVALUATOR" },
  ] as const;
  const versionSignature = fc.record({
    personId: fc.constantFrom(...people),
    role,
    version: fc.integer({ min: 1, max: 5 }),
  });

  it("finds the highest version both roles of the current group signed, exactly as unsignedRoles says", () => {
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 5 }),
        fc.array(versionSignature, { maxLength: 8 }),
        (wg, signatures) => {
          const latest = latestCoSignedVersion(signatures, wg);
          const coSigned = [1, 2, 3, 4, 5].filter((version) => unsignedRoles(signatures, version, wg).length === 0);
          expect(latest).toBe(coSigned.length > 0 ? Math.max(...coSigned) : null);
          if (latest !== null) {
            const counting = countingSignatures(signatures, latest, wg);
            expect(counting.some((s) => s.role === "USER_REPRESENTATIVE")).toBe(true);
            expect(counting.some((s) => s.role === "PROFESSIONAL")).toBe(true);
          }
        },
      ),
    );
  });

  it("keeps an older co-signed version when the newest one is signed by one role only", () => {
    const signatures: VersionSignature[] = [
      { personId: "rep", role: "USER_REPRESENTATIVE", version: 2 },
      { personId: "pro", role: "PROFESSIONAL", version: 2 },
      { personId: "pro", role: "PROFESSIONAL", version: 3 },
    ];
    expect(latestCoSignedVersion(signatures, group)).toBe(2);
    expect(unsignedRoles(signatures, 3, group)).toEqual(["USER_REPRESENTATIVE"]);
    expect(unsignedRoles(signatures, 4, group)).toEqual(["USER_REPRESENTATIVE", "PROFESSIONAL"]);
  });

  it("counts neither an evaluator's signature, nor one by someone who left, nor one in a role not held", () => {
    const signatures: VersionSignature[] = [
      { personId: "eva", role: "EVALUATOR", version: 1 },
      { personId: "gone", role: "USER_REPRESENTATIVE", version: 1 },
      { personId: "pro", role: "USER_REPRESENTATIVE", version: 1 },
      { personId: "pro", role: "PROFESSIONAL", version: 1 },
    ];
    expect(latestCoSignedVersion(signatures, group)).toBeNull();
    expect(unsignedRoles(signatures, 1, group)).toEqual(["USER_REPRESENTATIVE"]);
    expect(latestCoSignedVersion([], group)).toBeNull();
  });
});
