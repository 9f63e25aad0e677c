import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../lib/api-client.ts";
import { workingGroupChanged } from "./working-group-changed.ts";

type RemoveMember = { memberId: string; courseId: string };

/** Ends a membership of the working group; the row stays (as a former member), so the history does too. */
export async function removeMember({ memberId }: RemoveMember): Promise<void> {
  await apiSend(`/api/working-group-members/${encodeURIComponent(memberId)}`, { method: "DELETE" });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_nothing, { courseId }) => workingGroupChanged(queryClient, courseId),
  });
}
