import {
  type ProposalStatus,
  type RevisionProposal,
  revisionProposalSchema,
} from "@sidestilt/domain/evaluation-meeting.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { meetingQueryKey } from "./get-meeting.ts";

type DecideProposal = { runId: string; proposalId: string; version: number; status: ProposalStatus };

/** Accepts, rejects or reopens a proposal (If-Match: the proposal's version). */
export async function decideProposal({ proposalId, version, status }: DecideProposal): Promise<RevisionProposal> {
  return apiRequest(`/api/revision-proposals/${encodeURIComponent(proposalId)}/decision`, revisionProposalSchema, {
    method: "POST",
    body: { status },
    ifMatch: `"${version}"`,
  });
}

export function useDecideProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideProposal,
    // Refetched on success and on failure alike: a 412 or 409 means the list the person read is old.
    onSettled: (_proposal, _error, { runId }) => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: ["courses", "evaluation-chain"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
