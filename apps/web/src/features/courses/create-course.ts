import { type CourseDetail, courseDetailSchema, type NewCourse } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequestVersioned, type Versioned } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { courseQueryKey } from "./get-course.ts";

/** Creates a course (optionally from a template and with a first run, whose plan gets the template's text). */
export async function createCourse(input: NewCourse, idempotencyKey?: string): Promise<Versioned<CourseDetail>> {
  return apiRequestVersioned("/api/courses", courseDetailSchema, { method: "POST", body: input, idempotencyKey });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: NewCourse) => createCourse(input, keys.keyFor(input)),
    onSettled: (_created, error) => keys.settle(error),
    onSuccess: (created) => {
      queryClient.setQueryData(courseQueryKey(created.data.id), created);
      void queryClient.invalidateQueries({ queryKey: ["courses", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
