import {
  type EvaluationMeeting,
  type EvaluationMeetingInput,
  evaluationMeetingSchema,
} from "@sidestilt/domain/evaluation-meeting.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { meetingQueryKey } from "./get-meeting.ts";

type SaveMeeting = { runId: string; version: number; input: EvaluationMeetingInput };

/** Saves the meeting's record with If-Match: the version the person started from (0 the first time). */
export async function saveMeeting({ runId, version, input }: SaveMeeting): Promise<EvaluationMeeting> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/evaluation-meeting`, evaluationMeetingSchema, {
    method: "PUT",
    body: input,
    ifMatch: `"${version}"`,
  });
}

/** What a 412 answer's `current` holds: the stored record (its date as a timestamp) and its version. */
const storedMeetingSchema = z.object({
  version: z.number().int(),
  heldOn: z
    .string()
    .nullable()
    .default(null)
    .transform((value) => (value ? value.slice(0, 10) : null)),
  whatWorked: z.string().default(""),
  whatToChange: z.string().default(""),
  collaboration: z.string().default(""),
});
export type StoredMeeting = z.infer<typeof storedMeetingSchema>;

/** The stored record from a `precondition_failed` answer; null for any other error. */
export function storedMeetingOf(error: unknown): StoredMeeting | null {
  if (!(error instanceof ApiError) || error.code !== "precondition_failed") return null;
  return storedMeetingSchema.safeParse(error.problem.current).data ?? null;
}

export function useSaveMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMeeting,
    onSuccess: (meeting, { runId }) => {
      queryClient.setQueryData(meetingQueryKey(runId), meeting);
      void queryClient.invalidateQueries({ queryKey: ["courses", "evaluation-chain"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (error, { runId }) => {
      // Someone saved first: fetch who did it (the last edit) while the person decides.
      if (error instanceof ApiError && error.code === "precondition_failed") {
        void queryClient.invalidateQueries({ queryKey: meetingQueryKey(runId) });
      }
    },
  });
}
