import type { RunPhase } from "@sidestilt/domain/phase";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { signOffQueryKey } from "./get-sign-off.ts";

type WithdrawSignature = { runId: string; targetPhase: RunPhase };

/** Withdraws one's own signature for a step on the run's current version. */
export async function withdrawSignature({ runId, targetPhase }: WithdrawSignature): Promise<void> {
  await apiSend(`/api/runs/${encodeURIComponent(runId)}/signatures/${encodeURIComponent(targetPhase)}`, {
    method: "DELETE",
  });
}

export function useWithdrawSignature() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawSignature,
    onSuccess: (_nothing, { runId }) => {
      void queryClient.invalidateQueries({ queryKey: signOffQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
