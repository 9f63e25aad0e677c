import {
  type Attendance,
  type AttendanceMark,
  type RecordedAttendance,
  recordedAttendanceSchema,
} from "@sidestilt/domain/attendance.schema";
import { type QueryClient, useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { createIdempotencyKeys, type IdempotencyKeys } from "../../lib/use-idempotency-key.ts";
import { attendanceQueryKey, attendanceSummaryQueryKey } from "./get-attendance.ts";

/**
 * One tap on a participant's row: marked present or not at a session. Each tap has its own
 * Idempotency-Key, kept when the tap is retried after an answer that never came (the keys settle).
 */
export type Tap = {
  runId: string;
  sessionId: string;
  registrationId: string;
  present: boolean;
  keys: IdempotencyKeys;
};

export const newTap = (tap: Omit<Tap, "keys">): Tap => ({ ...tap, keys: createIdempotencyKeys() });

const recordKey = (runId: string) => ["attendance", "record", runId] as const;
const sessionRecordKey = (runId: string, sessionId: string) => [...recordKey(runId), sessionId] as const;

/** Saves one tap (PUT, one entry); the answer holds the saved mark. */
export async function recordAttendance(tap: Tap): Promise<RecordedAttendance> {
  return apiRequest(`/api/sessions/${encodeURIComponent(tap.sessionId)}/attendance`, recordedAttendanceSchema, {
    method: "PUT",
    body: { entries: [{ registrationId: tap.registrationId, present: tap.present }] },
    idempotencyKey: tap.keys.keyFor(tap.present),
  });
}

/** Puts saved marks into the cached list, replacing the earlier mark of the same participant and session. */
function mergeMarks(queryClient: QueryClient, runId: string, saved: readonly AttendanceMark[]) {
  queryClient.setQueryData<Attendance>(attendanceQueryKey(runId), (current) => {
    if (!current) return current;
    const key = (mark: AttendanceMark) => `${mark.registrationId}:${mark.sessionId}`;
    const replaced = new Set(saved.map(key));
    return { ...current, marks: [...current.marks.filter((mark) => !replaced.has(key(mark))), ...saved] };
  });
}

/**
 * Saving a row's taps. The taps of one row run one after the other (the mutation scope), so the last
 * tap wins on the server as on the screen; rows do not wait for each other. When the last save of the
 * run has settled, the list is fetched again (other leaders may be recording too).
 */
export function useRecordAttendance(runId: string, sessionId: string, registrationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: sessionRecordKey(runId, sessionId),
    scope: { id: `attendance:${sessionId}:${registrationId}` },
    mutationFn: recordAttendance,
    onMutate: async () => {
      // A fetch that started before this save must not overwrite it with older marks.
      await queryClient.cancelQueries({ queryKey: attendanceQueryKey(runId) });
    },
    onSuccess: (recorded, tap) => {
      tap.keys.settle(null);
      mergeMarks(queryClient, runId, recorded.marks);
    },
    onError: (error, tap) => tap.keys.settle(error),
    onSettled: () => {
      // This save is still counted as running while it settles.
      if (queryClient.isMutating({ mutationKey: recordKey(runId) }) <= 1) {
        void queryClient.invalidateQueries({ queryKey: attendanceQueryKey(runId) });
        void queryClient.invalidateQueries({ queryKey: attendanceSummaryQueryKey(runId) });
      }
      void queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}

/** The taps of a session still being saved: the last one per participant (shown at once, counted at once). */
export function usePendingTaps(runId: string, sessionId: string): ReadonlyMap<string, boolean> {
  const taps = useMutationState({
    filters: { mutationKey: sessionRecordKey(runId, sessionId), status: "pending" },
    select: (mutation) => mutation.state.variables as Tap | undefined,
  });
  const pending = new Map<string, boolean>();
  for (const tap of taps) if (tap) pending.set(tap.registrationId, tap.present);
  return pending;
}
