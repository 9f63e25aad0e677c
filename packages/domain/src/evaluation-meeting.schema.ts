import { z } from "zod";
import { runPhaseSchema } from "./course.schema.ts";
import { maxPlanContentLength, planElementKindSchema } from "./plan.schema.ts";
import { roleSchema } from "./roles.ts";

// The evaluation meeting (evalueringsmøte) of a run and what it changes: the whole working group
// records what worked, what to change and how they shared tasks and responsibility; each finding can
// become a proposed change of one plan element. Accepted proposals are written into the next run's
// plan, which its working group then co-signs like any plan (docs/decisions/0022).

export const maxMeetingTextLength = 10_000;
export const maxFindingLength = 2_000;

export const evaluationMeetingInputSchema = z
  .strictObject({
    heldOn: z.iso.date().nullable(),
    whatWorked: z.string().max(maxMeetingTextLength),
    whatToChange: z.string().max(maxMeetingTextLength),
    collaboration: z.string().max(maxMeetingTextLength),
  })
  .meta({ id: "EvaluationMeetingRecord" });
export type EvaluationMeetingInput = z.infer<typeof evaluationMeetingInputSchema>;

export const proposalStatusSchema = z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

const person = z.object({ id: z.uuid(), name: z.string(), role: roleSchema });

export const revisionProposalSchema = z
  .object({
    id: z.uuid(),
    elementKind: planElementKindSchema,
    finding: z.string(),
    proposedText: z.string(),
    status: proposalStatusSchema,
    author: person,
    createdAt: z.iso.datetime(),
    decidedBy: person.nullable(),
    decidedAt: z.iso.datetime().nullable(),
    /** The run whose plan took the change in, once applied. */
    appliedTo: z.object({ runId: z.uuid(), startsOn: z.iso.date() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: "RevisionProposal" });
export type RevisionProposal = z.infer<typeof revisionProposalSchema>;

export const evaluationMeetingSchema = z
  .object({
    runId: z.uuid(),
    courseId: z.uuid(),
    phase: runPhaseSchema,
    heldOn: z.iso.date().nullable(),
    whatWorked: z.string(),
    whatToChange: z.string(),
    collaboration: z.string(),
    /** 0 until the meeting is first saved; send it back in If-Match. */
    version: z.number().int(),
    lastEdit: z.object({ name: z.string(), role: roleSchema, at: z.iso.datetime() }).nullable(),
    proposals: z.array(revisionProposalSchema),
    /** Later runs of the course still in planning: where accepted proposals can go. */
    nextRuns: z.array(z.object({ runId: z.uuid(), startsOn: z.iso.date() })),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: "EvaluationMeeting" });
export type EvaluationMeeting = z.infer<typeof evaluationMeetingSchema>;

export const revisionProposalInputSchema = z
  .strictObject({
    elementKind: planElementKindSchema,
    finding: z.string().trim().min(1).max(maxFindingLength),
    /** The element's whole new text, as the next run's plan should read. */
    proposedText: z.string().trim().min(1).max(maxPlanContentLength),
  })
  .meta({ id: "NewRevisionProposal" });
export type RevisionProposalInput = z.infer<typeof revisionProposalInputSchema>;

export const proposalDecisionSchema = z
  .strictObject({ status: z.enum(["ACCEPTED", "REJECTED", "PROPOSED"]) })
  .meta({ id: "ProposalDecision" });

export const applyProposalsSchema = z.strictObject({ targetRunId: z.uuid() }).meta({ id: "ApplyProposals" });

export const appliedProposalsSchema = z
  .object({ targetRunId: z.uuid(), applied: z.number().int(), targetRunVersion: z.number().int() })
  .meta({ id: "AppliedProposals" });

export const proposalIdParamsSchema = z.object({ proposalId: z.uuid() });

/**
 * The quality cycle of a course, run by run: what each run's evaluation collected, whether the meeting
 * was held, what it proposed, and which later runs took its changes in (and which earlier runs' changes
 * it took in).
 */
export const evaluationChainSchema = z
  .object({
    courseId: z.uuid(),
    runs: z.array(
      z.object({
        runId: z.uuid(),
        startsOn: z.iso.date(),
        phase: runPhaseSchema,
        collections: z.array(
          z.object({
            collectionId: z.uuid(),
            kind: z.enum(["COURSE_EVALUATION", "PARTICIPANT_BENEFIT"]),
            status: z.enum(["OPEN", "CLOSED"]),
            resultsAvailable: z.boolean(),
          }),
        ),
        meetingRecorded: z.boolean(),
        proposals: z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
        carriedInto: z.array(z.uuid()),
        takenFrom: z.array(z.uuid()),
      }),
    ),
  })
  .meta({ id: "EvaluationChain" });
export type EvaluationChain = z.infer<typeof evaluationChainSchema>;
