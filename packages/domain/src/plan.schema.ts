import { z } from "zod";
import { pageQuerySchema, runPhaseSchema } from "./course.schema.ts";
import { roleSchema } from "./roles.ts";
import { diffOps } from "./text-diff.ts";

// The didactic plan of a run (didaktisk relasjonsmodell): six elements every working-group member
// edits with the same rights, each with its attributed history, a discussion thread and decisions.

/** The six elements, in the order the plan shows them. */
export const planElementKinds = ["TARGET_GROUP", "GOALS", "FRAME", "CONTENT", "METHODS", "EVALUATION"] as const;
export const planElementKindSchema = z.enum(planElementKinds);
export type PlanElementKind = z.infer<typeof planElementKindSchema>;

export const maxPlanContentLength = 20_000;

/**
 * The version a run's plan elements start at. Its revision holds the starting text (a template's, or
 * the latest signed plan's) and is written when the run is created, attributed to whoever created it
 * so that no text in the history is without an author; it is nobody's contribution to this run's plan.
 * Every edit after it has a higher version.
 */
export const seededPlanVersion = 1;

/** Who wrote something, in which working-group role (the role is what the contribution balance counts). */
const authorship = { authorId: z.uuid(), authorName: z.string(), authorRole: roleSchema };

export const planElementSchema = z
  .object({
    id: z.uuid(),
    kind: planElementKindSchema,
    content: z.string(),
    /** The element's own version: send it back in If-Match when saving. */
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    /** The latest accepted edit, or null while nobody has edited the element. */
    lastEdit: z
      .object({ authorId: z.uuid(), authorName: z.string(), authorRole: roleSchema, at: z.iso.datetime() })
      .nullable(),
    commentCount: z.number().int(),
    decisionCount: z.number().int(),
  })
  .meta({ id: "PlanElement" });
export type PlanElement = z.infer<typeof planElementSchema>;

export const planSchema = z
  .object({
    runId: z.uuid(),
    /** The run's version (what signatures are given on); every accepted plan edit raises it. */
    runVersion: z.number().int(),
    phase: runPhaseSchema,
    elements: z.array(planElementSchema).max(planElementKinds.length),
    /** canEdit: the viewer is in the working group (or coordinates an owner unit) and the run is not closed. */
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: "Plan" });
export type Plan = z.infer<typeof planSchema>;

export const planElementChangeSchema = z
  .object({ content: z.string().max(maxPlanContentLength) })
  .meta({ id: "PlanElementChange" });
export type PlanElementChange = z.infer<typeof planElementChangeSchema>;

export const diffLineSchema = z.object({ op: z.enum(diffOps), text: z.string() }).meta({ id: "DiffLine" });

export const revisionSchema = z
  .object({
    version: z.number().int(),
    content: z.string(),
    ...authorship,
    /** The run's phase when the edit was made. */
    phase: runPhaseSchema,
    /** The version this revision brought back, when it was a restore. */
    restoredFrom: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
    /** Line diff against the previous revision (against the empty text for the first one). */
    diff: z.array(diffLineSchema),
  })
  .meta({ id: "PlanRevision" });
export type Revision = z.infer<typeof revisionSchema>;

/** Newest first; nextCursor is the version to continue below. */
export const revisionListSchema = z
  .object({ items: z.array(revisionSchema), nextCursor: z.string().nullable() })
  .meta({ id: "PlanRevisionList" });
export type RevisionList = z.infer<typeof revisionListSchema>;

export const revisionPageQuerySchema = pageQuerySchema.extend({
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, "invalid_cursor")
    .optional(),
});

export const restoreSchema = z.object({ version: z.number().int().min(1) }).meta({ id: "PlanRestore" });
export type Restore = z.infer<typeof restoreSchema>;

export const commentSchema = z
  .object({ id: z.uuid(), body: z.string(), ...authorship, createdAt: z.iso.datetime() })
  .meta({ id: "PlanComment" });
export type Comment = z.infer<typeof commentSchema>;

export const newCommentSchema = z.object({ body: z.string().trim().min(1).max(4000) }).meta({ id: "NewPlanComment" });
export type NewComment = z.infer<typeof newCommentSchema>;

export const decisionSchema = z
  .object({ id: z.uuid(), text: z.string(), ...authorship, phase: runPhaseSchema, createdAt: z.iso.datetime() })
  .meta({ id: "PlanDecision" });
export type Decision = z.infer<typeof decisionSchema>;

export const newDecisionSchema = z.object({ text: z.string().trim().min(1).max(2000) }).meta({ id: "NewPlanDecision" });
export type NewDecision = z.infer<typeof newDecisionSchema>;

/** An element's discussion, oldest comment first, with the decisions it led to. */
export const threadSchema = z
  .object({ comments: z.array(commentSchema), decisions: z.array(decisionSchema) })
  .meta({ id: "PlanThread" });
export type Thread = z.infer<typeof threadSchema>;

export const runIdParamsSchema = z.object({ runId: z.uuid() });
export const elementIdParamsSchema = z.object({ elementId: z.uuid() });
