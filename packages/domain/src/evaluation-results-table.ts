import { likertLabels } from "./evaluation-question-bank.ts";
import type { EvaluationResults, QuestionResult } from "./evaluation-results.ts";
import type { EvaluationBreakdown } from "./evaluation-results-breakdown.ts";
import type { Locale } from "./roles.ts";

// Evaluation results as a table for CSV and XLSX (the API writes the files). Only numbers that are
// already suppressed go in: the table is a layout of a results object, it computes no count.
//
// One row per fact ("long" layout, easy to filter and pivot in a spreadsheet). Columns: [group,]
// question, answer, count, percent, mean, standard deviation. Counts are only ever in the count column.
// Texts are kept as given, participants' free text included: toCsv neutralises formulas, and an XLSX
// writer must write every string as a text cell, never as a formula.

export type ExportCell = string | number;

export type ExportLabels = {
  question: string;
  answer: string;
  count: string;
  percent: string;
  mean: string;
  standardDeviation: string;
  /** The group column's header when there is no breakdown to name it. */
  group: string;
  /** Everyone, in the group column. */
  all: string;
  respondents: string;
  answered: string;
  tooFewAnswered: string;
  /** A multiple-choice option whose count is hidden. */
  hidden: string;
  other: string;
  notAnswered: string;
  freeTextWithheld: string;
  unavailable: {
    collecting: string;
    too_few_answers: string;
    not_a_background_question: string;
    too_few_groups: string;
  };
};

export const exportLabels: Record<Locale, ExportLabels> = {
  nb: {
    question: "Spørsmål",
    answer: "Svar",
    count: "Antall",
    percent: "Prosent",
    mean: "Gjennomsnitt",
    standardDeviation: "Standardavvik",
    group: "Gruppe",
    all: "Alle",
    respondents: "Antall besvarelser",
    answered: "Svarte på spørsmålet",
    tooFewAnswered: "For få svar til å vises",
    hidden: "Skjult av personvernhensyn",
    other: "Andre",
    notAnswered: "Ikke besvart",
    freeTextWithheld: "Fritekst vises bare for evaluatorer",
    unavailable: {
      collecting: "Svarene samles fortsatt inn",
      too_few_answers: "For få svar til å vise resultater",
      not_a_background_question: "Ikke et bakgrunnsspørsmål",
      too_few_groups: "For få svar til å dele opp resultatene",
    },
  },
  nn: {
    question: "Spørsmål",
    answer: "Svar",
    count: "Tal",
    percent: "Prosent",
    mean: "Gjennomsnitt",
    standardDeviation: "Standardavvik",
    group: "Gruppe",
    all: "Alle",
    respondents: "Tal på svar",
    answered: "Svara på spørsmålet",
    tooFewAnswered: "For få svar til å visast",
    hidden: "Skjult av omsyn til personvern",
    other: "Andre",
    notAnswered: "Ikkje svara",
    freeTextWithheld: "Fritekst blir berre vist for evaluatorar",
    unavailable: {
      collecting: "Svara blir framleis samla inn",
      too_few_answers: "For få svar til å vise resultat",
      not_a_background_question: "Ikkje eit bakgrunnsspørsmål",
      too_few_groups: "For få svar til å dele opp resultata",
    },
  },
  en: {
    question: "Question",
    answer: "Answer",
    count: "Count",
    percent: "Percent",
    mean: "Mean",
    standardDeviation: "Standard deviation",
    group: "Group",
    all: "All",
    respondents: "Responses",
    answered: "Answered this question",
    tooFewAnswered: "Too few answers to show",
    hidden: "Hidden for privacy",
    other: "Other",
    notAnswered: "Not answered",
    freeTextWithheld: "Free text is shown to evaluators only",
    unavailable: {
      collecting: "Answers are still being collected",
      too_few_answers: "Too few answers to show results",
      not_a_background_question: "Not a background question",
      too_few_groups: "Too few answers to break the results down",
    },
  },
};

export type ResultsTableOptions = {
  language: Locale;
  /** Translated labels; the built-in ones for `language` unless given. */
  labels?: ExportLabels;
  /** Adds a group column, and the breakdown's rows after the overall ones. */
  breakdown?: EvaluationBreakdown | null;
};

const percent = (share: number) => Math.round(share * 1000) / 10;

