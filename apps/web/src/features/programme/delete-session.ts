import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { etagOf, programmeChanged } from "./programme-changed.ts";

type DeleteSession = { runId: string; sessionId: string; version: number };

/** Deletes a session with its items; 412 when someone changed it since `version`. */
export async function deleteSession({ sessionId, version }: DeleteSession): Promise<void> {
  await apiSend(`/api/programme-sessions/${encodeURIComponent(sessionId)}`, {
    method: "DELETE",
    ifMatch: etagOf(version),
  });
}

export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: (_nothing, { runId }) => programmeChanged(queryClient, runId),
    onError: (error, { runId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") programmeChanged(queryClient, runId);
    },
  });
}
