import { type EvaluationMeeting, evaluationMeetingSchema } from "@sidestilt/domain/evaluation-meeting.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const meetingQueryKey = (runId: string) => ["runs", "evaluation-meeting", runId] as const;

/**
 * The evaluation meeting's record (its `version` is 0 until first saved), the revision proposals and
 * the later runs still in planning that accepted proposals can go into.
 */
export async function getMeeting(runId: string, signal?: AbortSignal): Promise<EvaluationMeeting> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/evaluation-meeting`, evaluationMeetingSchema, {
    signal,
  });
}

export function meetingQueryOptions(runId: string) {
  return queryOptions({ queryKey: meetingQueryKey(runId), queryFn: ({ signal }) => getMeeting(runId, signal) });
}

export function useMeeting(runId: string) {
  return useQuery(meetingQueryOptions(runId));
}
