import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { type EvaluationFormKind, evaluationFormKinds } from "@sidestilt/domain/evaluation-form.schema";
import { useId } from "react";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { formatDate } from "../../lib/format.ts";
import { ComparisonCell } from "./comparison-cell.tsx";
import { textIn, useEvaluationLanguage } from "./evaluation-format.ts";
import { useComparison } from "./get-comparison.ts";
import { TableScroll } from "./table-scroll.tsx";

type Props = {
  courseId: string;
  kind: EvaluationFormKind;
  onKindChange: (kind: EvaluationFormKind) => void;
};

/**
 * The course's runs side by side (oldest first), question by question: did the changes after an
 * evaluation help? Means of the scales, shares of the options; nothing new is computed, so nothing the
 * runs' own results hide can show here.
 */
export function ComparisonView({ courseId, kind, onKindChange }: Props) {
  const { t, language } = useEvaluationLanguage();
  const comparison = useComparison(courseId, kind);
  const captionId = useId();
  const data = comparison.data;

  return (
    <div className="stack">
      <SelectField
        id="comparison-kind"
        label={t("evaluation.comparison.kindLabel")}
        value={kind}
        onChange={(event) => onKindChange(event.target.value as EvaluationFormKind)}
      >
        {evaluationFormKinds.map((option) => (
          <option key={option} value={option}>
            {t(`evaluation.kinds.${option}.name`)}
          </option>
        ))}
      </SelectField>
      {comparison.isPending ? (
        <LoadingStatus label={t("evaluation.comparison.loading")} />
      ) : !data ? (
        <ErrorAlert
          heading={t("evaluation.comparison.loadError")}
          error={comparison.error}
          onRetry={() => void comparison.refetch()}
          retryLabel={t("evaluation.retry")}
          retrying={comparison.isFetching}
        />
      ) : data.runs.length === 0 ? (
        <Paragraph>{t("evaluation.comparison.empty")}</Paragraph>
      ) : (
        <section className="stack" aria-labelledby="comparison-heading">
          <Heading id="comparison-heading" level={2} data-size="sm">
            {t("evaluation.comparison.heading", { kind: t(`evaluation.kinds.${kind}.name`) })}
          </Heading>
          <TableScroll labelledBy={captionId}>
            <Table className="result-table comparison-table">
              <caption id={captionId}>{t("evaluation.comparison.caption")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("evaluation.comparison.question")}</Table.HeaderCell>
                  {data.runs.map((run) => (
                    <Table.HeaderCell key={run.runId} scope="col">
                      <span>{formatDate(run.startsOn, language)}</span>
                      <span className="comparison__respondents">
                        {run.status === "available"
                          ? t("evaluation.comparison.runAnswered", { count: run.respondents })
                          : t(`evaluation.comparison.unavailable.${run.reason}`)}
                      </span>
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.questions.map((question) => (
                  <Table.Row key={question.questionId}>
                    <Table.HeaderCell scope="row">{textIn(question.text, language)}</Table.HeaderCell>
                    {question.results.map((result, index) => (
                      <Table.Cell key={data.runs[index]?.runId ?? index}>
                        <ComparisonCell result={result} />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <Paragraph data-size="sm">{t("evaluation.comparison.legend")}</Paragraph>
        </section>
      )}
    </div>
  );
}
