import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

const resetLinkSchema = z.object({ link: z.url() });

/** A one-time link to set a new password, for a coordinator to pass on to someone without email. */
export async function createPasswordResetLink(personId: string): Promise<string> {
  const answer = await apiRequest(`/api/people/${encodeURIComponent(personId)}/password-reset-link`, resetLinkSchema, {
    method: "POST",
  });
  return answer.link;
}

export function useCreatePasswordResetLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPasswordResetLink,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["audit"] }),
  });
}
