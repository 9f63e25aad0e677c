import { courseDetailSchema } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, apiSend } from "../../lib/api-client.ts";
import { courseQueryKey } from "./get-course.ts";

type CourseOwner = { courseId: string; unitId: string; owner: boolean };

/**
 * Adds (`owner: true`) a partner unit as co-owner of a course, or removes an owner unit. Removing the
 * last owner answers 409 `conflict`: a course always has at least one.
 */
export async function setCourseOwner({ courseId, unitId, owner }: CourseOwner): Promise<void> {
  const path = `/api/courses/${encodeURIComponent(courseId)}/owners/${encodeURIComponent(unitId)}`;
  // Adding answers with the course (read, to finish the response); removing answers 204.
  if (owner) await apiRequest(path, courseDetailSchema, { method: "PUT" });
  else await apiSend(path, { method: "DELETE" });
}

export function useSetCourseOwner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCourseOwner,
    onSuccess: (_nothing, { courseId }) => {
      // The answer carries no ETag: refetch the course rather than keep a body without its version.
      void queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
      void queryClient.invalidateQueries({ queryKey: ["courses", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
