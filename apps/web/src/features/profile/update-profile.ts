import { type ProfileInput, profileSchema } from "@sidestilt/domain/person.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequestVersioned } from "../../lib/api-client.ts";
import { profileQueryKey, toVersioned, type VersionedProfile } from "./get-profile.ts";

export type ProfileUpdate = { input: ProfileInput; etag: string };

/** Saves name, phone and language; 412 `precondition_failed` when the profile changed since `etag`. */
export async function updateProfile({ input, etag }: ProfileUpdate): Promise<VersionedProfile> {
  const { data, etag: next } = await apiRequestVersioned("/api/me", profileSchema, {
    method: "PUT",
    body: input,
    ifMatch: etag,
  });
  return toVersioned(data, next);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (saved) => queryClient.setQueryData(profileQueryKey, saved),
  });
}
