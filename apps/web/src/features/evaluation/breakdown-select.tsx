import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationResultsView } from "@sidestilt/domain/evaluation-results.schema";
import { SelectField } from "../../components/ui/select-field.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { textIn, useEvaluationLanguage } from "./evaluation-format.ts";

type Props = {
  questions: EvaluationResultsView["backgroundQuestions"];
  /** The background question's id, or null for all answers together. */
  value: string | null;
  onChange: (questionId: string | null) => void;
  pending: boolean;
  /** The breakdown's refusal: `breakdown_unavailable` when the groups would be too small. */
  error: unknown;
};

/**
 * Breaks the results down by a background question (kjønn, rolle, alder …). Why a breakdown is not
 * shown is said right below the select, and announced; the overall results stay on the page.
 */
export function BreakdownSelect({ questions, value, onChange, pending, error }: Props) {
  const { t, language } = useEvaluationLanguage();
  const unavailable = error instanceof ApiError && error.code === "breakdown_unavailable";
  return (
    <div className="stack evaluation-tight">
      <SelectField
        id="results-breakdown"
        label={t("evaluation.results.breakdownLabel")}
        description={t("evaluation.results.breakdownHelp")}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t("evaluation.results.noBreakdown")}</option>
        {questions.map((question) => (
          <option key={question.questionId} value={question.questionId}>
            {textIn(question.text, language)}
          </option>
        ))}
      </SelectField>
      <div role="status" className="evaluation-status">
        {pending ? (
          <Paragraph data-size="sm">{t("evaluation.results.breakdownLoading")}</Paragraph>
        ) : error ? (
          <Alert data-color="warning">
            <Paragraph>
              {unavailable ? t("errors.breakdown_unavailable") : t(`errors.${errorKeyOf(error)}`)}{" "}
              {t("evaluation.results.breakdownKept")}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
