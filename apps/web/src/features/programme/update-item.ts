import { type ItemChanges, type ProgrammeItem, programmeItemSchema } from "@sidestilt/domain/programme.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { etagOf, programmeChanged } from "./programme-changed.ts";

type UpdateItem = { runId: string; itemId: string; version: number; input: ItemChanges };

/**
 * Changes an item, or moves it (`input.position`, 1-based); 412 with the saved item when someone
 * changed it since `version`.
 */
export async function updateItem({ itemId, version, input }: UpdateItem): Promise<ProgrammeItem> {
  return apiRequest(`/api/programme-items/${encodeURIComponent(itemId)}`, programmeItemSchema, {
    method: "PUT",
    body: input,
    ifMatch: etagOf(version),
  });
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItem,
    onSuccess: (_item, { runId }) => programmeChanged(queryClient, runId),
    onError: (error, { runId }) => {
      if (error instanceof ApiError && error.code === "precondition_failed") programmeChanged(queryClient, runId);
    },
  });
}
