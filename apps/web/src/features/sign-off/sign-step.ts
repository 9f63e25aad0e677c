import type { RunPhase } from "@sidestilt/domain/phase";
import { type SignOff, signOffSchema } from "@sidestilt/domain/sign-off.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { signOffQueryKey } from "./get-sign-off.ts";

type SignStep = { runId: string; targetPhase: RunPhase; version: number };

/**
 * Signs the step to `targetPhase` on `version`, the run version the person has read; 409
 * `signature_stale` when the plan or programme changed since (the answer's `current.version`).
 */
export async function signStep({ runId, targetPhase, version }: SignStep): Promise<SignOff> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/signatures`, signOffSchema, {
    method: "POST",
    body: { targetPhase, version },
  });
}

export function useSignStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signStep,
    onSuccess: (signOff, { runId }) => {
      queryClient.setQueryData(signOffQueryKey(runId), signOff);
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (error, { runId }) => {
      // Someone changed the run since it was read: load what is current, so the person reads it and signs that.
      if (error instanceof ApiError && error.code === "signature_stale") {
        void queryClient.invalidateQueries({ queryKey: signOffQueryKey(runId) });
      }
    },
  });
}
