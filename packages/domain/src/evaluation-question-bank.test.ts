import { describe, expect, it } from "vitest";
import {
  evaluationFormKinds,
  type LocalizedText,
  likertLevels,
  questionListSchema,
  questionSchema,
} from "./evaluation-form.schema.ts";
import {
  allBankQuestions,
  bankQuestion,
  defaultBackgroundKeys,
  defaultQuestions,
  likertLabels,
  questionBank,
  scaleLabels,
} from "./evaluation-question-bank.ts";

// Words that are the same in bokmål and nynorsk (and the numbers, the same in English too): every
// other text must differ between the languages, or a translation is missing.
const sameInNbAndNn = new Set([
  "Kjønn",
  "Status/rolle",
  "Aldersgruppe",
  "Arbeidsstatus",
  "Mann",
  "Kvinne",
  "Pasient",
  "Deltid",
  "Alderspensjonist",
  "Arbeidsledig",
  "Frivillig arbeid",
  "Ja",
  "Delvis",
  "Nei",
  "Lite relevant",
  "Ganske relevant",
  "Svært relevant",
  "I svært stor grad",
]);
const sameInAllThree = (value: string) => /^(Under |Over )?[\d–]+$/.test(value);

function expectTranslated(label: LocalizedText, where: string) {
  if (sameInAllThree(label.nb)) {
    expect(label.nn, where).toBe(label.nb);
    expect(label.en, where).toBe(label.nb);
    return;
  }
  expect(label.en, `${where}: en`).not.toBe(label.nb);
  expect(label.en, `${where}: en`).not.toBe(label.nn);
  if (sameInNbAndNn.has(label.nb)) expect(label.nn, `${where}: nn`).toBe(label.nb);
  else expect(label.nn, `${where}: nn`).not.toBe(label.nb);
}

describe("the question bank", () => {
  it("holds only questions the form schema accepts, unchanged by parsing", () => {
    for (const question of allBankQuestions) {
      const parsed = questionSchema.safeParse(question);
      expect(parsed.error?.issues, question.bankKey).toBeUndefined();
      expect(parsed.data, question.bankKey).toEqual(question);
    }
  });

  it("has unique bank keys, unique default ids and unique option ids within each question", () => {
    const keys = allBankQuestions.map((question) => question.bankKey);
    const ids = allBankQuestions.map((question) => question.id);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of allBankQuestions) {
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size, question.bankKey).toBe(optionIds.length);
    }
  });

  it("has every text in bokmål, nynorsk and English, translated where the words differ", () => {
    for (const question of allBankQuestions) {
      expectTranslated(question.text, question.bankKey);
      for (const option of question.options) expectTranslated(option.label, `${question.bankKey}/${option.id}`);
    }
    for (const level of likertLevels) expectTranslated(likertLabels[level], `likert ${level}`);
    expectTranslated(scaleLabels.min, "scale min");
    expectTranslated(scaleLabels.max, "scale max");
  });

  it("keeps NK LMH's background block: five choice questions to break results down by, two free-text ones", () => {
    const block = questionBank.BACKGROUND;
    expect(block.map((question) => question.text.nb)).toEqual([
      "Kjønn",
      "Status/rolle",
      "Høyeste fullførte utdanning",
      "Aldersgruppe",
      "Arbeidsstatus",
      "Hvordan fikk du vite om kurset?",
      "Hvilke forventninger hadde du til kurset?",
    ]);
    expect(block.filter((question) => question.background).map((question) => question.type)).toEqual(
      Array(5).fill("SINGLE_CHOICE"),
    );
    expect(block.filter((question) => !question.background).map((question) => question.type)).toEqual([
      "FREE_TEXT",
      "FREE_TEXT",
    ]);
    const optionsOf = (key: string) => bankQuestion(key)?.options.map((option) => option.label.nb);
    expect(optionsOf("background.age-group")).toEqual([
      "Under 15",
      "15–19",
      "20–39",
      "40–50",
      "51–60",
      "61–70",
      "Over 70",
    ]);
    expect(optionsOf("background.work-status")).toEqual([
      "Heltid",
      "Deltid",
      "Sykemeldt",
      "Uføretrygdet",
      "Alderspensjonist",
      "Arbeidsledig",
      "Frivillig arbeid",
      "Annet",
    ]);
    // Only the bank's background block is a breakdown.
    const elsewhere = [...questionBank.COURSE_EVALUATION, ...questionBank.PARTICIPANT_BENEFIT];
    expect(elsewhere.filter((question) => question.background)).toEqual([]);
  });

  it("gives a fresh copy of an item, so that editing a form never edits the bank", () => {
    const copy = bankQuestion("background.gender");
    if (!copy) throw new Error("no gender question");
    copy.text.nb = "Endret";
    expect(bankQuestion("background.gender")?.text.nb).toBe("Kjønn");
    expect(bankQuestion("no.such-key")).toBeUndefined();
  });
});

describe("the default forms", () => {
  it.each(evaluationFormKinds)("%s is a valid form of bank questions", (kind) => {
    const questions = defaultQuestions(kind);
    expect(questionListSchema.safeParse(questions).error?.issues).toBeUndefined();
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.every((question) => question.bankKey !== null)).toBe(true);
  });

  it.each(evaluationFormKinds)("%s asks only the two least identifying background questions", (kind) => {
    const background = defaultQuestions(kind).filter((question) => question.background);
    expect(background.map((question) => question.bankKey).sort()).toEqual([...defaultBackgroundKeys].sort());
  });

  it("asks about the course in one and about the participant's own benefit in the other, with room to write", () => {
    const course = defaultQuestions("COURSE_EVALUATION").map((question) => question.bankKey);
    const benefit = defaultQuestions("PARTICIPANT_BENEFIT").map((question) => question.bankKey);
    expect(course).toEqual(expect.arrayContaining(["course.overall-benefit", "course.what-to-change"]));
    expect(benefit).toEqual(expect.arrayContaining(["benefit.everyday-coping", "benefit.quality-of-life"]));
    for (const kind of evaluationFormKinds) {
      expect(defaultQuestions(kind).some((question) => question.type === "FREE_TEXT")).toBe(true);
    }
  });

  it("returns new objects on every call", () => {
    const first = defaultQuestions("COURSE_EVALUATION");
    expect(first).toEqual(defaultQuestions("COURSE_EVALUATION"));
    expect(first[0]).not.toBe(defaultQuestions("COURSE_EVALUATION")[0]);
  });
});
