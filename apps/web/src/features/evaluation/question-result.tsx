import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { textIn, useEvaluationLanguage } from "./evaluation-format.ts";
import { OrderedSummary } from "./ordered-summary.tsx";
import { type QuestionResultView, resultRows } from "./result-rows.ts";
import { ResultTable } from "./result-table.tsx";

type Props = {
  result: QuestionResultView;
  /** Shown instead of the overall figure (a breakdown's table), when given. */
  children?: ReactNode;
};

/**
 * One question's result under its own heading: a figure with counts and shares, the mean of a scale,
 * the free text for the working group's evaluators, or why nothing is shown.
 */
export function QuestionResult({ result, children }: Props) {
  const { t, language } = useEvaluationLanguage();
  const headingId = `question-${result.questionId}`;
  const question = textIn(result.text, language);
  const rows = resultRows(result, language, t("evaluation.results.other"));

  return (
    <section className="question-result stack" aria-labelledby={headingId} data-testid="question-result">
      <Heading id={headingId} level={3} data-size="xs">
        {question}
      </Heading>
      {children ??
        (result.kind === "too_few_answered" ? (
          <Paragraph>{t("evaluation.results.tooFewAnswered")}</Paragraph>
        ) : result.kind === "free_text_withheld" ? (
          <Paragraph>{t("evaluation.results.freeTextWithheld")}</Paragraph>
        ) : result.kind === "free_text" ? (
          <>
            <Paragraph data-size="sm">{t("evaluation.results.freeTextIntro", { count: result.respondents })}</Paragraph>
            <ul className="free-text-list">
              {result.texts.map((text, index) => (
                // The texts are shuffled and may repeat: their place in the list is their only key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>{text}</li>
              ))}
            </ul>
          </>
        ) : (
          <>
            {rows ? (
              <ResultTable
                caption={t(
                  result.kind === "multiple_choice"
                    ? "evaluation.results.captionMultiple"
                    : "evaluation.results.caption",
                  { count: result.respondents },
                )}
                rows={rows}
              />
            ) : null}
            {result.kind === "ordered" ? (
              <OrderedSummary type={result.type} mean={result.mean} standardDeviation={result.standardDeviation} />
            ) : null}
          </>
        ))}
    </section>
  );
}
