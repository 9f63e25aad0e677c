import { useParams } from "react-router";
import { ParticipantsView } from "../../features/registrations/participants-view.tsx";

/** The run's participants tab (inside the run layout): counts for all, lists for course leaders. */
export function RunParticipantsPage() {
  const runId = useParams().runId ?? "";
  return <ParticipantsView runId={runId} />;
}
