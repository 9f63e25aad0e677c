import type { RunPhase } from "@sidestilt/domain/phase";
import { type SignOff, signOffSchema } from "@sidestilt/domain/sign-off.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { signOffQueryKey } from "./get-sign-off.ts";

type SetChecklistTick = { runId: string; phase: RunPhase; itemKey: string; ticked: boolean };

/** Ticks (PUT) or unticks (DELETE) a Standard metode checklist item; answers with the whole sign-off. */
export async function setChecklistTick({ runId, phase, itemKey, ticked }: SetChecklistTick): Promise<SignOff> {
  const path = `/api/runs/${encodeURIComponent(runId)}/checklist/${encodeURIComponent(phase)}/${encodeURIComponent(itemKey)}`;
  return apiRequest(path, signOffSchema, { method: ticked ? "PUT" : "DELETE" });
}

export function useSetChecklistTick() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setChecklistTick,
    onSuccess: (signOff, { runId }) => {
      queryClient.setQueryData(signOffQueryKey(runId), signOff);
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
