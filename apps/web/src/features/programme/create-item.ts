import { type ItemChanges, type ProgrammeItem, programmeItemSchema } from "@sidestilt/domain/programme.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { programmeChanged } from "./programme-changed.ts";

type CreateItem = { runId: string; sessionId: string; input: ItemChanges };

/**
 * Adds an item at the end of a session. A new item overwrites nothing, so the API takes no If-Match
 * here; presenters must be current members of the course's working group.
 */
export async function createItem({ sessionId, input }: CreateItem, idempotencyKey?: string): Promise<ProgrammeItem> {
  return apiRequest(`/api/programme-sessions/${encodeURIComponent(sessionId)}/items`, programmeItemSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (item: CreateItem) => createItem(item, keys.keyFor(item)),
    onSettled: (_item, error) => keys.settle(error),
    onSuccess: (_item, { runId }) => programmeChanged(queryClient, runId),
  });
}
