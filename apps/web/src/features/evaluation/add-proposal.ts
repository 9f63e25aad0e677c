import {
  type RevisionProposal,
  type RevisionProposalInput,
  revisionProposalSchema,
} from "@sidestilt/domain/evaluation-meeting.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { meetingQueryKey } from "./get-meeting.ts";

type AddProposal = { runId: string; input: RevisionProposalInput };

/** Proposes a new text for one plan element from a finding; a retry with the same key creates it once. */
export async function addProposal({ runId, input }: AddProposal, idempotencyKey?: string): Promise<RevisionProposal> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/revision-proposals`, revisionProposalSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useAddProposal() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (proposal: AddProposal) => addProposal(proposal, keys.keyFor(proposal)),
    onSettled: (_proposal, error) => keys.settle(error),
    onSuccess: (_proposal, { runId }) => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: ["courses", "evaluation-chain"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
