import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { BankQuestion } from "@sidestilt/domain/evaluation-question-bank";
import { useState } from "react";
import { useFormLabels } from "./form-labels.ts";
import { questionButtonId, questionHeadingId } from "./question-dom-ids.ts";
import { isEditorIssue } from "./question-issue-message.ts";
import type { QuestionIssue } from "./question-issues.ts";
import { insertQuestionAt, moveQuestion, questionFromBank, removeQuestionAt } from "./question-list-editing.ts";

type Options = {
  questions: readonly Question[];
  edit: (change: (questions: Question[]) => Question[]) => void;
  /** Says what happened, for screen readers and on screen. */
  announce: (message: string) => void;
  /** Moves focus to an element by id once the change has been drawn. */
  focus: (id: string) => void;
  idPrefix: string;
  /** The id of the "Angre" button shown after a removal. */
  undoButtonId: string;
};

/**
 * The actions on the question list, each saying what it did and keeping the keyboard with the question
 * acted on: a moved question keeps focus, a removal offers "Angre" (and focuses it), an undone removal
 * and a new question of one's own take focus. Also which questions' editors are open.
 */
export function useQuestionListActions({ questions, edit, announce, focus, idPrefix, undoButtonId }: Options) {
  const { t, text } = useFormLabels();
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<{ question: Question; index: number } | null>(null);

  function setEditorOpen(questionId: string, open: boolean) {
    setEditing((current) => {
      const next = new Set(current);
      if (open) next.add(questionId);
      else next.delete(questionId);
      return next;
    });
  }

  function remove(index: number, focusUndo = true) {
    const question = questions[index];
    if (!question) return;
    edit((list) => removeQuestionAt(list, index));
    setEditorOpen(question.id, false);
    setRemoved({ question, index });
    announce(t("evaluationForm.status.removed", { text: text(question.text) }));
    if (focusUndo) focus(undoButtonId);
  }

  function add(question: Question, focusIt: boolean) {
    edit((list) => [...list, question]);
    announce(t("evaluationForm.status.added", { text: text(question.text), number: questions.length + 1 }));
    if (focusIt) focus(questionHeadingId(idPrefix, question.id));
  }

  return {
    editing,
    removed,
    setEditorOpen,
    /** Opens the editors of the questions whose text or options have a problem, so that it can be fixed. */
    openEditorsFor(found: readonly QuestionIssue[]) {
      setEditing((current) => {
        const next = new Set(current);
        for (const issue of found) if (issue.questionId && isEditorIssue(issue)) next.add(issue.questionId);
        return next;
      });
    },
    /** Forgets the open editors and the removal to undo (after a save, or when changes are discarded). */
    settle(closeEditors: boolean) {
      setRemoved(null);
      if (closeEditors) setEditing(new Set());
    },
    move(index: number, delta: -1 | 1) {
      const question = questions[index];
      if (!question) return;
      const to = index + delta;
      edit((list) => moveQuestion(list, index, delta));
      announce(
        t("evaluationForm.status.moved", { text: text(question.text), number: to + 1, count: questions.length }),
      );
      // Keep the keyboard on the moved question: on the same button, or the other one at either end.
      const atEnd = (delta === -1 && to === 0) || (delta === 1 && to === questions.length - 1);
      const button = delta === -1 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
      focus(questionButtonId(idPrefix, question.id, button));
    },
    remove,
    undoRemove() {
      if (!removed) return;
      const { question, index } = removed;
      edit((list) => insertQuestionAt(list, index, question));
      setRemoved(null);
      const number = Math.min(index, questions.length) + 1;
      announce(t("evaluationForm.status.restored", { text: text(question.text), number }));
      focus(questionHeadingId(idPrefix, question.id));
    },
    addOwn: (question: Question) => add(question, true),
    addFromBank(item: BankQuestion) {
      const question = questionFromBank(questions, item.bankKey);
      if (question) add(question, false);
    },
    removeBankItem(item: BankQuestion) {
      const index = questions.findIndex((question) => question.bankKey === item.bankKey);
      // The button stays where it is (now "Legg til"): the keyboard stays in the bank.
      if (index >= 0) remove(index, false);
    },
  };
}
