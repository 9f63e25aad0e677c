import { useParams, useSearchParams } from "react-router";
import { ResultsView } from "../../features/evaluation/results-view.tsx";

/**
 * A collection's results (inside the run layout, under its evaluation tab). The breakdown is in the URL
 * (`?breakdown=`), so a view can be shared and the back button undoes a change.
 */
export function EvaluationResultsPage() {
  const { runId = "", collectionId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const breakdown = search.get("breakdown") || null;
  return (
    <ResultsView
      runId={runId}
      collectionId={collectionId}
      breakdown={breakdown}
      onBreakdownChange={(questionId) =>
        setSearch(
          (current) => {
            const next = new URLSearchParams(current);
            if (questionId) next.set("breakdown", questionId);
            else next.delete("breakdown");
            return next;
          },
          { preventScrollReset: true },
        )
      }
    />
  );
}