/** The rows of the export, header first. */
export function resultsTable(results: EvaluationResults, options: ResultsTableOptions): ExportCell[][] {
  const { language, breakdown = null } = options;
  const labels = options.labels ?? exportLabels[language];
  const header = [labels.question, labels.answer, labels.count, labels.percent, labels.mean, labels.standardDeviation];
  const table: ExportCell[][] = [
    breakdown ? [breakdown.status === "available" ? breakdown.text[language] : labels.group, ...header] : header,
  ];
  // Rows come without the group column; it is added when there is a breakdown. (A loop, not
  // push(...rows): a question may have thousands of free-text rows.)
  const add = (group: string, rows: readonly ExportCell[][]) => {
    for (const row of rows) table.push(breakdown ? [group, ...row] : row);
  };

  if (results.status === "unavailable") {
    add(labels.all, [[labels.unavailable[results.reason], "", "", "", "", ""]]);
    return table;
  }
  add(labels.all, [[labels.respondents, "", results.respondents, "", "", ""]]);
  for (const result of results.questions) add(labels.all, questionRows(result, language, labels));

  if (breakdown?.status === "unavailable") {
    table.push([labels.group, labels.unavailable[breakdown.reason], "", "", "", "", ""]);
  } else if (breakdown) {
    for (const [g, group] of breakdown.groups.entries()) {
      const name =
        group.kind === "option"
          ? (group.label?.[language] ?? "")
          : group.kind === "other"
            ? labels.other
            : labels.notAnswered;
      add(name, [[labels.respondents, "", group.respondents, "", "", ""]]);
      for (const question of breakdown.questions) {
        const result = question.groups[g];
        if (result) add(name, questionRows(result, language, labels));
      }
    }
  }
  return table;
}

function questionRows(result: QuestionResult, language: Locale, labels: ExportLabels): ExportCell[][] {
  const question = result.text[language];
  switch (result.kind) {
    case "too_few_answered":
      return [[question, labels.tooFewAnswered, "", "", "", ""]];
    case "free_text_withheld":
      return [[question, labels.freeTextWithheld, "", "", "", ""]];
    case "ordered":
      return [
        [question, labels.answered, result.respondents, "", result.mean, result.standardDeviation],
        ...result.cells.map((cell) => [
          question,
          cellLabel(result.type, cell.from, cell.to, language),
          cell.count,
          percent(cell.share),
          "",
          "",
        ]),
      ];
    case "single_choice":
      return [
        [question, labels.answered, result.respondents, "", "", ""],
        ...result.options.map((option) => [
          question,
          option.label[language],
          option.count,
          percent(option.share),
          "",
          "",
        ]),
        ...(result.other
          ? [
              [
                question,
                `${labels.other} (${result.other.options.map((option) => option.label[language]).join(", ")})`,
                result.other.count,
                percent(result.other.share),
                "",
                "",
              ],
            ]
          : []),
      ];
    case "multiple_choice":
      return [
        [question, labels.answered, result.respondents, "", "", ""],
        ...result.options.map((option) =>
          option.shown
            ? [question, option.label[language], option.count, percent(option.share), "", ""]
            : [question, option.label[language], labels.hidden, "", "", ""],
        ),
      ];
    case "free_text":
      return [
        [question, labels.answered, result.respondents, "", "", ""],
        ...result.texts.map((text) => [question, text, "", "", "", ""]),
      ];
  }
}

/** "0–6" on a 0–10 scale; Likert levels by name ("Lite relevant – Noe relevant"), as the form showed them. */
function cellLabel(type: "SCALE_0_10" | "LIKERT", from: number, to: number, language: Locale): string {
  if (type === "SCALE_0_10") return from === to ? String(from) : `${from}–${to}`;
  const name = (level: number) => likertLabels[level as keyof typeof likertLabels]?.[language] ?? String(level);
  return from === to ? name(from) : `${name(from)} – ${name(to)}`;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV: CRLF between rows; a field holding the separator, a quote, CR or LF is quoted, with
 * quotes doubled. A text cell that a spreadsheet would run as a formula gets a leading apostrophe
 * (numbers are written as they are). Free text comes from anonymous participants: treat it as hostile.
 */
export function toCsv(rows: readonly (readonly ExportCell[])[], separator: "," | ";" = ","): string {
  const field = (cell: ExportCell) => {
    if (typeof cell === "number") return String(cell);
    const text = formulaStart.test(cell) ? `'${cell}` : cell;
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(separator)).join("\r\n");
}
