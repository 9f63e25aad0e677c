import { Paragraph, Table } from "@digdir/designsystemet-react";
import type { EvaluationResultsView } from "@sidestilt/domain/evaluation-results.schema";
import { useId } from "react";
import { formatDecimal, formatPercent, textIn, useEvaluationLanguage } from "./evaluation-format.ts";
import { ResultBar } from "./result-bar.tsx";
import { breakdownRows, type RowValue, respondentsOf } from "./result-rows.ts";
import { TableScroll } from "./table-scroll.tsx";

type Breakdown = NonNullable<EvaluationResultsView["breakdown"]>;

type Props = { breakdown: Breakdown; question: Breakdown["questions"][number] };

/**
 * One question broken down by a background question: a column per group, a row per answer. A group
 * where fewer than five answered the question shows "–" (explained below the table), so no one in a
 * small group can be recognised.
 */
export function BreakdownTable({ breakdown, question }: Props) {
  const { t, language } = useEvaluationLanguage();
  const captionId = useId();
  const groupName = (group: Breakdown["groups"][number]) =>
    group.kind === "option" && group.label
      ? textIn(group.label, language)
      : group.kind === "other"
        ? t("evaluation.results.groupOther")
        : t("evaluation.results.groupNotAnswered");
  const rows = breakdownRows(question.groups, language, t("evaluation.results.other"));
  const means = question.groups.map((result) => (result.kind === "ordered" ? result : null));
  const anyHiddenGroup = question.groups.some((result) => respondentsOf(result) === null);

  const cell = (value: RowValue | null) =>
    value === null ? (
      "–"
    ) : value === "hidden" ? (
      t("evaluation.results.hiddenShort")
    ) : (
      <>
        <span className="breakdown-table__value">
          {t("evaluation.results.countAndPercent", {
            count: value.count,
            percent: formatPercent(value.share, language),
          })}
        </span>
        <ResultBar share={value.share} />
      </>
    );

  return (
    <div className="stack breakdown">
      <TableScroll labelledBy={captionId}>
        <Table className="result-table breakdown-table">
          <caption id={captionId}>
            {t("evaluation.results.breakdownCaption", { background: textIn(breakdown.text, language) })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("evaluation.results.answer")}</Table.HeaderCell>
              {breakdown.groups.map((group, index) => {
                const result = question.groups[index];
                const respondents = result ? respondentsOf(result) : null;
                return (
                  <Table.HeaderCell key={group.key} scope="col">
                    <span>{groupName(group)}</span>
                    <span className="breakdown-table__respondents">
                      {respondents === null
                        ? t("evaluation.results.groupTooFew")
                        : t("evaluation.results.groupAnswered", { count: respondents })}
                    </span>
                  </Table.HeaderCell>
                );
              })}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">
                  {row.label}
                  {row.includes.length > 0 ? (
                    <span className="result-table__includes">
                      {t("evaluation.results.otherIncludes", { options: row.includes.join(", ") })}
                    </span>
                  ) : null}
                </Table.HeaderCell>
                {row.values.map((value, index) => (
                  <Table.Cell key={breakdown.groups[index]?.key ?? index}>{cell(value)}</Table.Cell>
                ))}
              </Table.Row>
            ))}
            {means.some(Boolean) ? (
              <Table.Row>
                <Table.HeaderCell scope="row">{t("evaluation.results.meanLabel")}</Table.HeaderCell>
                {means.map((result, index) => (
                  <Table.Cell key={breakdown.groups[index]?.key ?? index}>
                    {result
                      ? t("evaluation.results.meanShort", {
                          mean: formatDecimal(result.mean, language),
                          deviation: formatDecimal(result.standardDeviation, language),
                        })
                      : "–"}
                  </Table.Cell>
                ))}
              </Table.Row>
            ) : null}
          </Table.Body>
        </Table>
      </TableScroll>
      {anyHiddenGroup ? <Paragraph data-size="sm">{t("evaluation.results.dashLegend")}</Paragraph> : null}
    </div>
  );
}
