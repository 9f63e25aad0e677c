import { z } from "zod";
import { evaluationFormKindSchema, localizedTextSchema, questionTypeSchema } from "./evaluation-form.schema.ts";

// The results of an evaluation as the API sends them: the shapes of evaluation-results.ts,
// evaluation-results-breakdown.ts and evaluation-results-comparison.ts, where every count has
// already passed the rule of five. (Those files compute; these only describe the wire.)

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);
const head = { questionId: z.string(), text: localizedTextSchema };
const optionLabel = { optionId: z.string(), label: localizedTextSchema };

export const questionResultSchema = z
  .discriminatedUnion("kind", [
    z.object({ ...head, kind: z.literal("too_few_answered"), type: questionTypeSchema }),
    z.object({ ...head, kind: z.literal("free_text_withheld"), type: z.literal("FREE_TEXT") }),
    z.object({
      ...head,
      kind: z.literal("ordered"),
      type: z.enum(["SCALE_0_10", "LIKERT"]),
      respondents: count,
      cells: z.array(z.object({ from: z.number().int(), to: z.number().int(), count, share })),
      mean: z.number(),
      standardDeviation: z.number(),
    }),
    z.object({
      ...head,
      kind: z.literal("single_choice"),
      type: z.literal("SINGLE_CHOICE"),
      respondents: count,
      options: z.array(z.object({ ...optionLabel, count, share })),
      other: z.object({ options: z.array(z.object(optionLabel)), count, share }).nullable(),
    }),
    z.object({
      ...head,
      kind: z.literal("multiple_choice"),
      type: z.literal("MULTIPLE_CHOICE"),
      respondents: count,
      options: z.array(
        z.union([
          z.object({ ...optionLabel, shown: z.literal(true), count, share }),
          z.object({ ...optionLabel, shown: z.literal(false) }),
        ]),
      ),
    }),
    z.object({
      ...head,
      kind: z.literal("free_text"),
      type: z.literal("FREE_TEXT"),
      respondents: count,
      texts: z.array(z.string()),
    }),
  ])
  .meta({ id: "EvaluationQuestionResult" });

export const breakdownSchema = z
  .object({
    questionId: z.string(),
    text: localizedTextSchema,
    respondents: count,
    groups: z.array(
      z.object({
        key: z.string(),
        kind: z.enum(["option", "other", "not_answered"]),
        optionId: z.string().nullable(),
        label: localizedTextSchema.nullable(),
        respondents: count,
      }),
    ),
    questions: z.array(z.object({ ...head, type: questionTypeSchema, groups: z.array(questionResultSchema) })),
  })
  .meta({ id: "EvaluationBreakdown" });

export const evaluationResultsSchema = z
  .object({
    collectionId: z.uuid(),
    runId: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    runStartsOn: z.iso.date(),
    kind: evaluationFormKindSchema,
    formVersion: z.number().int(),
    respondents: count,
    questions: z.array(questionResultSchema),
    /** The background questions results may be broken down by. */
    backgroundQuestions: z.array(z.object(head)),
    /** Present when a breakdown was asked for. */
    breakdown: breakdownSchema.nullable(),
    /** Free text is shown to the working group's evaluators only. */
    canSeeFreeText: z.boolean(),
  })
  .meta({ id: "EvaluationResults" });
export type EvaluationResultsView = z.infer<typeof evaluationResultsSchema>;

export const resultsQuerySchema = z.object({
  /** A background question's id to break the results down by. */
  breakdown: z.string().max(40).optional(),
  language: z.enum(["nb", "nn", "en"]).default("nb"),
});

export const exportFormatSchema = z.enum(["csv", "xlsx"]);
export const resultsExportParamsSchema = z.object({ collectionId: z.uuid(), format: exportFormatSchema });

export const runComparisonSchema = z
  .object({
    courseId: z.uuid(),
    kind: evaluationFormKindSchema,
    runs: z.array(
      z.union([
        z.object({ runId: z.uuid(), startsOn: z.iso.date(), status: z.literal("available"), respondents: count }),
        z.object({
          runId: z.uuid(),
          startsOn: z.iso.date(),
          status: z.literal("unavailable"),
          reason: z.enum(["collecting", "too_few_answers"]),
        }),
      ]),
    ),
    questions: z.array(
      z.object({
        questionId: z.string(),
        type: questionTypeSchema,
        text: localizedTextSchema,
        results: z.array(questionResultSchema.nullable()),
      }),
    ),
  })
  .meta({ id: "EvaluationRunComparison" });
export type RunComparisonView = z.infer<typeof runComparisonSchema>;

export const comparisonQuerySchema = z.object({ kind: evaluationFormKindSchema.default("COURSE_EVALUATION") });
