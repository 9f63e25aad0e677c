import { type Question, questionIdSchema, questionListSchema } from "@sidestilt/domain/evaluation-form.schema";
import { bankQuestion, defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { describe, expect, it } from "vitest";
import { kebabCaseOf, uniqueIdFrom } from "./question-ids.ts";
import {
  addOption,
  customQuestion,
  hasBankItem,
  insertQuestionAt,
  moveQuestion,
  questionFromBank,
  relabelOption,
  removeOption,
  removeQuestionAt,
  rewordQuestion,
} from "./question-list-editing.ts";

const ids = (questions: readonly Question[]) => questions.map((question) => question.id);

describe("question ids", () => {
  it("makes kebab-case from Norwegian text", () => {
    expect(kebabCaseOf("Hva likte du best på kurset?")).toBe("hva-likte-du-best-pa-kurset");
    expect(kebabCaseOf("Ærlig talt: Økt mestring!")).toBe("aerlig-talt-okt-mestring");
    expect(kebabCaseOf("  «Café» – 2 ganger  ")).toBe("cafe-2-ganger");
    expect(kebabCaseOf("???")).toBe("");
  });

  it("keeps ids unique within the form and within the schema's limits", () => {
    expect(uniqueIdFrom("Kjønn", ["kjonn"], "question")).toBe("kjonn-2");
    expect(uniqueIdFrom("Kjønn", ["kjonn", "kjonn-2"], "question")).toBe("kjonn-3");
    expect(uniqueIdFrom("…", [], "question")).toBe("question");
    const long = "Hvor godt synes du at kurset dekket dine behov for kunnskap om sykdommen din i hverdagen?";
    const taken: string[] = [];
    for (let count = 0; count < 41; count += 1) taken.push(uniqueIdFrom(long, taken, "question"));
    expect(new Set(taken).size).toBe(41);
    for (const id of taken) expect(questionIdSchema.safeParse(id).success, id).toBe(true);
  });
});

describe("editing the question list", () => {
  const questions = defaultQuestions("COURSE_EVALUATION");

  it("moves a question up or down, and not past either end", () => {
    const [first, second, third] = ids(questions);
    expect(ids(moveQuestion(questions, 1, -1)).slice(0, 3)).toEqual([second, first, third]);
    expect(ids(moveQuestion(questions, 1, 1)).slice(0, 3)).toEqual([first, third, second]);
    expect(ids(moveQuestion(questions, 0, -1))).toEqual(ids(questions));
    expect(ids(moveQuestion(questions, questions.length - 1, 1))).toEqual(ids(questions));
  });

  it("removes a question and puts it back where it was", () => {
    const removed = questions[2] as Question;
    const without = removeQuestionAt(questions, 2);
    expect(ids(without)).not.toContain(removed.id);
    expect(insertQuestionAt(without, 2, removed)).toEqual(questions);
    // The list got shorter meanwhile: it goes last.
    expect(ids(insertQuestionAt([], 5, removed))).toEqual([removed.id]);
  });

  it("adds a bank item as a fresh copy, with an id of its own when the form uses the bank's already", () => {
    expect(hasBankItem(questions, "background.age-group")).toBe(false);
    const age = questionFromBank(questions, "background.age-group");
    expect(age).toEqual(bankQuestion("background.age-group"));
    const clash = [{ ...(questions[0] as Question), id: "age-group", bankKey: null }];
    expect(questionFromBank(clash, "background.age-group")?.id).toBe("age-group-2");
    expect(questionFromBank(questions, "no.such.item")).toBeUndefined();
  });

  it("makes a question of the group's own with one text in all languages and ids from the texts", () => {
    const question = customQuestion(questions, {
      type: "SINGLE_CHOICE",
      text: "  Var lokalet greit? ",
      options: ["Ja", "Nei", "Ja"],
      required: true,
    });
    expect(question).toEqual({
      id: "var-lokalet-greit",
      type: "SINGLE_CHOICE",
      text: { nb: "Var lokalet greit?", nn: "Var lokalet greit?", en: "Var lokalet greit?" },
      options: [
        { id: "ja", label: { nb: "Ja", nn: "Ja", en: "Ja" } },
        { id: "nei", label: { nb: "Nei", nn: "Nei", en: "Nei" } },
        { id: "ja-2", label: { nb: "Ja", nn: "Ja", en: "Ja" } },
      ],
      required: true,
      background: false,
      bankKey: null,
    });
    expect(questionListSchema.safeParse([...questions, question]).success).toBe(true);
    // A free-text question has no options, whatever was typed for them before the type was chosen.
    expect(
      customQuestion(questions, { type: "FREE_TEXT", text: "Annet?", options: ["x", "y"], required: false }).options,
    ).toEqual([]);
  });

  it("turns a bank item into the group's own when its text or options change, keeping its id", () => {
    const gender = bankQuestion("background.gender") as Question;
    const reworded = rewordQuestion(gender, "Hvilket kjønn er du?");
    expect(reworded).toMatchObject({ id: "gender", bankKey: null, background: true });
    expect(reworded.text).toEqual({
      nb: "Hvilket kjønn er du?",
      nn: "Hvilket kjønn er du?",
      en: "Hvilket kjønn er du?",
    });
    // The options keep their translations until they are changed themselves.
    expect(reworded.options).toEqual(gender.options);

    const relabelled = relabelOption(gender, 2, "Vil ikke svare");
    expect(relabelled.bankKey).toBeNull();
    expect(relabelled.options.map((option) => [option.id, option.label.en])).toEqual([
      ["man", "Man"],
      ["woman", "Woman"],
      ["other", "Vil ikke svare"],
    ]);

    const added = addOption(addOption(gender));
    expect(added.options.map((option) => option.id)).toEqual(["man", "woman", "other", "option", "option-2"]);
    expect(removeOption(added, 0).options.map((option) => option.id)).toEqual(["woman", "other", "option", "option-2"]);
  });
});
