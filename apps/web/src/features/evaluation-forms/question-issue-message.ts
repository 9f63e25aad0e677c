import { maxOptionsPerQuestion } from "@sidestilt/domain/evaluation-form.schema";
import type { TFunction } from "i18next";
import { issueMessage } from "../../lib/form-issues.ts";
import {
  questionHeadingId,
  questionOptionFieldId,
  questionOptionsId,
  questionTextFieldId,
} from "./question-dom-ids.ts";
import type { QuestionIssue } from "./question-issues.ts";

/** A problem in words, as shown beside its part of the question ("Teksten må fylles ut."). */
export function questionIssueText(t: TFunction, issue: QuestionIssue): string {
  const part = issue.part;
  // The form's own words where the general message is about something else (a duplicate person, a
  // text that is too long).
  const domainMessages: Record<string, string> = {
    duplicate_entry:
      part.kind === "options"
        ? t("evaluationForm.issues.duplicateOption")
        : t("evaluationForm.issues.duplicateQuestion"),
  };
  if (issue.questionId === null) domainMessages.too_big = t("evaluationForm.issues.tooManyQuestions");
  else if (part.kind === "options") {
    domainMessages.too_big = t("evaluationForm.editor.maxOptions", { count: maxOptionsPerQuestion });
  }
  const label =
    part.kind === "text"
      ? t("evaluationForm.issues.theText")
      : part.kind === "option"
        ? t("evaluationForm.issues.theOption", { number: part.index + 1 })
        : part.kind === "options"
          ? t("evaluationForm.issues.theOptions")
          : t("evaluationForm.issues.theQuestion");
  return issueMessage(t, { field: "", code: issue.code }, label, domainMessages);
}

/** Where a summary's link takes focus: the field when its editor is open, else the question's heading. */
export function questionIssueTarget(prefix: string, issue: QuestionIssue, editorOpen: boolean, listHeadingId: string) {
  if (issue.questionId === null) return listHeadingId;
  if (editorOpen && issue.part.kind === "text") return questionTextFieldId(prefix, issue.questionId);
  if (editorOpen && issue.part.kind === "option")
    return questionOptionFieldId(prefix, issue.questionId, issue.part.index);
  if (editorOpen && issue.part.kind === "options") return questionOptionsId(prefix, issue.questionId);
  return questionHeadingId(prefix, issue.questionId);
}

/** Problems an open editor shows beside its fields (the rest are shown under the question). */
export const isEditorIssue = (issue: QuestionIssue) =>
  issue.part.kind === "text" || issue.part.kind === "option" || issue.part.kind === "options";
