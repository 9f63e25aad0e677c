import { type ProgrammeSession, programmeSessionSchema, type SessionChanges } from "@sidestilt/domain/programme.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { etagOf, programmeChanged } from "./programme-changed.ts";

type UpdateSession = { runId: string; sessionId: string; version: number; input: SessionChanges };

/** Changes a session's date, hours or place; 412 with the saved session when it changed since `version`. */
export async function updateSession({ sessionId, version, input }: UpdateSession): Promise<ProgrammeSession> {
  return apiRequest(`/api/programme-sessions/${encodeURIComponent(sessionId)}`, programmeSessionSchema, {
    method: "PUT",
    body: input,
    ifMatch: etagOf(version),
  });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSession,
    onSuccess: (_session, { runId }) => programmeChanged(queryClient, runId),
    onError: (error, { runId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") programmeChanged(queryClient, runId);
    },
  });
}
