import { type Invitation, invitationListSchema } from "@sidestilt/domain/invitation.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const invitationsQueryKey = (unitId: string) => ["invitations", "unit", unitId] as const;

/** A unit's invitations with their status (its coordinators). */
export async function getInvitations(unitId: string, signal?: AbortSignal): Promise<Invitation[]> {
  const path = `/api/units/${encodeURIComponent(unitId)}/invitations`;
  return (await apiRequest(path, invitationListSchema, { signal })).items;
}

export function invitationsQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: invitationsQueryKey(unitId),
    queryFn: ({ signal }) => getInvitations(unitId, signal),
  });
}

export function useInvitations(unitId: string) {
  return useQuery(invitationsQueryOptions(unitId));
}
