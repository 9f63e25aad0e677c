import { type EvaluationChain, evaluationChainSchema } from "@sidestilt/domain/evaluation-meeting.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const evaluationChainQueryKey = (courseId: string) => ["courses", "evaluation-chain", courseId] as const;

/** The course's quality cycle run by run: collections, meeting, proposals and where they were taken in. */
export async function getEvaluationChain(courseId: string, signal?: AbortSignal): Promise<EvaluationChain> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/evaluation-chain`, evaluationChainSchema, {
    signal,
  });
}

export function evaluationChainQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: evaluationChainQueryKey(courseId),
    queryFn: ({ signal }) => getEvaluationChain(courseId, signal),
  });
}

export function useEvaluationChain(courseId: string) {
  return useQuery(evaluationChainQueryOptions(courseId));
}
