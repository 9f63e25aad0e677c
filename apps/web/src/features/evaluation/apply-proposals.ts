import { appliedProposalsSchema } from "@sidestilt/domain/evaluation-meeting.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";
import { meetingQueryKey } from "./get-meeting.ts";

type ApplyProposals = { runId: string; targetRunId: string };
export type AppliedProposals = z.infer<typeof appliedProposalsSchema>;

/**
 * Writes every accepted proposal not yet taken in into a later run's plan, all or nothing. Taking them
 * in twice is impossible (each is marked with its run), so no Idempotency-Key is needed.
 */
export async function applyProposals({ runId, targetRunId }: ApplyProposals): Promise<AppliedProposals> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/revision-proposals/apply`, appliedProposalsSchema, {
    method: "POST",
    body: { targetRunId },
  });
}

export function useApplyProposals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyProposals,
    onSettled: (_applied, _error, { runId, targetRunId }) => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(runId) });
      // The later run's plan, programme version and sign-off all changed.
      void queryClient.invalidateQueries({
        queryKey: ["runs"],
        predicate: (query) => query.queryKey[2] === targetRunId,
      });
      void queryClient.invalidateQueries({ queryKey: ["plan-elements"] });
      void queryClient.invalidateQueries({ queryKey: ["courses"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
