import { useParams } from "react-router";
import { MeetingView } from "../../features/evaluation/meeting-view.tsx";

/** The run's evaluation meeting (inside the run layout, under its evaluation tab). */
export function EvaluationMeetingPage() {
  const runId = useParams().runId ?? "";
  return <MeetingView runId={runId} />;
}
