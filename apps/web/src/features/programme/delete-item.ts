import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { etagOf, programmeChanged } from "./programme-changed.ts";

type DeleteItem = { runId: string; itemId: string; version: number };

/** Deletes an item (those after it move up); 412 when someone changed it since `version`. */
export async function deleteItem({ itemId, version }: DeleteItem): Promise<void> {
  await apiSend(`/api/programme-items/${encodeURIComponent(itemId)}`, { method: "DELETE", ifMatch: etagOf(version) });
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteItem,
    onSuccess: (_nothing, { runId }) => programmeChanged(queryClient, runId),
    onError: (error, { runId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") programmeChanged(queryClient, runId);
    },
  });
}
