import { type EvaluationFormKind, evaluationFormKindSchema } from "@sidestilt/domain/evaluation-form.schema";
import { type RunComparisonView, runComparisonSchema } from "@sidestilt/domain/evaluation-results.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** The kind of form compared, from the page's `?kind=`: the course evaluation unless another is named. */
export function comparisonKindOf(search: URLSearchParams): EvaluationFormKind {
  return evaluationFormKindSchema.catch("COURSE_EVALUATION").parse(search.get("kind"));
}

/** The course's runs' results of one kind of form side by side, oldest run first (no free text). */
export async function getComparison(
  courseId: string,
  kind: EvaluationFormKind,
  signal?: AbortSignal,
): Promise<RunComparisonView> {
  return apiRequest(
    `/api/courses/${encodeURIComponent(courseId)}/evaluation-comparison?${new URLSearchParams({ kind }).toString()}`,
    runComparisonSchema,
    { signal },
  );
}

export function comparisonQueryOptions(courseId: string, kind: EvaluationFormKind) {
  return queryOptions({
    queryKey: ["courses", "evaluation-comparison", courseId, kind] as const,
    queryFn: ({ signal }) => getComparison(courseId, kind, signal),
  });
}

export function useComparison(courseId: string, kind: EvaluationFormKind) {
  return useQuery(comparisonQueryOptions(courseId, kind));
}
