import { type ProgrammeSession, programmeSessionSchema, type SessionChanges } from "@sidestilt/domain/programme.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { programmeChanged } from "./programme-changed.ts";

type CreateSession = { runId: string; input: SessionChanges };

/** Adds a session (samling) to the run's programme; the date must lie within the run. */
export async function createSession(
  { runId, input }: CreateSession,
  idempotencyKey?: string,
): Promise<ProgrammeSession> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/sessions`, programmeSessionSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (session: CreateSession) => createSession(session, keys.keyFor(session)),
    onSettled: (_session, error) => keys.settle(error),
    onSuccess: (_session, { runId }) => programmeChanged(queryClient, runId),
  });
}
