import { describe, expect, it } from "vitest";
import type { LocalizedText } from "./evaluation-form.schema.ts";
import type { EvaluationResults } from "./evaluation-results.ts";
import type { EvaluationBreakdown } from "./evaluation-results-breakdown.ts";
import { exportLabels, resultsTable, toCsv } from "./evaluation-results-table.ts";

const text = (en: string, nb = en): LocalizedText => ({ nb, nn: nb, en });

const results: EvaluationResults = {
  status: "available",
  respondents: 12,
  questions: [
    {
      questionId: "benefit",
      text: text("Benefit", "Nytte"),
      kind: "ordered",
      type: "SCALE_0_10",
      respondents: 12,
      cells: [
        { from: 0, to: 6, count: 5, share: 5 / 12 },
        { from: 7, to: 7, count: 7, share: 7 / 12 },
      ],
      mean: 6.4,
      standardDeviation: 1.2,
    },
    {
      questionId: "relevance",
      text: text("Relevance", "Relevans"),
      kind: "ordered",
      type: "LIKERT",
      respondents: 12,
      cells: [
        { from: 1, to: 3, count: 6, share: 0.5 },
        { from: 4, to: 4, count: 6, share: 0.5 },
      ],
      mean: 3.3,
      standardDeviation: 0.8,
    },
    {
      questionId: "role",
      text: text("Role", "Rolle"),
      kind: "single_choice",
      type: "SINGLE_CHOICE",
      respondents: 12,
      options: [{ optionId: "patient", label: text("Patient", "Pasient"), count: 7, share: 7 / 12 }],
      other: {
        options: [
          { optionId: "relative", label: text("Relative", "Pårørende") },
          { optionId: "both", label: text("Both", "Begge") },
        ],
        count: 5,
        share: 5 / 12,
      },
    },
    {
      questionId: "topics",
      text: text("Topics"),
      kind: "multiple_choice",
      type: "MULTIPLE_CHOICE",
      respondents: 10,
      options: [
        { optionId: "food", label: text("Food"), shown: true, count: 5, share: 0.5 },
        { optionId: "sleep", label: text("Sleep"), shown: false },
      ],
    },
    { questionId: "age", text: text("Age"), kind: "too_few_answered", type: "SINGLE_CHOICE" },
    {
      questionId: "change",
      text: text("Change"),
      kind: "free_text",
      type: "FREE_TEXT",
      respondents: 5,
      texts: ["More time", "=HYPERLINK()", "Less talk", "Fine", "Coffee"],
    },
    { questionId: "else", text: text("Else"), kind: "free_text_withheld", type: "FREE_TEXT" },
  ],
};

