import { z } from "zod";
import { pageQuerySchema } from "./course.schema.ts";
import { evaluationFormKindSchema, questionListSchema, questionSchema } from "./evaluation-form.schema.ts";
import { roleSchema } from "./roles.ts";

// A course's participant evaluation forms on the wire: one draft per kind that the working group
// edits (every save a new attributed version), and its co-signatures. A version co-signed by a user
// representative and a professional is what a run's answers can be collected with.

/** Who, in which working-group role (the acting role: coordinator for an owner unit's coordinator). */
const authorship = { authorId: z.uuid(), authorName: z.string(), authorRole: roleSchema };

export const evaluationFormSignatureSchema = z
  .object({ personId: z.uuid(), name: z.string(), role: roleSchema, signedAt: z.iso.datetime() })
  .meta({ id: "EvaluationFormSignature" });

export const evaluationFormSchema = z
  .object({
    kind: evaluationFormKindSchema,
    /** The draft: the latest saved version, or the bank's default questions while none is saved. */
    questions: z.array(questionSchema),
    /** Send it back in If-Match when saving or signing; 0 while nothing is saved. */
    version: z.number().int().min(0),
    /** When the latest version was saved; null while nothing is saved. */
    updatedAt: z.iso.datetime().nullable(),
    /** The signatures that count on the current version (by current members, in the role they hold). */
    signatures: z.array(evaluationFormSignatureSchema),
    /**
     * The highest version co-signed by at least one user representative and one professional of the
     * working group as it is now; null when none is. May be older than `version` after an edit.
     */
    signedVersion: z.number().int().min(1).nullable(),
    /** The save that made the current version; null while nothing is saved. */
    lastEdit: z.object({ ...authorship, at: z.iso.datetime() }).nullable(),
    abilities: z.object({
      /** Working-group members of every role, and the owner units' coordinators. */
      canEdit: z.boolean(),
      /** A user representative or professional of the group who has not signed the current, saved version. */
      canSign: z.boolean(),
      /** The viewer's signature is on the current version (and may be withdrawn). */
      hasSigned: z.boolean(),
    }),
  })
  .meta({ id: "EvaluationForm" });
export type EvaluationFormView = z.infer<typeof evaluationFormSchema>;

export const evaluationFormsSchema = z
  .object({
    courseId: z.uuid(),
    /** One per kind, in the order of `evaluationFormKinds`. */
    forms: z.array(evaluationFormSchema),
  })
  .meta({ id: "EvaluationForms" });
export type EvaluationForms = z.infer<typeof evaluationFormsSchema>;

export const evaluationFormChangeSchema = z
  .object({ questions: questionListSchema })
  .meta({ id: "EvaluationFormChange" });
export type EvaluationFormChange = z.infer<typeof evaluationFormChangeSchema>;

const revisionFields = {
  version: z.number().int().min(1),
  ...authorship,
  createdAt: z.iso.datetime(),
  /** Signed by at least one user representative and one professional of the working group as it is now. */
  coSigned: z.boolean(),
};

export const evaluationFormRevisionSummarySchema = z
  .object(revisionFields)
  .meta({ id: "EvaluationFormRevisionSummary" });

/** Newest first; nextCursor is the version to continue below. */
export const evaluationFormRevisionListSchema = z
  .object({ items: z.array(evaluationFormRevisionSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "EvaluationFormRevisionList" });
export type EvaluationFormRevisionList = z.infer<typeof evaluationFormRevisionListSchema>;

export const evaluationFormRevisionSchema = z
  .object({ ...revisionFields, questions: z.array(questionSchema) })
  .meta({ id: "EvaluationFormRevision" });
export type EvaluationFormRevision = z.infer<typeof evaluationFormRevisionSchema>;

export const evaluationFormRevisionPageQuerySchema = pageQuerySchema.extend({
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, "invalid_cursor")
    .optional(),
});

export const courseFormsParamsSchema = z.object({ courseId: z.uuid() });
export const evaluationFormParamsSchema = z.object({ courseId: z.uuid(), kind: evaluationFormKindSchema });
export const evaluationFormRevisionParamsSchema = evaluationFormParamsSchema.extend({
  version: z.coerce.number().int().min(1).max(999_999_999),
});
