import { type CourseCopy, type CourseDetail, courseDetailSchema } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { courseQueryKey } from "./get-course.ts";

/**
 * Copies a course to units the viewer coordinates: the copy gets the course's facts and, with a first
 * run, the source's latest signed plan. The viewer becomes the copy's coordinator.
 */
export async function copyCourse(
  courseId: string,
  input: CourseCopy,
  idempotencyKey?: string,
): Promise<Versioned<CourseDetail>> {
  return apiRequestVersioned(`/api/courses/${encodeURIComponent(courseId)}/copy`, courseDetailSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useCopyCourse(courseId: string) {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: CourseCopy) => copyCourse(courseId, input, keys.keyFor({ courseId, input })),
    onSettled: (_copy, error) => keys.settle(error),
    onSuccess: (copy) => {
      queryClient.setQueryData(courseQueryKey(copy.data.id), copy);
      void queryClient.invalidateQueries({ queryKey: ["courses", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
