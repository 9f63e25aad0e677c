import type { QueryClient } from "@tanstack/react-query";
import { enrolmentQueryKey } from "./get-enrolment.ts";
import { registrationsQueryKey } from "./get-registrations.ts";

/** After a change to a run's participants: the lists, the counts and the audit log are out of date. */
export function registrationsChanged(queryClient: QueryClient, runId: string): void {
  void queryClient.invalidateQueries({ queryKey: registrationsQueryKey(runId) });
  void queryClient.invalidateQueries({ queryKey: enrolmentQueryKey(runId) });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}
