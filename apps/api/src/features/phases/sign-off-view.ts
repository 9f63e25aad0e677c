import type { Viewer } from "@sidestilt/domain/access";
import { standardChecklist } from "@sidestilt/domain/checklist";
import {
  canSign,
  isClosed,
  nextPhases,
  type RunPhase,
  runPhases,
  type Signature,
  type TransitionFacts,
  transitionBlockers,
  validSignatures,
} from "@sidestilt/domain/phase";
import type { Role } from "@sidestilt/domain/roles";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import type { RunContext } from "../../lib/run-access.ts";

// Reading a run's sign-off: each signer's latest signature per step (older ones say nothing more, and
// only the latest can be on the current version, since versions only grow), the blockers the domain
// rules find, and the checklist with who ticked what.

type Reader = Db | Tx;

type SignatureRow = Signature & { name: string; signedAt: Date };

/** Each signer's latest signature for these steps: one row per person, role and target phase. */
export async function latestSignatures(db: Reader, runId: string, targets: readonly RunPhase[]) {
  if (targets.length === 0) return [];
  return db.$queryRaw<SignatureRow[]>`
    SELECT DISTINCT ON (s.person_id, s.role, s.target_phase)
      s.person_id::text AS "personId", s.role::text AS role, s.target_phase::text AS "targetPhase",
      s.version, s.signed_at AS "signedAt", p.name
    FROM run_signature s JOIN person p ON p.id = s.person_id
    WHERE s.run_id = ${runId}::uuid AND s.target_phase::text = ANY(${[...targets]})
    ORDER BY s.person_id, s.role, s.target_phase, s.version DESC`;
}

/** The facts the phase rules need for one step of the run. */
export const factsOf = (run: RunContext, target: RunPhase, signatures: readonly Signature[]): TransitionFacts => ({
  phase: run.phase,
  target,
  version: run.version,
  workingGroup: run.workingGroup,
  signatures: signatures.filter((signature) => signature.targetPhase === target),
});

const countRole = (run: RunContext, role: Role) => run.workingGroup.filter((member) => member.role === role).length;

export async function buildSignOff(db: Reader, viewer: Viewer, run: RunContext, canEdit: boolean): Promise<SignOff> {
  const signatures = await latestSignatures(db, run.runId, nextPhases(run.phase));
  const ticks = await db.checklistTick.findMany({
    where: { runId: run.runId },
    select: { phase: true, itemKey: true, tickedById: true, tickedRole: true, tickedAt: true },
  });
  const tickers = await db.person.findMany({
    where: { id: { in: [...new Set(ticks.map((tick) => tick.tickedById))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(tickers.map((person) => [person.id, person.name]));
  const tickOf = new Map(ticks.map((tick) => [`${tick.phase}/${tick.itemKey}`, tick]));

  const steps = nextPhases(run.phase).map((target) => {
    const facts = factsOf(run, target, signatures);
    const valid = validSignatures(facts);
    const isValid = (row: SignatureRow) =>
      valid.some((s) => s.personId === row.personId && s.role === row.role && s.version === row.version);
    const blockers = transitionBlockers(facts);
    return {
      target,
      blockers,
      signatures: signatures
        .filter((row) => row.targetPhase === target)
        .map((row) => ({
          personId: row.personId,
          name: row.name,
          role: row.role,
          version: row.version,
          signedAt: row.signedAt.toISOString(),
          valid: isValid(row),
        }))
        .sort((a, b) => Number(b.valid) - Number(a.valid) || a.signedAt.localeCompare(b.signedAt)),
      canSign: canSign(viewer.personId, facts),
      canAdvance: canEdit && blockers.length === 0,
    };
  });

  return {
    runId: run.runId,
    phase: run.phase,
    version: run.version,
    steps,
    workingGroup: {
      userRepresentatives: countRole(run, "USER_REPRESENTATIVE"),
      professionals: countRole(run, "PROFESSIONAL"),
    },
    checklist: runPhases.flatMap((phase) =>
      standardChecklist[phase].map((item) => {
        const tick = tickOf.get(`${phase}/${item.key}`);
        return {
          phase,
          key: item.key,
          ticked: tick !== undefined,
          tickedBy: tick
            ? { id: tick.tickedById, name: nameOf.get(tick.tickedById) ?? "", role: tick.tickedRole }
            : null,
          tickedAt: tick ? tick.tickedAt.toISOString() : null,
        };
      }),
    ),
    canTick: canEdit && !isClosed(run.phase),
  };
}
