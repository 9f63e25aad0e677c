import { problemSchema } from "@sidestilt/domain/problem";
import {
  checklistParamsSchema,
  contributionBalanceSchema,
  contributionParamsSchema,
  signatureParamsSchema,
  signOffParamsSchema,
  signOffSchema,
  signSchema,
  transitionSchema,
} from "@sidestilt/domain/sign-off.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { setChecklistTick } from "./checklist.service.ts";
import { getContributionBalance } from "./contributions.service.ts";
import { getSignOff, sign, transition, withdrawSignature } from "./sign-off.service.ts";

// Phases and sign-offs of a run, its Standard metode checklist, and a course's contribution balance.
// Every route is for signed-in people; the services check the run or course itself (run-access.ts).

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const writeErrors = { ...errors, 409: problemSchema };

export const phasesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs/:runId/sign-off",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["phases"],
        summary: "Who has signed the run's next steps, who is missing, what blocks them, and the checklist",
        params: signOffParamsSchema,
        response: { 200: signOffSchema, ...errors },
      },
    },
    async (request) => getSignOff(app.db, viewerOf(requireAuth(request)), request.params.runId),
  );

  app.post(
    "/runs/:runId/signatures",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["phases"],
        summary: "Sign the step to a phase on the run's current version (user representatives and professionals)",
        params: signOffParamsSchema,
        body: signSchema,
        response: { 200: signOffSchema, 201: signOffSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const added = await sign(app.db, viewer, request.params.runId, request.body);
      return reply.status(added ? 201 : 200).send(await getSignOff(app.db, viewer, request.params.runId));
    },
  );

  app.delete(
    "/runs/:runId/signatures/:targetPhase",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["phases"],
        summary: "Withdraw one's own signature for a step on the current version",
        params: signatureParamsSchema,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await withdrawSignature(app.db, viewerOf(requireAuth(request)), request.params.runId, request.params.targetPhase);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/runs/:runId/transitions",
    {
      // Cancelling a run emails its participants.
      config: { access: "signed-in", sendsMail: true },
      schema: {
        tags: ["phases"],
        summary: "Move the run to the next phase (or cancel it) once both roles have signed",
        params: signOffParamsSchema,
        body: transitionSchema,
        response: { 200: signOffSchema, ...writeErrors },
      },
    },
    async (request) => transition(app.db, viewerOf(requireAuth(request)), request.params.runId, request.body),
  );

  for (const [method, ticked] of [
    ["PUT", true],
    ["DELETE", false],
  ] as const) {
    app.route({
      method,
      url: "/runs/:runId/checklist/:phase/:itemKey",
      config: { access: "signed-in" },
      schema: {
        tags: ["phases"],
        summary: ticked ? "Tick a Standard metode checklist item" : "Untick a Standard metode checklist item",
        params: checklistParamsSchema,
        response: { 200: signOffSchema, ...writeErrors },
      },
      handler: async (request) => setChecklistTick(app.db, viewerOf(requireAuth(request)), request.params, ticked),
    });
  }

  app.get(
    "/courses/:courseId/contributions",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["phases"],
        summary: "How much each role contributed to the course, per phase, over all its runs",
        params: contributionParamsSchema,
        response: { 200: contributionBalanceSchema, ...errors },
      },
    },
    async (request) => getContributionBalance(app.db, viewerOf(requireAuth(request)), request.params.courseId),
  );
};
