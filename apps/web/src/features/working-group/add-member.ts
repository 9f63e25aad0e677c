import { type NewMember, type WorkingGroup, workingGroupSchema } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { workingGroupQueryKey } from "./get-working-group.ts";
import { workingGroupChanged } from "./working-group-changed.ts";

type AddMember = { courseId: string; input: NewMember };

/** Adds a person to the working group in a role; 409 `already_member` when they already have that role. */
export async function addMember({ courseId, input }: AddMember): Promise<WorkingGroup> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/working-group`, workingGroupSchema, {
    method: "POST",
    body: input,
  });
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSuccess: (group, { courseId }) => {
      queryClient.setQueryData(workingGroupQueryKey(courseId), group);
      workingGroupChanged(queryClient, courseId);
    },
  });
}
