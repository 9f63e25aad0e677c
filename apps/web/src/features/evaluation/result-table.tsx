import { Table } from "@digdir/designsystemet-react";
import { useId } from "react";
import { formatPercent, useEvaluationLanguage } from "./evaluation-format.ts";
import { ResultBar } from "./result-bar.tsx";
import type { ResultRow } from "./result-rows.ts";
import { TableScroll } from "./table-scroll.tsx";

type Props = { caption: string; rows: readonly ResultRow[] };

/**
 * One question's answers as a table that is also its chart: a row per answer with its count and share,
 * and a bar under the answer's name. The numbers are the content; the bar is decoration.
 */
export function ResultTable({ caption, rows }: Props) {
  const { t, language } = useEvaluationLanguage();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className="result-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("evaluation.results.answer")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="result-table__number">
              {t("evaluation.results.count")}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="result-table__number">
              {t("evaluation.results.percent")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row" className="result-table__answer">
                <span>{row.label}</span>
                {row.includes.length > 0 ? (
                  <span className="result-table__includes">
                    {t("evaluation.results.otherIncludes", { options: row.includes.join(", ") })}
                  </span>
                ) : null}
                {row.value === "hidden" ? null : <ResultBar share={row.value.share} />}
              </Table.HeaderCell>
              {row.value === "hidden" ? (
                <Table.Cell colSpan={2}>{t("evaluation.results.hidden")}</Table.Cell>
              ) : (
                <>
                  <Table.Cell className="result-table__number">{row.value.count}</Table.Cell>
                  <Table.Cell className="result-table__number">{formatPercent(row.value.share, language)}</Table.Cell>
                </>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
