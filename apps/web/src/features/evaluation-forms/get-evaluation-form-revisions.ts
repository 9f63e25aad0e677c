import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import {
  type EvaluationFormRevision,
  type EvaluationFormRevisionList,
  evaluationFormRevisionListSchema,
  evaluationFormRevisionSchema,
} from "@sidestilt/domain/evaluation-forms-api.schema";
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

const revisionPageSize = 10;

const formPath = (courseId: string, kind: EvaluationFormKind) =>
  `/api/courses/${encodeURIComponent(courseId)}/evaluation-forms/${encodeURIComponent(kind)}`;

export const evaluationFormRevisionsQueryKey = (courseId: string, kind: EvaluationFormKind) =>
  ["courses", "evaluation-form-revisions", courseId, kind] as const;

/** One page of a form's saved versions, newest first, each with its author and whether both roles signed it. */
export async function getEvaluationFormRevisions(
  courseId: string,
  kind: EvaluationFormKind,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<EvaluationFormRevisionList> {
  const params = new URLSearchParams({ limit: String(revisionPageSize) });
  if (cursor) params.set("cursor", cursor);
  return apiRequest(`${formPath(courseId, kind)}/revisions?${params}`, evaluationFormRevisionListSchema, { signal });
}

export function evaluationFormRevisionsQueryOptions(courseId: string, kind: EvaluationFormKind) {
  return infiniteQueryOptions({
    queryKey: evaluationFormRevisionsQueryKey(courseId, kind),
    queryFn: ({ pageParam, signal }) => getEvaluationFormRevisions(courseId, kind, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useEvaluationFormRevisions(courseId: string, kind: EvaluationFormKind) {
  return useInfiniteQuery(evaluationFormRevisionsQueryOptions(courseId, kind));
}

/** One saved version with its questions. */
export async function getEvaluationFormRevision(
  courseId: string,
  kind: EvaluationFormKind,
  version: number,
  signal?: AbortSignal,
): Promise<EvaluationFormRevision> {
  return apiRequest(`${formPath(courseId, kind)}/revisions/${version}`, evaluationFormRevisionSchema, { signal });
}

export function useEvaluationFormRevision(courseId: string, kind: EvaluationFormKind, version: number) {
  return useQuery(
    queryOptions({
      queryKey: [...evaluationFormRevisionsQueryKey(courseId, kind), version] as const,
      queryFn: ({ signal }) => getEvaluationFormRevision(courseId, kind, version, signal),
      // A saved version never changes; only whether it counts as co-signed may (the list shows that).
      staleTime: Number.POSITIVE_INFINITY,
    }),
  );
}
