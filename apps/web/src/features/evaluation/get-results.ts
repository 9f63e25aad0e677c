import { type EvaluationResultsView, evaluationResultsSchema } from "@sidestilt/domain/evaluation-results.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const resultsQueryKey = (collectionId: string, breakdown: string | null) =>
  ["evaluation-collections", "results", collectionId, breakdown ?? ""] as const;

const resultsPath = (collectionId: string) => `/api/evaluation-collections/${encodeURIComponent(collectionId)}/results`;

/**
 * A closed collection's results, broken down by a background question when one is given. 409
 * `results_unavailable` while it is open or fewer than five answered; 409 `breakdown_unavailable` when
 * the breakdown would have fewer than two groups of five.
 */
export async function getResults(
  collectionId: string,
  breakdown: string | null,
  signal?: AbortSignal,
): Promise<EvaluationResultsView> {
  const query = breakdown ? `?${new URLSearchParams({ breakdown }).toString()}` : "";
  return apiRequest(`${resultsPath(collectionId)}${query}`, evaluationResultsSchema, { signal });
}

export function resultsQueryOptions(collectionId: string, breakdown: string | null = null) {
  return queryOptions({
    queryKey: resultsQueryKey(collectionId, breakdown),
    queryFn: ({ signal }) => getResults(collectionId, breakdown, signal),
  });
}

/** The overall results, and the breakdown's as a second query (its refusal must not hide the first). */
export function useResults(collectionId: string, breakdown: string | null) {
  const overall = useQuery(resultsQueryOptions(collectionId));
  const brokenDown = useQuery({ ...resultsQueryOptions(collectionId, breakdown), enabled: breakdown !== null });
  return { overall, brokenDown };
}

/** The results as a file, in the UI's language, with the breakdown when one is shown. */
export function resultsDownloadHref(
  collectionId: string,
  format: "csv" | "xlsx",
  language: string,
  breakdown: string | null,
): string {
  const query = new URLSearchParams({ language });
  if (breakdown) query.set("breakdown", breakdown);
  return `${resultsPath(collectionId)}.${format}?${query.toString()}`;
}
