import { type AuditList, auditListSchema, type historyObjectTypeSchema } from "@sidestilt/domain/audit.schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

export type HistoryObjectType = z.infer<typeof historyObjectTypeSchema>;
const historyPageSize = 25;

/** The change history of one object (anyone who may see the object). */
export async function getObjectHistory(
  objectType: HistoryObjectType,
  objectId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditList> {
  const params = new URLSearchParams({ limit: String(historyPageSize) });
  if (cursor) params.set("cursor", cursor);
  const path = `/api/audit/history/${objectType}/${encodeURIComponent(objectId)}?${params}`;
  return apiRequest(path, auditListSchema, { signal });
}

export function objectHistoryQueryOptions(objectType: HistoryObjectType, objectId: string) {
  return infiniteQueryOptions({
    queryKey: ["audit", "history", objectType, objectId] as const,
    queryFn: ({ pageParam, signal }) => getObjectHistory(objectType, objectId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useObjectHistory(objectType: HistoryObjectType, objectId: string) {
  return useInfiniteQuery(objectHistoryQueryOptions(objectType, objectId));
}
