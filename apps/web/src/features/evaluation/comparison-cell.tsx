import type { RunComparisonView } from "@sidestilt/domain/evaluation-results.schema";
import { formatDecimal, formatPercent, useEvaluationLanguage } from "./evaluation-format.ts";
import { resultRows } from "./result-rows.ts";

type Result = RunComparisonView["questions"][number]["results"][number];

/**
 * One run's result of one question in the comparison: the mean of a scale, the shown shares of the
 * options, or "–" (explained in the legend) when the run has nothing to show for it.
 */
export function ComparisonCell({ result }: { result: Result }) {
  const { t, language } = useEvaluationLanguage();
  if (result === null || result.kind === "free_text_withheld" || result.kind === "free_text") return <>–</>;
  if (result.kind === "too_few_answered") return <>{t("evaluation.comparison.tooFew")}</>;
  if (result.kind === "ordered") {
    return (
      <>
        {t("evaluation.comparison.mean", { mean: formatDecimal(result.mean, language) })}
        <span className="comparison__respondents">
          {t("evaluation.comparison.answered", { count: result.respondents })}
        </span>
      </>
    );
  }
  const rows = resultRows(result, language, t("evaluation.results.other")) ?? [];
  return (
    <ul className="comparison__shares">
      {rows.map((row) => (
        <li key={row.key}>
          {row.value === "hidden"
            ? t("evaluation.comparison.hiddenShare", { option: row.label })
            : t("evaluation.comparison.share", {
                option: row.label,
                percent: formatPercent(row.value.share, language),
              })}
        </li>
      ))}
    </ul>
  );
}
