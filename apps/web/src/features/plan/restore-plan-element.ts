import { type PlanElement, planElementSchema } from "@sidestilt/domain/plan.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { planElementChanged, planElementStale, versionTag } from "./plan-element-changed.ts";

export type RestorePlanElement = {
  runId: string;
  elementId: string;
  /** The element's current version, sent as If-Match. */
  currentVersion: number;
  /** The earlier version whose text comes back (as a new revision: history is never rewritten). */
  version: number;
};

export async function restorePlanElement({
  elementId,
  currentVersion,
  version,
}: RestorePlanElement): Promise<PlanElement> {
  return apiRequest(`/api/plan-elements/${encodeURIComponent(elementId)}/restore`, planElementSchema, {
    method: "POST",
    body: { version },
    ifMatch: versionTag(currentVersion),
  });
}

export function useRestorePlanElement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restorePlanElement,
    onSuccess: (element, { runId }) => planElementChanged(queryClient, runId, element),
    onError: (error, { runId, elementId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") {
        planElementStale(queryClient, runId, elementId);
      }
    },
  });
}
