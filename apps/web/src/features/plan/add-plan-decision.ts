import { type Decision, decisionSchema, type NewDecision } from "@sidestilt/domain/plan.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { planQueryKey } from "./get-plan.ts";
import { planThreadQueryKey } from "./get-plan-thread.ts";

export type AddPlanDecision = { runId: string; elementId: string; input: NewDecision };

/** Records a decision the working group reached on an element, attributed to the one who records it. */
export async function addPlanDecision({ elementId, input }: AddPlanDecision): Promise<Decision> {
  return apiRequest(`/api/plan-elements/${encodeURIComponent(elementId)}/decisions`, decisionSchema, {
    method: "POST",
    body: input,
  });
}

export function useAddPlanDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPlanDecision,
    onSuccess: (_decision, { runId, elementId }) => {
      void queryClient.invalidateQueries({ queryKey: planThreadQueryKey(elementId) });
      void queryClient.invalidateQueries({ queryKey: planQueryKey(runId) });
      // Decisions count in the contribution balance by role.
      void queryClient.invalidateQueries({ queryKey: ["runs"] });
      void queryClient.invalidateQueries({ queryKey: ["courses"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
