import { z } from "zod";
import { runPhaseSchema } from "./course.schema.ts";
import { signingRoles } from "./phase.ts";
import { roleSchema } from "./roles.ts";

// The sign-off of a run: the steps it may take next, who has signed each (and whether that signature
// still counts), what blocks it, and the Standard metode checklist. Plus the contribution balance of a
// course. The rules behind them are phase.ts, checklist.ts and contribution.ts.

export const signingRoleSchema = z.enum(signingRoles);

/** Why a step cannot be taken yet (phase.ts `transitionBlockers`), in the order the web app explains it. */
export const transitionBlockerSchema = z
  .discriminatedUnion("code", [
    z.object({ code: z.literal("transition_not_allowed") }),
    z.object({ code: z.literal("working_group_incomplete"), missingRole: signingRoleSchema }),
    z.object({ code: z.literal("signature_missing"), missingRole: signingRoleSchema }),
  ])
  .meta({ id: "TransitionBlocker" });

export const stepSignatureSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  role: roleSchema,
  /** The run version the signature was given on. */
  version: z.number().int(),
  signedAt: z.iso.datetime(),
  /** False once the run changed after signing, or the signer left the group or changed role. */
  valid: z.boolean(),
});

export const signOffStepSchema = z.object({
  target: runPhaseSchema,
  blockers: z.array(transitionBlockerSchema),
  /** Each signer's latest signature for this step: valid ones first. */
  signatures: z.array(stepSignatureSchema),
  /** Whether the signed-in person may sign this step now. */
  canSign: z.boolean(),
  /** Whether the signed-in person may take this step now (it is unblocked and they may edit the run). */
  canAdvance: z.boolean(),
});

export const checklistEntrySchema = z.object({
  phase: runPhaseSchema,
  key: z.string(),
  ticked: z.boolean(),
  tickedBy: z.object({ id: z.uuid(), name: z.string(), role: roleSchema }).nullable(),
  tickedAt: z.iso.datetime().nullable(),
});

export const signOffSchema = z
  .object({
    runId: z.uuid(),
    phase: runPhaseSchema,
    /** The current version of the run: the one a signature must be given on. */
    version: z.number().int(),
    /** The steps the run may take from here (none once it is closed). */
    steps: z.array(signOffStepSchema),
    /** Current members in the signing roles. */
    workingGroup: z.object({ userRepresentatives: z.number().int(), professionals: z.number().int() }),
    /** Every item of every phase's checklist (checklist.ts), in its order. */
    checklist: z.array(checklistEntrySchema),
    /** Whether the signed-in person may tick and untick checklist items. */
    canTick: z.boolean(),
  })
  .meta({ id: "SignOff" });
export type SignOff = z.infer<typeof signOffSchema>;

export const signSchema = z
  .object({ targetPhase: runPhaseSchema, version: z.number().int().min(1) })
  .meta({ id: "SignatureRequest" });
export type Sign = z.infer<typeof signSchema>;

export const transitionSchema = z.object({ targetPhase: runPhaseSchema }).meta({ id: "TransitionRequest" });
export type Transition = z.infer<typeof transitionSchema>;

export const signOffParamsSchema = z.object({ runId: z.uuid() });
export const signatureParamsSchema = z.object({ runId: z.uuid(), targetPhase: runPhaseSchema });
export const checklistParamsSchema = z.object({
  runId: z.uuid(),
  phase: runPhaseSchema,
  itemKey: z.string().min(1).max(100),
});

/** What is counted as a contribution (see contribution.ts). */
export const contributionKinds = ["edits", "programmeItems", "decisions", "presentations"] as const;
export type ContributionKind = (typeof contributionKinds)[number];

/** Roles the balance shows on their own; every other role is grouped as OTHER. */
export const contributionGroups = ["USER_REPRESENTATIVE", "PROFESSIONAL", "COORDINATOR", "OTHER"] as const;
export const contributionGroupSchema = z.enum(contributionGroups);
export type ContributionGroup = z.infer<typeof contributionGroupSchema>;

const countShareSchema = z.object({
  count: z.number().int().min(0),
  /** This group's part of all contributions (of this kind) in the phase: 0…1, 0 when there are none. */
  share: z.number().min(0).max(1),
});

export const groupContributionSchema = countShareSchema.extend({
  group: contributionGroupSchema,
  kinds: z.object({
    edits: countShareSchema,
    programmeItems: countShareSchema,
    decisions: countShareSchema,
    presentations: countShareSchema,
  }),
});

export const balanceSchema = z.object({
  /** All contributions of every group. */
  total: z.number().int().min(0),
  /** One entry per group, in the order of `contributionGroups`. */
  groups: z.array(groupContributionSchema),
  /** User representatives made under the threshold share of at least the minimum number of contributions. */
  userRepresentativesUnderrepresented: z.boolean(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const contributionBalanceSchema = z
  .object({
    /** One entry per phase, in phase order (phases without contributions have zeros). */
    phases: z.array(balanceSchema.extend({ phase: runPhaseSchema })),
    total: balanceSchema,
  })
  .meta({ id: "ContributionBalance" });
export type ContributionBalance = z.infer<typeof contributionBalanceSchema>;

export const contributionParamsSchema = z.object({ courseId: z.uuid() });
