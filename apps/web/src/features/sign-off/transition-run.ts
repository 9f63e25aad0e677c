import type { RunPhase } from "@sidestilt/domain/phase";
import { type SignOff, signOffSchema, transitionBlockerSchema } from "@sidestilt/domain/sign-off.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { signOffQueryKey } from "./get-sign-off.ts";

type TransitionRun = { runId: string; targetPhase: RunPhase };

/** Moves the run to the next phase, or cancels it; 409 `transition_blocked` with the blockers in `current`. */
export async function transitionRun({ runId, targetPhase }: TransitionRun): Promise<SignOff> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/transitions`, signOffSchema, {
    method: "POST",
    body: { targetPhase },
  });
}

const blockedSchema = z.object({ blockers: z.array(transitionBlockerSchema) });

/** The blockers a refused step answered with (empty for any other error). */
export function blockersOf(error: unknown): z.infer<typeof transitionBlockerSchema>[] {
  if (!(error instanceof ApiError) || error.code !== "transition_blocked") return [];
  return blockedSchema.safeParse(error.problem.current).data?.blockers ?? [];
}

/**
 * After a phase change, everything about the run may read differently: its phase (the run query, for
 * the layout's summary), whether its plan and programme can still be edited, the course's runs; and an
 * audit row was written. The sign-off itself is the answer.
 */
export function useTransitionRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionRun,
    onSuccess: (signOff, { runId }) => {
      queryClient.setQueryData(signOffQueryKey(runId), signOff);
      void queryClient.invalidateQueries({
        queryKey: ["runs"],
        predicate: (query) => query.queryKey[1] !== "sign-off" || query.queryKey[2] !== runId,
      });
      void queryClient.invalidateQueries({ queryKey: ["courses"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (error, { runId }) => {
      if (error instanceof ApiError && error.code === "transition_blocked") {
        void queryClient.invalidateQueries({ queryKey: signOffQueryKey(runId) });
      }
    },
  });
}
