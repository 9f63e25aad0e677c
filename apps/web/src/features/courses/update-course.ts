import { type CourseChanges, type CourseDetail, courseDetailSchema } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";
import { ApiError } from "../../lib/api-error.ts";
import { courseQueryKey } from "./get-course.ts";

type UpdateCourse = { courseId: string; etag: string | null; input: CourseChanges };

/** Saves a course's facts with the ETag that was read: 412 when someone else saved in between. */
export async function updateCourse({ courseId, etag, input }: UpdateCourse): Promise<Versioned<CourseDetail>> {
  return apiRequestVersioned(`/api/courses/${encodeURIComponent(courseId)}`, courseDetailSchema, {
    method: "PUT",
    body: input,
    ifMatch: etag ?? undefined,
  });
}

export function useUpdateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCourse,
    onSuccess: (saved, { courseId }) => {
      queryClient.setQueryData(courseQueryKey(courseId), saved);
      void queryClient.invalidateQueries({ queryKey: ["courses", "list"] });
      // The title shows on the run pages too.
      void queryClient.invalidateQueries({ queryKey: ["runs"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (error, { courseId }) => {
      // Stale: fetch what is saved now (and its ETag), so the form can show it beside the person's input.
      if (error instanceof ApiError && error.code === "precondition_failed") {
        void queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
      }
    },
  });
}
