import { type AuditList, auditListSchema } from "@sidestilt/domain/audit.schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const auditPageSize = 50;

/** The filters of a unit's audit log, as they stand in the page's URL (absent = not filtered). */
export type AuditFilters = { action?: string; objectType?: string; from?: string; to?: string };
export const auditFilterNames = ["action", "objectType", "from", "to"] as const;

/** Reads the filters from search params, dropping empty ones so that equal filters share a cache entry. */
export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of auditFilterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

export async function getUnitAudit(
  unitId: string,
  filters: AuditFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditList> {
  const params = new URLSearchParams({ unitId, ...filters, limit: String(auditPageSize) });
  if (cursor) params.set("cursor", cursor);
  return apiRequest(`/api/audit?${params}`, auditListSchema, { signal });
}

export function unitAuditQueryOptions(unitId: string, filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["audit", "unit", unitId, filters] as const,
    queryFn: ({ pageParam, signal }) => getUnitAudit(unitId, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useUnitAudit(unitId: string, filters: AuditFilters) {
  return useInfiniteQuery(unitAuditQueryOptions(unitId, filters));
}
