import { useParams } from "react-router";
import { useSession } from "../../features/auth/get-session.ts";
import { useRun } from "../../features/runs/get-run.ts";
import { SignOffView } from "../../features/sign-off/sign-off-view.tsx";
import { courseHref } from "../../lib/config/paths.ts";

/** The run's sign-off tab (inside the run layout, which has loaded the run before showing a tab). */
export function RunSignOffPage() {
  const runId = useParams().runId ?? "";
  const run = useRun(runId).data?.data;
  const personId = useSession().data?.person.id;
  if (!run) return null;
  return <SignOffView runId={runId} personId={personId} courseHref={courseHref(run.courseId)} />;
}
