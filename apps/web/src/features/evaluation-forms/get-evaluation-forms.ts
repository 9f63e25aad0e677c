import { type EvaluationForms, evaluationFormsSchema } from "@sidestilt/domain/evaluation-forms-api.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Under the course's keys: a course change (its working group) changes whose signatures count. */
export const evaluationFormsQueryKey = (courseId: string) => ["courses", "evaluation-forms", courseId] as const;

/**
 * The course's two evaluation forms, each as its draft (the bank's defaults at version 0 until the
 * first save), the signatures that count on it, its signed version and the viewer's abilities. The
 * API has no route for one form: the builder reads its kind from this list.
 */
export async function getEvaluationForms(courseId: string, signal?: AbortSignal): Promise<EvaluationForms> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/evaluation-forms`, evaluationFormsSchema, {
    signal,
  });
}

export function evaluationFormsQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: evaluationFormsQueryKey(courseId),
    queryFn: ({ signal }) => getEvaluationForms(courseId, signal),
  });
}

export function useEvaluationForms(courseId: string) {
  return useQuery(evaluationFormsQueryOptions(courseId));
}
