import { Paragraph } from "@digdir/designsystemet-react";
import { likertLabels } from "@sidestilt/domain/evaluation-question-bank";
import { formatDecimal, useEvaluationLanguage } from "./evaluation-format.ts";

type Props = { type: "SCALE_0_10" | "LIKERT"; mean: number; standardDeviation: number };

/** "Gjennomsnitt 7,8 (standardavvik 1,2)", and what the scale runs from and to. */
export function OrderedSummary({ type, mean, standardDeviation }: Props) {
  const { t, language } = useEvaluationLanguage();
  return (
    <Paragraph data-size="sm">
      {t("evaluation.results.mean", {
        mean: formatDecimal(mean, language),
        deviation: formatDecimal(standardDeviation, language),
      })}{" "}
      {type === "LIKERT"
        ? t("evaluation.results.likertScale", {
            low: likertLabels[1][language].toLowerCase(),
            high: likertLabels[4][language].toLowerCase(),
          })
        : t("evaluation.results.scale")}
    </Paragraph>
  );
}
