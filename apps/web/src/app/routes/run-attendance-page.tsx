import { useParams } from "react-router";
import { AttendanceView } from "../../features/attendance/attendance-view.tsx";

/** The run's attendance tab (inside the run layout, which has loaded the run before showing a tab). */
export function RunAttendancePage() {
  const runId = useParams().runId ?? "";
  return <AttendanceView runId={runId} />;
}
