import type { QueryClient } from "@tanstack/react-query";
import { workingGroupQueryKey } from "./get-working-group.ts";

/**
 * After the group changed: the group itself, the course (its detail lists current members), the runs
 * (a change bumps open runs' versions, so earlier signatures no longer count) and the audit log.
 */
export function workingGroupChanged(queryClient: QueryClient, courseId: string): void {
  void queryClient.invalidateQueries({ queryKey: workingGroupQueryKey(courseId) });
  void queryClient.invalidateQueries({ queryKey: ["courses", "detail", courseId] });
  void queryClient.invalidateQueries({ queryKey: ["runs"] });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}
