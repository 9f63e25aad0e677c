import { useParams } from "react-router";
import { RunEvaluationView } from "../../features/evaluation/run-evaluation-view.tsx";
import { QuestionField } from "../../features/evaluation-answer/question-field.tsx";

/**
 * The run's evaluation tab (inside the run layout). Paper forms are typed into the participant's own
 * question fields, so that a paper answer is given exactly as one given online.
 */
export function RunEvaluationPage() {
  const runId = useParams().runId ?? "";
  return <RunEvaluationView key={runId} runId={runId} QuestionField={QuestionField} />;
}
