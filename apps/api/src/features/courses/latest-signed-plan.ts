import type { PlanElementKind } from "@sidestilt/domain/plan.schema";
import type { Tx } from "../../db/prisma.ts";

/**
 * The plan a new run (or a copied course) starts from: the latest run (by start date) that was signed
 * out of planning, else the latest run, else none. Answers the run's id and its text per element.
 */
export async function latestSignedPlan(tx: Tx, courseId: string) {
  const source = { id: true, plan: { select: { kind: true, content: true } } } as const;
  const newestFirst = [{ startsOn: "desc" as const }, { createdAt: "desc" as const }];
  const run =
    (await tx.courseRun.findFirst({
      where: { courseId, phase: { notIn: ["PLANNING", "CANCELLED"] } },
      orderBy: newestFirst,
      select: source,
    })) ?? (await tx.courseRun.findFirst({ where: { courseId }, orderBy: newestFirst, select: source }));
  const contents: Partial<Record<PlanElementKind, string>> = Object.fromEntries(
    (run?.plan ?? []).map((element) => [element.kind, element.content]),
  );
  return { runId: run?.id ?? null, contents };
}
