import type { QueryClient } from "@tanstack/react-query";
import { programmeQueryKey } from "./get-programme.ts";

/**
 * After any change to the programme: every change bumps the run's version, so the run (its ETag) and
 * its sign-off (signatures on the old version no longer count) are out of date too, the course's
 * contribution balance counts programme items and presentations, and an audit row was written.
 */
export function programmeChanged(queryClient: QueryClient, runId: string): void {
  void queryClient.invalidateQueries({ queryKey: programmeQueryKey(runId) });
  void queryClient.invalidateQueries({ queryKey: ["runs", "detail", runId] });
  void queryClient.invalidateQueries({ queryKey: ["runs", "sign-off", runId] });
  void queryClient.invalidateQueries({ queryKey: ["courses", "contributions"] });
  void queryClient.invalidateQueries({ queryKey: ["audit"] });
}

/** The ETag of a session's or item's version, as the API sends and expects it. */
export const etagOf = (version: number): string => `"${version}"`;
