import { type Question, questionListSchema } from "@sidestilt/domain/evaluation-form.schema";
import { type FormIssue, issueCode } from "../../lib/form-issues.ts";

// A form's problems, by question. The API (and the same schema here, before sending) names a problem
// by its path in the list, `questions.3.options` or `questions.3.text.nb`; the builder shows it beside
// that question, found by its id: the person may have moved questions since.

/** Which part of a question a problem is about: what to show it beside and where to move focus. */
export type IssuePart =
  | { kind: "text" }
  | { kind: "options" }
  | { kind: "option"; index: number }
  | { kind: "question" };

export type QuestionIssue = {
  /** Null for a problem with the list as a whole (e.g. too many questions). */
  questionId: string | null;
  /** The question's place when the form was sent, counted from 1 (null for the list). */
  number: number | null;
  part: IssuePart;
  code: string;
};

function partOf(rest: readonly string[]): IssuePart {
  const [head, second, third] = rest;
  if (head === "text") return { kind: "text" };
  if (head === "options" && second !== undefined && /^\d+$/.test(second) && third === "label") {
    return { kind: "option", index: Number(second) };
  }
  if (head === "options") return { kind: "options" };
  return { kind: "question" };
}

const keyOf = (issue: QuestionIssue) =>
  `${issue.questionId ?? ""}:${issue.part.kind}:${issue.part.kind === "option" ? issue.part.index : ""}`;

/**
 * The field issues of a list as sent, by question: `field` is the API's path, with or without the
 * leading `questions`. One issue per part (a text given in all three languages fails in all three).
 */
export function questionIssues(sent: readonly Question[], issues: readonly FormIssue[]): QuestionIssue[] {
  const found: QuestionIssue[] = [];
  for (const issue of issues) {
    const path = issue.field.split(".").filter((part) => part !== "");
    if (path[0] === "questions") path.shift();
    const [position, ...rest] = path;
    const index = position !== undefined && /^\d+$/.test(position) ? Number(position) : null;
    const question = index === null ? undefined : sent[index];
    const next: QuestionIssue = question
      ? { questionId: question.id, number: (index ?? 0) + 1, part: partOf(rest), code: issue.code }
      : { questionId: null, number: null, part: { kind: "question" }, code: issue.code };
    if (!found.some((existing) => keyOf(existing) === keyOf(next))) found.push(next);
  }
  return found;
}

/** The list's problems as the API would name them, found before sending (none when it may be saved). */
export function draftIssues(questions: readonly Question[]): FormIssue[] {
  const result = questionListSchema.safeParse(questions);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: ["questions", ...issue.path.map(String)].join("."),
    code: issueCode(issue),
  }));
}
