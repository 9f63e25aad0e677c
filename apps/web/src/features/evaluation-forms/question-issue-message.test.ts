import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/setup.ts";
import { questionIssueTarget, questionIssueText } from "./question-issue-message.ts";
import type { QuestionIssue } from "./question-issues.ts";

const issue = (part: QuestionIssue["part"], code: string, questionId: string | null = "age-group"): QuestionIssue => ({
  questionId,
  number: questionId ? 4 : null,
  part,
  code,
});

describe("a question's problem in words", () => {
  it("names the part of the question, and uses the form's own words where the general ones do not fit", () => {
    const t = i18n.t;
    expect(questionIssueText(t, issue({ kind: "text" }, "too_small"))).toBe("Teksten må fylles ut.");
    expect(questionIssueText(t, issue({ kind: "text" }, "too_big"))).toBe("Teksten er for lang.");
    expect(questionIssueText(t, issue({ kind: "option", index: 1 }, "too_small"))).toBe(
      "Svaralternativ 2 må fylles ut.",
    );
    expect(questionIssueText(t, issue({ kind: "options" }, "too_few_options"))).toBe(
      "Et spørsmål med svaralternativer må ha minst to alternativer.",
    );
    expect(questionIssueText(t, issue({ kind: "options" }, "too_big"))).toBe(
      "Et spørsmål kan ha høyst 12 svaralternativer.",
    );
    expect(questionIssueText(t, issue({ kind: "options" }, "duplicate_entry"))).toBe(
      "To av svaralternativene er like. Endre eller fjern det ene.",
    );
    expect(questionIssueText(t, issue({ kind: "question" }, "duplicate_entry"))).toBe(
      "Spørsmålet står to ganger i skjemaet. Fjern det ene.",
    );
    expect(questionIssueText(t, issue({ kind: "question" }, "too_big", null))).toBe(
      "Skjemaet har for mange spørsmål. Fjern noen før du lagrer.",
    );
  });

  it("links to the field while its editor is open, else to the question, or the list", () => {
    expect(questionIssueTarget("b", issue({ kind: "text" }, "too_small"), true, "list")).toBe("b-q-age-group-text");
    expect(questionIssueTarget("b", issue({ kind: "option", index: 2 }, "too_small"), true, "list")).toBe(
      "b-q-age-group-option-2",
    );
    expect(questionIssueTarget("b", issue({ kind: "options" }, "too_few_options"), true, "list")).toBe(
      "b-q-age-group-options",
    );
    expect(questionIssueTarget("b", issue({ kind: "text" }, "too_small"), false, "list")).toBe("b-q-age-group");
    expect(questionIssueTarget("b", issue({ kind: "question" }, "too_big", null), false, "list")).toBe("list");
  });
});
