import {
  courseFormsParamsSchema,
  evaluationFormChangeSchema,
  evaluationFormParamsSchema,
  evaluationFormRevisionListSchema,
  evaluationFormRevisionPageQuerySchema,
  evaluationFormRevisionParamsSchema,
  evaluationFormRevisionSchema,
  evaluationFormSchema,
  evaluationFormsSchema,
} from "@sidestilt/domain/evaluation-forms-api.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { signForm, withdrawSignature } from "./evaluation-form-signing.service.ts";
import { getForm, getForms, getRevision, listRevisions, saveForm } from "./evaluation-forms.service.ts";

// A course's participant evaluation forms (deltakerevaluering): the course's readers read them, its
// editors (every working-group member, and the owner units' coordinators) save them, and its user
// representatives and professionals co-sign a version. The services check the course itself.

const reads = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const writes = { ...reads, 403: problemSchema, 409: problemSchema, 428: problemSchema };
const versioned = { ...writes, 412: problemSchema };

export const evaluationFormsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/courses/:courseId/evaluation-forms",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "The course's two evaluation forms (course evaluation, participant benefit) with their signatures",
        params: courseFormsParamsSchema,
        response: { 200: evaluationFormsSchema, ...reads },
      },
    },
    async (request) => getForms(app.db, viewerOf(requireAuth(request)), request.params.courseId),
  );

  app.put(
    "/courses/:courseId/evaluation-forms/:kind",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary:
          'Save a form\'s questions as a new version; send If-Match ("0" makes the form; 412 carries the stored form)',
        params: evaluationFormParamsSchema,
        body: evaluationFormChangeSchema,
        response: { 200: evaluationFormSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const { courseId, kind } = request.params;
      const form = await saveForm(
        app.db,
        viewerOf(requireAuth(request)),
        courseId,
        kind,
        () => expectedVersion(request),
        request.body.questions,
      );
      setEtag(reply, form.version);
      return form;
    },
  );

  app.get(
    "/courses/:courseId/evaluation-forms/:kind/revisions",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "A form's saved versions, newest first, each with its author and whether both roles signed it",
        params: evaluationFormParamsSchema,
        querystring: evaluationFormRevisionPageQuerySchema,
        response: { 200: evaluationFormRevisionListSchema, ...reads },
      },
    },
    async (request) => {
      const { courseId, kind } = request.params;
      return listRevisions(app.db, viewerOf(requireAuth(request)), courseId, kind, request.query);
    },
  );

  app.get(
    "/courses/:courseId/evaluation-forms/:kind/revisions/:version",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "One saved version of a form with its questions",
        params: evaluationFormRevisionParamsSchema,
        response: { 200: evaluationFormRevisionSchema, ...reads },
      },
    },
    async (request) => {
      const { courseId, kind, version } = request.params;
      return getRevision(app.db, viewerOf(requireAuth(request)), courseId, kind, version);
    },
  );

  app.post(
    "/courses/:courseId/evaluation-forms/:kind/signatures",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Sign the form's current version, named in If-Match (user representatives and professionals)",
        params: evaluationFormParamsSchema,
        response: { 200: evaluationFormSchema, 201: evaluationFormSchema, ...writes },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const { courseId, kind } = request.params;
      const added = await signForm(app.db, viewer, courseId, kind, () => expectedVersion(request));
      const form = await getForm(app.db, viewer, courseId, kind);
      setEtag(reply, form.version);
      return reply.status(added ? 201 : 200).send(form);
    },
  );

  app.delete(
    "/courses/:courseId/evaluation-forms/:kind/signatures/mine",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["evaluation"],
        summary: "Withdraw one's own signature on the form's current version",
        params: evaluationFormParamsSchema,
        response: { 204: z.null(), ...writes },
      },
    },
    async (request, reply) => {
      const { courseId, kind } = request.params;
      await withdrawSignature(app.db, viewerOf(requireAuth(request)), courseId, kind);
      return reply.status(204).send(null);
    },
  );
};
