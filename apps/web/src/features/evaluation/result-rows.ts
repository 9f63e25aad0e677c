import type { EvaluationResultsView } from "@sidestilt/domain/evaluation-results.schema";
import type { Language } from "../../i18n/languages.ts";
import { orderedCellLabel, textIn } from "./evaluation-format.ts";

export type QuestionResultView = EvaluationResultsView["questions"][number];

/** A count that may be shown, or a multiple-choice option whose count is hidden (it could single someone out). */
export type RowValue = { count: number; share: number } | "hidden";

/** One answer of a question's figure: a scale's cell, an option, or "other answers". */
export type ResultRow = {
  key: string;
  label: string;
  /** What "other answers" holds, when it lists its options. */
  includes: string[];
  value: RowValue;
};

/**
 * The rows of a question's figure, in the order the form asked them: a scale's cells from low to high,
 * the options in the form's order, then "other". Null for a result without counts (too few answered,
 * free text).
 */
export function resultRows(result: QuestionResultView, language: Language, otherLabel: string): ResultRow[] | null {
  switch (result.kind) {
    case "ordered":
      return result.cells.map((cell) => ({
        key: `${cell.from}-${cell.to}`,
        label: orderedCellLabel(result.type, cell.from, cell.to, language),
        includes: [],
        value: { count: cell.count, share: cell.share },
      }));
    case "single_choice":
      return [
        ...result.options.map((option) => ({
          key: `option:${option.optionId}`,
          label: textIn(option.label, language),
          includes: [],
          value: { count: option.count, share: option.share },
        })),
        ...(result.other
          ? [
              {
                key: "other",
                label: otherLabel,
                includes: result.other.options.map((option) => textIn(option.label, language)),
                value: { count: result.other.count, share: result.other.share },
              },
            ]
          : []),
      ];
    case "multiple_choice":
      return result.options.map((option) => ({
        key: `option:${option.optionId}`,
        label: textIn(option.label, language),
        includes: [],
        value: option.shown ? { count: option.count, share: option.share } : "hidden",
      }));
    default:
      return null;
  }
}

/** A breakdown's rows: every answer any group shows, and each group's value for it (null: not shown). */
export type BreakdownRow = { key: string; label: string; includes: string[]; values: (RowValue | null)[] };

/**
 * One table of a question broken down: the groups share their cells (the domain merges them alike), so
 * rows are joined by key in the order they first appear. A group where fewer than five answered has no
 * values at all.
 */
export function breakdownRows(
  groups: readonly QuestionResultView[],
  language: Language,
  otherLabel: string,
): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  for (const [index, result] of groups.entries()) {
    for (const row of resultRows(result, language, otherLabel) ?? []) {
      const existing = rows.get(row.key) ?? {
        key: row.key,
        label: row.label,
        includes: row.includes,
        values: groups.map(() => null),
      };
      existing.values[index] = row.value;
      rows.set(row.key, existing);
    }
  }
  return [...rows.values()];
}

/** The number who answered the question in a result, or null when fewer than five did (or it has no count). */
export function respondentsOf(result: QuestionResultView): number | null {
  return "respondents" in result ? result.respondents : null;
}
