import { type Profile, profileSchema } from "@sidestilt/domain/person.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequestVersioned } from "../../lib/api-client.ts";

export const profileQueryKey = ["me", "profile"] as const;

/** The profile with the ETag to send back as If-Match when saving it. */
export type VersionedProfile = { profile: Profile; etag: string };

/** The API's ETag is the quoted version; the body's version stands in should a proxy drop the header. */
export function toVersioned(profile: Profile, etag: string | null): VersionedProfile {
  return { profile, etag: etag ?? `"${profile.version}"` };
}

export async function getProfile(signal?: AbortSignal): Promise<VersionedProfile> {
  const { data, etag } = await apiRequestVersioned("/api/me", profileSchema, { signal });
  return toVersioned(data, etag);
}

export function profileQueryOptions() {
  return queryOptions({ queryKey: profileQueryKey, queryFn: ({ signal }) => getProfile(signal) });
}

export function useProfile() {
  return useQuery(profileQueryOptions());
}
