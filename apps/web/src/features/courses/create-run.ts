import { type RunChanges, type RunDetail, runDetailSchema } from "@sidestilt/domain/course.schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { courseQueryKey } from "./get-course.ts";

type CreateRun = { courseId: string; input: RunChanges };

/** Adds a run to a course; its plan starts as a copy of the latest run's plan (empty for the first run). */
export async function createRun({ courseId, input }: CreateRun, idempotencyKey?: string): Promise<RunDetail> {
  return apiRequest(`/api/courses/${encodeURIComponent(courseId)}/runs`, runDetailSchema, {
    method: "POST",
    body: input,
    idempotencyKey,
  });
}

export function useCreateRun() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKey();
  return useMutation({
    mutationFn: (run: CreateRun) => createRun(run, keys.keyFor(run)),
    onSettled: (_run, error) => keys.settle(error),
    onSuccess: (_run, { courseId }) => {
      void queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
      void queryClient.invalidateQueries({ queryKey: ["courses", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}
