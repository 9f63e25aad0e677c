import { runIdParamsSchema } from "@sidestilt/domain/course.schema";
import {
  answersReceivedSchema,
  collectionIdParamsSchema,
  evaluationAccessSchema,
  evaluationCollectionSchema,
  invitationsSentSchema,
  openCollectionSchema,
  paperAnswerSchema,
  participantFormSchema,
  runEvaluationSchema,
  submitAnswersSchema,
} from "@sidestilt/domain/evaluation-collection.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { appOrigin } from "../../lib/links.ts";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { participantForm, submitAnswers } from "./answers.service.ts";
import {
  addPaperAnswer,
  closeCollection,
  collectionQrCode,
  getRunEvaluation,
  inviteParticipants,
  openCollection,
} from "./collections.service.ts";

export type EvaluationCollectionsRoutesOptions = { publicUrl: string | undefined };

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const changeErrors = { ...errors, 409: problemSchema, 412: problemSchema, 428: problemSchema };

/**
 * Collecting participants' anonymous answers (registered under /api). The participant's routes take no
 * cookie and keep no trace: no CSRF cookie (the body's secret is the proof), and no request log below
 * warnings, so that no address or time of an answer is written anywhere.
 */
export const evaluationCollectionsRoutes: FastifyPluginAsyncZod<EvaluationCollectionsRoutesOptions> = async (
  app,
  options,
) => {
  const origin = (request: Parameters<typeof appOrigin>[0]) => appOrigin(request, options.publicUrl);

  app.get(
    "/runs/:runId/evaluation",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The run's evaluation: signed form versions and collections, with counts only when 0 or ≥ 5",
        params: runIdParamsSchema,
        response: { 200: runEvaluationSchema, ...errors },
      },
    },
    async (request) => getRunEvaluation(app.db, viewerOf(requireAuth(request)), request.params.runId, origin(request)),
  );

  app.post(
    "/runs/:runId/evaluation-collections",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Start collecting answers to the co-signed version of one kind of form",
        params: runIdParamsSchema,
        body: openCollectionSchema,
        response: { 201: evaluationCollectionSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const collection = await openCollection(app.db, viewer, request.params.runId, request.body.kind, origin(request));
      setEtag(reply, collection.version);
      return reply.status(201).send(collection);
    },
  );

  app.post(
    "/evaluation-collections/:collectionId/invitations",
    {
      config: { access: "signed-in", sendsMail: true },
      schema: {
        tags: ["evaluation"],
        summary: "Email a single-use link to each confirmed participant not yet invited",
        params: collectionIdParamsSchema,
        response: { 200: invitationsSentSchema, ...changeErrors },
      },
    },
    async (request) =>
      inviteParticipants(app.db, viewerOf(requireAuth(request)), request.params.collectionId, origin(request)),
  );

  app.post(
    "/evaluation-collections/:collectionId/close",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Close the collection (If-Match): no more answers; results appear when at least five answered",
        params: collectionIdParamsSchema,
        response: { 200: evaluationCollectionSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const collection = await closeCollection(
        app.db,
        viewer,
        request.params.collectionId,
        () => expectedVersion(request),
        origin(request),
      );
      setEtag(reply, collection.version);
      return collection;
    },
  );

  app.post(
    "/evaluation-collections/:collectionId/paper-answers",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Type in one participant's paper form; stored exactly like an answer given online",
        params: collectionIdParamsSchema,
        body: paperAnswerSchema,
        response: { 201: answersReceivedSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const received = await addPaperAnswer(app.db, viewer, request.params.collectionId, request.body.answers);
      return reply.status(201).send(received);
    },
  );

  app.get(
    "/evaluation-collections/:collectionId/qr.svg",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The anonymous link as a QR code (SVG), for the printed handout",
        params: collectionIdParamsSchema,
        response: { 200: z.string().describe("An SVG image"), ...errors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const svg = await collectionQrCode(app.db, viewer, request.params.collectionId, origin(request));
      return reply.type("image/svg+xml").send(svg);
    },
  );

  const participantRoute = { access: "public", csrf: "origin-only" } as const;

  app.post(
    "/evaluation/form",
    {
      config: participantRoute,
      logLevel: "warn",
      schema: {
        tags: ["evaluation"],
        summary: "Participants: the questions behind a personal link's token or the anonymous link's code",
        body: evaluationAccessSchema,
        response: { 200: participantFormSchema, 400: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) => participantForm(app.db, request.body),
  );

  app.post(
    "/evaluation/answers",
    {
      config: participantRoute,
      logLevel: "warn",
      schema: {
        tags: ["evaluation"],
        summary: "Participants: send anonymous answers (one per token; a retry with the same submission id is one)",
        body: submitAnswersSchema,
        response: { 201: answersReceivedSchema, 400: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await submitAnswers(app.db, request.body)),
  );
};
