import { type PlanElement, planElementSchema } from "@sidestilt/domain/plan.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { planElementChanged, planElementStale, versionTag } from "./plan-element-changed.ts";

export type UpdatePlanElement = {
  runId: string;
  elementId: string;
  /** The version the text was written on: 412 (with what is stored now) when someone saved since. */
  version: number;
  content: string;
};

/** Saves an element's text with If-Match; every working-group member may, with the same rights. */
export async function updatePlanElement({ elementId, version, content }: UpdatePlanElement): Promise<PlanElement> {
  return apiRequest(`/api/plan-elements/${encodeURIComponent(elementId)}`, planElementSchema, {
    method: "PUT",
    body: { content },
    ifMatch: versionTag(version),
  });
}

export function useUpdatePlanElement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlanElement,
    onSuccess: (element, { runId }) => planElementChanged(queryClient, runId, element),
    onError: (error, { runId, elementId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") {
        planElementStale(queryClient, runId, elementId);
      }
    },
  });
}
