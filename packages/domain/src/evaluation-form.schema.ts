import { z } from "zod";

// The participant evaluation form (deltakerevaluering): what the working group asks, and what a
// participant answers. A form is stored as a self-contained list of questions (texts in all three
// languages), so that an answer always reads against exactly the questions its participant saw.

/** Course evaluation (form and content) or participant benefit (own benefit, coping, quality of life). */
export const evaluationFormKinds = ["COURSE_EVALUATION", "PARTICIPANT_BENEFIT"] as const;
export const evaluationFormKindSchema = z.enum(evaluationFormKinds);
export type EvaluationFormKind = z.infer<typeof evaluationFormKindSchema>;

/**
 * SCALE_0_10: a whole number 0–10. LIKERT: one of four levels from "lite relevant" (1) to "svært
 * relevant" (4). SINGLE_CHOICE / MULTIPLE_CHOICE: option ids. FREE_TEXT: text.
 */
export const questionTypes = ["SCALE_0_10", "LIKERT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "FREE_TEXT"] as const;
export const questionTypeSchema = z.enum(questionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const likertLevels = [1, 2, 3, 4] as const;
export const scaleRange = { min: 0, max: 10 } as const;
export const maxFreeTextLength = 2_000;
export const maxQuestionsPerForm = 40;
export const maxOptionsPerQuestion = 12;

const textLimit = 500;

/** A text in each language the UI speaks. A custom question's author may give one text for all three. */
export const localizedTextSchema = z.object({
  nb: z.string().trim().min(1).max(textLimit),
  nn: z.string().trim().min(1).max(textLimit),
  en: z.string().trim().min(1).max(textLimit),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A question's stable id within its form, kept across versions (answers and comparisons key on it). */
export const questionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: "invalid_format" });

export const choiceOptionSchema = z.object({ id: questionIdSchema, label: localizedTextSchema });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const questionSchema = z
  .object({
    id: questionIdSchema,
    type: questionTypeSchema,
    text: localizedTextSchema,
    /** Choice questions only: at least two options. */
    options: z.array(choiceOptionSchema).max(maxOptionsPerQuestion).default([]),
    required: z.boolean().default(false),
    /**
     * A background question (kjønn, rolle, alder …): results may be broken down by it, and its answers
     * are never shown beside free text. Choice questions only.
     */
    background: z.boolean().default(false),
    /** The question bank item it came from, if any (its texts are copied, not referenced). */
    bankKey: z.string().max(60).nullable().default(null),
  })
  .superRefine((question, context) => {
    const isChoice = question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE";
    if (isChoice && question.options.length < 2) {
      context.addIssue({ code: "custom", path: ["options"], message: "too_few_options" });
    }
    if (!isChoice && question.options.length > 0) {
      context.addIssue({ code: "custom", path: ["options"], message: "options_not_allowed" });
    }
    if (question.background && question.type !== "SINGLE_CHOICE") {
      context.addIssue({ code: "custom", path: ["background"], message: "background_single_choice" });
    }
    const ids = question.options.map((option) => option.id);
    if (new Set(ids).size !== ids.length) {
      context.addIssue({ code: "custom", path: ["options"], message: "duplicate_entry" });
    }
  })
  .meta({ id: "EvaluationQuestion" });
export type Question = z.infer<typeof questionSchema>;

export const questionListSchema = z
  .array(questionSchema)
  .max(maxQuestionsPerForm)
  .superRefine((questions, context) => {
    const ids = questions.map((question) => question.id);
    for (const [index, id] of ids.entries()) {
      if (ids.indexOf(id) !== index) {
        context.addIssue({ code: "custom", path: [index, "id"], message: "duplicate_entry" });
      }
    }
  });

/** One answer's value, by question type. */
export type AnswerValue = number | string | string[];

/** A participant's answers, by question id; a question left unanswered is absent. */
export const answerSetSchema = z.record(
  questionIdSchema,
  z.union([z.number(), z.string().max(maxFreeTextLength * 2), z.array(z.string().max(60)).max(maxOptionsPerQuestion)]),
);
export type AnswerSet = z.infer<typeof answerSetSchema>;

export type AnswerIssue = {
  field: string;
  code: "required" | "out_of_range" | "unknown_option" | "too_long" | "invalid_type" | "unknown_question";
};

/** What is wrong with a participant's answers to these questions (empty when nothing is). */
export function answerIssues(questions: readonly Question[], answers: AnswerSet): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) issues.push({ field: `answers.${id}`, code: "unknown_question" });
  }
  for (const question of questions) {
    const field = `answers.${question.id}`;
    const value = answers[question.id];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
      if (question.required) issues.push({ field, code: "required" });
      continue;
    }
    const issue = valueIssue(question, value);
    if (issue) issues.push({ field, code: issue });
  }
  return issues;
}

function valueIssue(question: Question, value: AnswerValue): AnswerIssue["code"] | null {
  const optionIds = new Set(question.options.map((option) => option.id));
  switch (question.type) {
    case "SCALE_0_10":
      if (typeof value !== "number") return "invalid_type";
      return Number.isInteger(value) && value >= scaleRange.min && value <= scaleRange.max ? null : "out_of_range";
    case "LIKERT":
      if (typeof value !== "number") return "invalid_type";
      return (likertLevels as readonly number[]).includes(value) ? null : "out_of_range";
    case "SINGLE_CHOICE":
      if (typeof value !== "string") return "invalid_type";
      return optionIds.has(value) ? null : "unknown_option";
    case "MULTIPLE_CHOICE":
      if (!Array.isArray(value)) return "invalid_type";
      if (new Set(value).size !== value.length) return "unknown_option";
      return value.every((id) => optionIds.has(id)) ? null : "unknown_option";
    case "FREE_TEXT":
      if (typeof value !== "string") return "invalid_type";
      return value.length <= maxFreeTextLength ? null : "too_long";
  }
}

/** The answers as stored: unanswered questions dropped, free text trimmed. Call after answerIssues() is empty. */
export function normaliseAnswers(questions: readonly Question[], answers: AnswerSet): AnswerSet {
  const stored: AnswerSet = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    stored[question.id] = typeof value === "string" ? value.trim() : value;
  }
  return stored;
}
