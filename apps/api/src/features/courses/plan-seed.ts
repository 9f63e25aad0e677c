import { type PlanElementKind, planElementKinds, seededPlanVersion } from "@sidestilt/domain/plan.schema";
import type { Role } from "@sidestilt/domain/roles";
import type { Tx } from "../../db/prisma.ts";

/**
 * Gives a new run its six plan elements with their first revision, attributed to the person who
 * created the run and their role: the starting text (a template's or the previous run's) is part of
 * each element's history from the start, so that nothing in the plan is without an author. It is
 * not a contribution: the contribution balance leaves out `seededPlanVersion`.
 */
export async function seedPlan(
  tx: Tx,
  runId: string,
  contents: Partial<Record<PlanElementKind, string>>,
  author: { personId: string; role: Role },
): Promise<void> {
  const elements = await tx.planElement.createManyAndReturn({
    data: planElementKinds.map((kind) => ({ runId, kind, content: contents[kind] ?? "", version: seededPlanVersion })),
    select: { id: true, content: true },
  });
  await tx.planRevision.createMany({
    data: elements.map((element) => ({
      elementId: element.id,
      version: seededPlanVersion,
      content: element.content,
      authorId: author.personId,
      authorRole: author.role,
      phase: "PLANNING" as const,
    })),
  });
}