describe("resultsTable", () => {
  it("lays out every shown number in the requested language, counts only in the count column", () => {
    expect(resultsTable(results, { language: "en" })).toEqual([
      ["Question", "Answer", "Count", "Percent", "Mean", "Standard deviation"],
      ["Responses", "", 12, "", "", ""],
      ["Benefit", "Answered this question", 12, "", 6.4, 1.2],
      ["Benefit", "0–6", 5, 41.7, "", ""],
      ["Benefit", "7", 7, 58.3, "", ""],
      ["Relevance", "Answered this question", 12, "", 3.3, 0.8],
      ["Relevance", "Not very relevant – Quite relevant", 6, 50, "", ""],
      ["Relevance", "Very relevant", 6, 50, "", ""],
      ["Role", "Answered this question", 12, "", "", ""],
      ["Role", "Patient", 7, 58.3, "", ""],
      ["Role", "Other (Relative, Both)", 5, 41.7, "", ""],
      ["Topics", "Answered this question", 10, "", "", ""],
      ["Topics", "Food", 5, 50, "", ""],
      ["Topics", "Sleep", "Hidden for privacy", "", "", ""],
      ["Age", "Too few answers to show", "", "", "", ""],
      ["Change", "Answered this question", 5, "", "", ""],
      ["Change", "More time", "", "", "", ""],
      ["Change", "=HYPERLINK()", "", "", "", ""],
      ["Change", "Less talk", "", "", "", ""],
      ["Change", "Fine", "", "", "", ""],
      ["Change", "Coffee", "", "", "", ""],
      ["Else", "Free text is shown to evaluators only", "", "", "", ""],
    ]);
  });

  it("uses Norwegian texts and labels, or labels the caller passes", () => {
    const nb = resultsTable(results, { language: "nb" });
    expect(nb[0]).toEqual(["Spørsmål", "Svar", "Antall", "Prosent", "Gjennomsnitt", "Standardavvik"]);
    expect(nb[6]).toEqual(["Relevans", "Lite relevant – Ganske relevant", 6, 50, "", ""]);
    expect(nb[10]).toEqual(["Rolle", "Andre (Pårørende, Begge)", 5, 41.7, "", ""]);
    const custom = resultsTable(results, { language: "nn", labels: { ...exportLabels.nn, other: "Anna" } });
    expect(custom[10]?.[1]).toBe("Anna (Pårørende, Begge)");
  });

  it("says why there are no results, without a count", () => {
    expect(resultsTable({ status: "unavailable", reason: "too_few_answers" }, { language: "nb" })).toEqual([
      ["Spørsmål", "Svar", "Antall", "Prosent", "Gjennomsnitt", "Standardavvik"],
      ["For få svar til å vise resultater", "", "", "", "", ""],
    ]);
  });

  it("adds a group column and the breakdown's rows after everyone's", () => {
    const small: EvaluationResults = { status: "available", respondents: 12, questions: [] };
    const breakdown: EvaluationBreakdown = {
      status: "available",
      questionId: "gender",
      text: text("Gender", "Kjønn"),
      respondents: 12,
      groups: [
        { key: "option:woman", kind: "option", optionId: "woman", label: text("Woman"), respondents: 7 },
        { key: "other", kind: "other", optionId: null, label: null, respondents: 5 },
      ],
      questions: [
        {
          questionId: "benefit",
          type: "SCALE_0_10",
          text: text("Benefit"),
          groups: [
            {
              questionId: "benefit",
              text: text("Benefit"),
              kind: "ordered",
              type: "SCALE_0_10",
              respondents: 7,
              cells: [{ from: 0, to: 10, count: 7, share: 1 }],
              mean: 8,
              standardDeviation: 0,
            },
            { questionId: "benefit", text: text("Benefit"), kind: "too_few_answered", type: "SCALE_0_10" },
          ],
        },
      ],
    };
    expect(resultsTable(small, { language: "en", breakdown })).toEqual([
      ["Gender", "Question", "Answer", "Count", "Percent", "Mean", "Standard deviation"],
      ["All", "Responses", "", 12, "", "", ""],
      ["Woman", "Responses", "", 7, "", "", ""],
      ["Woman", "Benefit", "Answered this question", 7, "", 8, 0],
      ["Woman", "Benefit", "0–10", 7, 100, "", ""],
      ["Other", "Responses", "", 5, "", "", ""],
      ["Other", "Benefit", "Too few answers to show", "", "", "", ""],
    ]);
    expect(
      resultsTable(small, { language: "en", breakdown: { status: "unavailable", reason: "too_few_groups" } }),
    ).toEqual([
      ["Group", "Question", "Answer", "Count", "Percent", "Mean", "Standard deviation"],
      ["All", "Responses", "", 12, "", "", ""],
      ["Group", "Too few answers to break the results down", "", "", "", "", ""],
    ]);
  });
});

describe("toCsv", () => {
  it("quotes by RFC 4180: separators, quotes and line breaks; CRLF between rows", () => {
    expect(
      toCsv([
        ["plain", 12, 'say "hi"', "a,b", "two\nlines"],
        ["æøå", 41.7, "", "a;b"],
      ]),
    ).toBe('plain,12,"say ""hi""","a,b","two\nlines"\r\næøå,41.7,,a;b');
    expect(toCsv([["a,b", "a;b"]], ";")).toBe('a,b;"a;b"');
  });

  it("neutralises text a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(toCsv([['=HYPERLINK("http://x")', "+47 99", "-1+1", "@SUM(A1)", "\tx", "\rx", "a=b"]])).toBe(
      `"'=HYPERLINK(""http://x"")",'+47 99,'-1+1,'@SUM(A1),'\tx,"'\rx",a=b`,
    );
  });

  it("writes numbers as they are, negative ones too", () => {
    expect(toCsv([[-3, 0, 2.5]])).toBe("-3,0,2.5");
  });
});
