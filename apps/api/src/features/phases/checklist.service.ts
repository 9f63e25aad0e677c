import type { Viewer } from "@sidestilt/domain/access";
import { checklistItem } from "@sidestilt/domain/checklist";
import type { RunPhase } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadRunForChange } from "../../lib/run-access.ts";
import { getSignOff } from "./sign-off.service.ts";

// Ticking the Standard metode checklist: any working-group member or owner coordinator, in any open
// phase's list (a group may record an earlier step late). A tick is attributed to the person and their
// role. It is not an edit of the plan, so it does not bump the run's version or void signatures.

export async function setChecklistTick(
  db: Db,
  viewer: Viewer,
  params: { runId: string; phase: RunPhase; itemKey: string },
  ticked: boolean,
): Promise<SignOff> {
  await db.$transaction(async (tx) => {
    const run = await loadRunForChange(tx, viewer, params.runId);
    if (!checklistItem(params.phase, params.itemKey)) throw new DomainError("not_found", "No such checklist item");
    const key = { runId: params.runId, phase: params.phase, itemKey: params.itemKey };
    let changed: boolean;
    if (ticked) {
      // Ticking a ticked item keeps who ticked it first.
      const { count } = await tx.checklistTick.createMany({
        data: [{ ...key, tickedById: viewer.personId, tickedRole: run.actingRole }],
        skipDuplicates: true,
      });
      changed = count > 0;
    } else {
      changed = (await tx.checklistTick.deleteMany({ where: key })).count > 0;
    }
    if (!changed) return;
    await audit(tx, {
      actorId: viewer.personId,
      action: ticked ? "run.checklist-ticked" : "run.checklist-unticked",
      objectType: "run",
      objectId: params.runId,
      unitIds: run.ownerUnitIds,
      data: { phase: params.phase, itemKey: params.itemKey, role: run.actingRole },
    });
  });
  return getSignOff(db, viewer, params.runId);
}
