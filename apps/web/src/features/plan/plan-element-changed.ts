import type { Plan, PlanElement } from "@sidestilt/domain/plan.schema";
import type { QueryClient } from "@tanstack/react-query";
import { planQueryKey } from "./get-plan.ts";
import { planRevisionsQueryKey } from "./get-plan-revisions.ts";

/** The ETag of an element's version, as the API sends it and expects it back in If-Match. */
export const versionTag = (version: number): string => `"${version}"`;

/**
 * After a write that answered with the element: put it in the cached plan at once, and refresh what
 * the write changed elsewhere: the run's version (signatures given on the old one no longer count), the
 * sign-off and the contribution balance, the element's history, and the audit log.
 */
export function planElementChanged(queryClient: QueryClient, runId: string, element: PlanElement): void {
  queryClient.setQueryData<Plan>(planQueryKey(runId), (plan) =>
    plan
      ? { ...plan, elements: plan.elements.map((candidate) => (candidate.id === element.id ? element : candidate)) }
      : plan,
  );
  void queryClient.invalidateQueries({ queryKey: ["runs"] });
  void queryClient.invalidateQueries({ queryKey: ["courses"] });
  void queryClient.invalidateQueries({ queryKey: planRevisionsQueryKey(element.id) });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}

/** After someone else's change was found (412): show what is stored now in the plan and the history. */
export function planElementStale(queryClient: QueryClient, runId: string, elementId: string): void {
  void queryClient.invalidateQueries({ queryKey: planQueryKey(runId) });
  void queryClient.invalidateQueries({ queryKey: planRevisionsQueryKey(elementId) });
}
