import { z } from "zod";
import { runPhaseSchema } from "./course.schema.ts";
import { answerSetSchema, evaluationFormKindSchema, questionSchema } from "./evaluation-form.schema.ts";

// Collecting participants' anonymous answers for a run (innsamling): the working group opens a
// collection for a signed form version, hands out the anonymous link (QR code), emails single-use
// links, types in paper forms, and closes it. Counts of people are shown only when they are 0 or at
// least five (`shownCount`): a count from 1 to 4 identifies people in a group of ten.

/** The fewest people a shown count, result or breakdown cell may stand for. */
export const minimumGroupSize = 5;

/** Fewer invited than this, and the working group is warned that anonymity is weak. */
export const invitedWarningBelow = 10;

/** A count as it may be shown: itself when 0 or at least five, otherwise null ("fewer than five"). */
export const shownCount = (count: number): number | null => (count === 0 || count >= minimumGroupSize ? count : null);

export const collectionStatusSchema = z.enum(["OPEN", "CLOSED"]);
export type CollectionStatus = z.infer<typeof collectionStatusSchema>;

/** A count that is null when it is from 1 to 4. */
const maskedCount = z.number().int().min(0).nullable();

export const evaluationCollectionSchema = z
  .object({
    id: z.uuid(),
    kind: evaluationFormKindSchema,
    status: collectionStatusSchema,
    /** The form version answered (the co-signed revision's version number). */
    formVersion: z.number().int(),
    openedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    /** For If-Match when closing. */
    version: z.number().int(),
    /** Answers received so far; null while fewer than five. */
    answers: maskedCount,
    /** Participants sent a personal link; null when from 1 to 4. */
    invited: maskedCount,
    /** Fewer than ten were invited: answers identify people more easily. */
    fewInvited: z.boolean(),
    /** The anonymous link (printed as a QR code on the handout). */
    link: z.url(),
    /** Closed with at least five answers. */
    resultsAvailable: z.boolean(),
  })
  .meta({ id: "EvaluationCollection" });
export type EvaluationCollection = z.infer<typeof evaluationCollectionSchema>;

export const runEvaluationSchema = z
  .object({
    runId: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    phase: runPhaseSchema,
    /** Per kind of form: the co-signed version a collection would use, or null when none is signed yet. */
    forms: z.array(z.object({ kind: evaluationFormKindSchema, signedVersion: z.number().int().nullable() })),
    collections: z.array(evaluationCollectionSchema),
    /** canManage: open, invite, type in paper answers and close (working group and owner coordinators). */
    abilities: z.object({ canManage: z.boolean() }),
  })
  .meta({ id: "RunEvaluation" });
export type RunEvaluation = z.infer<typeof runEvaluationSchema>;

export const openCollectionSchema = z.strictObject({ kind: evaluationFormKindSchema }).meta({ id: "OpenCollection" });

export const invitationsSentSchema = z
  .object({
    /** Participants invited by this request (null when from 1 to 4). */
    newlyInvited: maskedCount,
    collection: evaluationCollectionSchema,
  })
  .meta({ id: "EvaluationInvitationsSent" });

export const paperAnswerSchema = z.strictObject({ answers: answerSetSchema }).meta({ id: "PaperAnswer" });

export const collectionIdParamsSchema = z.object({ collectionId: z.uuid() });

// The participant's side: no sign-in, no cookie. A personal link carries a single-use token; the
// anonymous link carries the collection's code, and the page adds a random submission id so that a
// double tap or a retry is one answer.

const tokenText = z.string().min(20).max(100);

export const evaluationAccessSchema = z.union([
  z.strictObject({ token: tokenText }),
  z.strictObject({ code: tokenText }),
]);
export type EvaluationAccess = z.infer<typeof evaluationAccessSchema>;

export const participantFormSchema = z
  .object({
    courseTitle: z.string(),
    kind: evaluationFormKindSchema,
    questions: z.array(questionSchema),
  })
  .meta({ id: "ParticipantEvaluationForm" });
export type ParticipantForm = z.infer<typeof participantFormSchema>;

export const submitAnswersSchema = z
  .union([
    z.strictObject({ token: tokenText, answers: answerSetSchema }),
    z.strictObject({ code: tokenText, submissionId: z.uuid(), answers: answerSetSchema }),
  ])
  .meta({ id: "EvaluationAnswers" });
export type SubmitAnswers = z.infer<typeof submitAnswersSchema>;

export const answersReceivedSchema = z.object({ received: z.literal(true) }).meta({ id: "EvaluationAnswersReceived" });
