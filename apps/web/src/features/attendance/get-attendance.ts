import {
  type Attendance,
  type AttendanceSummary,
  attendanceSchema,
  attendanceSummarySchema,
} from "@sidestilt/domain/attendance.schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const attendanceQueryKey = (runId: string) => ["runs", "attendance", runId] as const;
export const attendanceSummaryQueryKey = (runId: string) => ["runs", "attendance-summary", runId] as const;

/** The course leaders' list: sessions, confirmed participants by name, marks and the figures. */
export async function getAttendance(runId: string, signal?: AbortSignal): Promise<Attendance> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/attendance`, attendanceSchema, { signal });
}

/** The figures without names, with what the signed-in person may do (see the list, record). */
export async function getAttendanceSummary(runId: string, signal?: AbortSignal): Promise<AttendanceSummary> {
  return apiRequest(`/api/runs/${encodeURIComponent(runId)}/attendance/summary`, attendanceSummarySchema, { signal });
}

export function attendanceQueryOptions(runId: string) {
  return queryOptions({ queryKey: attendanceQueryKey(runId), queryFn: ({ signal }) => getAttendance(runId, signal) });
}

export function attendanceSummaryQueryOptions(runId: string) {
  return queryOptions({
    queryKey: attendanceSummaryQueryKey(runId),
    queryFn: ({ signal }) => getAttendanceSummary(runId, signal),
  });
}

export function useAttendanceSummary(runId: string) {
  return useQuery(attendanceSummaryQueryOptions(runId));
}

/** Only fetched for those who may see participants (`enabled`): anyone else would get 403. */
export function useAttendance(runId: string, enabled: boolean) {
  return useQuery({ ...attendanceQueryOptions(runId), enabled });
}
