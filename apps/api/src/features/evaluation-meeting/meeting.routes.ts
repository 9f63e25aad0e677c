import { courseIdParamsSchema, runIdParamsSchema } from "@sidestilt/domain/course.schema";
import {
  appliedProposalsSchema,
  applyProposalsSchema,
  evaluationChainSchema,
  evaluationMeetingInputSchema,
  evaluationMeetingSchema,
  proposalDecisionSchema,
  proposalIdParamsSchema,
  revisionProposalInputSchema,
  revisionProposalSchema,
} from "@sidestilt/domain/evaluation-meeting.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getEvaluationChain } from "./chain.service.ts";
import { getEvaluationMeeting, saveEvaluationMeeting } from "./meeting.service.ts";
import { addProposal, applyProposals, decideProposal } from "./proposals.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const changeErrors = { ...errors, 409: problemSchema, 412: problemSchema, 428: problemSchema };

/** The evaluation meeting of a run and its revision proposals (registered under /api). */
export const evaluationMeetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs/:runId/evaluation-meeting",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The evaluation meeting's record, the revision proposals and the later runs they can go into",
        params: runIdParamsSchema,
        response: { 200: evaluationMeetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const meeting = await getEvaluationMeeting(app.db, viewerOf(requireAuth(request)), request.params.runId);
      setEtag(reply, meeting.version);
      return meeting;
    },
  );

  app.put(
    "/runs/:runId/evaluation-meeting",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary:
          "Save the meeting's record (If-Match; 0 for the first save): what worked, what to change, collaboration",
        params: runIdParamsSchema,
        body: evaluationMeetingInputSchema,
        response: { 200: evaluationMeetingSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const meeting = await saveEvaluationMeeting(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.runId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, meeting.version);
      return meeting;
    },
  );

  app.post(
    "/runs/:runId/revision-proposals",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["evaluation"],
        summary: "Propose a new text for one plan element, from a finding of the evaluation",
        params: runIdParamsSchema,
        body: revisionProposalInputSchema,
        response: { 201: revisionProposalSchema, ...changeErrors, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      return reply.status(201).send(await addProposal(app.db, viewer, request.params.runId, request.body));
    },
  );

  app.post(
    "/revision-proposals/:proposalId/decision",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Accept, reject or reopen a proposal (If-Match)",
        params: proposalIdParamsSchema,
        body: proposalDecisionSchema,
        response: { 200: revisionProposalSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const proposal = await decideProposal(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.proposalId,
        () => expectedVersion(request),
        request.body.status,
      );
      setEtag(reply, proposal.version);
      return proposal;
    },
  );

  app.post(
    "/runs/:runId/revision-proposals/apply",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Write the accepted proposals into a later run's plan, to be signed again by its working group",
        params: runIdParamsSchema,
        body: applyProposalsSchema,
        response: { 200: appliedProposalsSchema, ...changeErrors },
      },
    },
    async (request) =>
      applyProposals(app.db, viewerOf(requireAuth(request)), request.params.runId, request.body.targetRunId),
  );

  app.get(
    "/courses/:courseId/evaluation-chain",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The course's quality cycle: each run's evaluation, meeting, proposals and the runs that took them in",
        params: courseIdParamsSchema,
        response: { 200: evaluationChainSchema, ...errors },
      },
    },
    async (request) => getEvaluationChain(app.db, viewerOf(requireAuth(request)), request.params.courseId),
  );
};
