import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useState } from "react";
import { sameQuestionList } from "./form-conflict.ts";

/** The person's unsaved list, and the version it was edited from (what a save may replace). */
type Draft = { questions: Question[]; baseVersion: number };

/**
 * The question list as the person edits it. Until the first edit it is the stored form's (refetched as
 * others save); from then on it is theirs, with the version it was edited from, until it is saved or
 * discarded. It is "dirty" while it differs from what is stored, or builds on an older version.
 */
export function useFormDraft(form: EvaluationFormView) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const questions = draft?.questions ?? form.questions;
  const baseVersion = draft?.baseVersion ?? form.version;
  const dirty =
    draft !== null && (draft.baseVersion !== form.version || !sameQuestionList(draft.questions, form.questions));
  return {
    questions,
    baseVersion,
    dirty,
    /** Applies one edit to the list (the first one starts the draft from the stored list). */
    edit(change: (questions: Question[]) => Question[]) {
      setDraft((current) => ({
        questions: change(current?.questions ?? form.questions),
        baseVersion: current?.baseVersion ?? form.version,
      }));
    },
    /** Keeps the list as it is, on top of `version` (someone else saved it): the next save replaces it. */
    rebase(version: number) {
      setDraft({ questions, baseVersion: version });
    },
    /** Back to the stored form: after a save, or when the person discards their changes. */
    reset() {
      setDraft(null);
    },
  };
}
