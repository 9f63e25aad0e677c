import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { describe, expect, it } from "vitest";
import { compareQuestionLists, sameQuestionList } from "./form-conflict.ts";
import { draftIssues, questionIssues } from "./question-issues.ts";
import { addOption, moveQuestion, removeQuestionAt, rewordQuestion } from "./question-list-editing.ts";

const questions = defaultQuestions("COURSE_EVALUATION");
const choice = questions[2] as Question;

describe("a form's problems by question", () => {
  it("names what the API names, found before sending with the same schema", () => {
    const list = [...questions];
    list[0] = rewordQuestion(questions[0] as Question, "  ");
    list[2] = addOption(choice);
    expect(draftIssues(list)).toEqual([
      { field: "questions.0.text.nb", code: "too_small" },
      { field: "questions.0.text.nn", code: "too_small" },
      { field: "questions.0.text.en", code: "too_small" },
      { field: "questions.2.options.3.label.nb", code: "too_small" },
      { field: "questions.2.options.3.label.nn", code: "too_small" },
      { field: "questions.2.options.3.label.en", code: "too_small" },
    ]);
    expect(questionIssues(list, draftIssues(list))).toEqual([
      { questionId: "overall-benefit", number: 1, part: { kind: "text" }, code: "too_small" },
      { questionId: "time-to-share", number: 3, part: { kind: "option", index: 3 }, code: "too_small" },
    ]);
    expect(draftIssues(questions)).toEqual([]);
  });

  it("reads the API's field paths, the shared schemas' own codes included", () => {
    const found = questionIssues(questions, [
      { field: "questions.2.options", code: "too_few_options" },
      { field: "questions.0.options", code: "options_not_allowed" },
      { field: "questions.9.background", code: "background_single_choice" },
      { field: "questions.1.id", code: "duplicate_entry" },
      { field: "questions", code: "too_big" },
      { field: "questions.99.text.nb", code: "too_small" },
    ]);
    expect(found).toEqual([
      { questionId: "time-to-share", number: 3, part: { kind: "options" }, code: "too_few_options" },
      { questionId: "overall-benefit", number: 1, part: { kind: "options" }, code: "options_not_allowed" },
      { questionId: "gender", number: 10, part: { kind: "question" }, code: "background_single_choice" },
      { questionId: "topic-relevance", number: 2, part: { kind: "question" }, code: "duplicate_entry" },
      { questionId: null, number: null, part: { kind: "question" }, code: "too_big" },
    ]);
  });
});

describe("comparing the stored list with the person's", () => {
  it("says what is only in each, what differs, and whether the order changed", () => {
    const stored = removeQuestionAt(questions, 0);
    const mine = moveQuestion(
      questions.map((question) =>
        question.id === "understandable" ? rewordQuestion(question, "Forsto du alt?") : question,
      ),
      2,
      1,
    );
    const difference = compareQuestionLists(stored, mine);
    expect(difference.onlyMine.map((question) => question.id)).toEqual(["overall-benefit"]);
    expect(difference.onlyStored).toEqual([]);
    expect(difference.changed.map((question) => question.id)).toEqual(["understandable"]);
    expect(difference.reordered).toBe(true);
    expect(compareQuestionLists(questions, questions)).toEqual({
      onlyMine: [],
      onlyStored: [],
      changed: [],
      reordered: false,
    });
    expect(sameQuestionList(questions, defaultQuestions("COURSE_EVALUATION"))).toBe(true);
    expect(sameQuestionList(questions, mine)).toBe(false);
    // The same question with its keys in another order (a bank item's copy, the API's answer) is the same.
    const reordered = questions.map((question) => Object.fromEntries(Object.entries(question).reverse()) as Question);
    expect(sameQuestionList(questions, reordered)).toBe(true);
  });
});
