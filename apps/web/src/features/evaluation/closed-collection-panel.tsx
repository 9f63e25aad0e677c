import { Link, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationCollection } from "@sidestilt/domain/evaluation-collection.schema";
import { Link as RouterLink } from "react-router";
import { evaluationResultsHref } from "../../lib/config/paths.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";

type Props = { runId: string; collection: EvaluationCollection };

/** A closed collection: when it closed, how many answered (from five), and its results or why there are none. */
export function ClosedCollectionPanel({ runId, collection }: Props) {
  const { t, language } = useEvaluationLanguage();
  return (
    <div className="stack evaluation-tight">
      <Paragraph>
        {t("evaluation.tab.closedOn", {
          date: collection.closedAt ? formatDateTime(collection.closedAt, language) : "–",
          version: collection.formVersion,
        })}
      </Paragraph>
      <Paragraph className="evaluation-count">
        {collection.answers === null
          ? t("evaluation.tab.closedAnswersFew")
          : t("evaluation.tab.closedAnswersCount", { count: collection.answers })}
      </Paragraph>
      {collection.resultsAvailable ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={evaluationResultsHref(runId, collection.id)}>{t("evaluation.tab.seeResults")}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("evaluation.tab.noResults")}</Paragraph>
      )}
    </div>
  );
}
