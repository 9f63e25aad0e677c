import { type Comment, commentSchema, type NewComment } from "@sidestilt/domain/plan.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { planQueryKey } from "./get-plan.ts";
import { planThreadQueryKey } from "./get-plan-thread.ts";

export type AddPlanComment = { runId: string; elementId: string; input: NewComment };

/** Adds a comment to an element's discussion (not a change to the plan: signatures stand). */
export async function addPlanComment({ elementId, input }: AddPlanComment): Promise<Comment> {
  return apiRequest(`/api/plan-elements/${encodeURIComponent(elementId)}/comments`, commentSchema, {
    method: "POST",
    body: input,
  });
}

export function useAddPlanComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPlanComment,
    onSuccess: (_comment, { runId, elementId }) => {
      void queryClient.invalidateQueries({ queryKey: planThreadQueryKey(elementId) });
      // The plan shows each element's number of comments.
      void queryClient.invalidateQueries({ queryKey: planQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
