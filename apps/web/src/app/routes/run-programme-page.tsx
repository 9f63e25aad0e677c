import { useParams } from "react-router";
import { ProgrammeView } from "../../features/programme/programme-view.tsx";
import { useRun } from "../../features/runs/get-run.ts";

/** The run's programme tab (inside the run layout, which has loaded the run before showing a tab). */
export function RunProgrammePage() {
  const runId = useParams().runId ?? "";
  const run = useRun(runId).data?.data;
  if (!run) return null;
  return (
    <ProgrammeView runId={runId} courseId={run.courseId} runDates={{ startsOn: run.startsOn, endsOn: run.endsOn }} />
  );
}
