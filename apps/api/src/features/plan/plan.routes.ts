import {
  commentSchema,
  decisionSchema,
  elementIdParamsSchema,
  newCommentSchema,
  newDecisionSchema,
  planElementChangeSchema,
  planElementSchema,
  planSchema,
  restoreSchema,
  revisionListSchema,
  revisionPageQuerySchema,
  runIdParamsSchema,
  threadSchema,
} from "@sidestilt/domain/plan.schema";
import { editorsSchema } from "@sidestilt/domain/presence.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { getPlan, listRevisions, restoreElement, updateElement } from "./plan.service.ts";
import { heartbeat, leave } from "./plan-presence.service.ts";
import { addComment, addDecision, getThread } from "./plan-thread.service.ts";

// The didactic plan of a run. Access is the run's (lib/run-access.ts): the course's viewers read, the
// working group (and the owner units' coordinators) write, an element is reached through its run.

const reads = { 400: problemSchema, 401: problemSchema, 404: problemSchema };
const writes = { ...reads, 403: problemSchema, 409: problemSchema };
const versioned = { ...writes, 412: problemSchema, 428: problemSchema };

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs/:runId/plan",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "A run's didactic plan: its six elements in order",
        params: runIdParamsSchema,
        response: { 200: planSchema, ...reads },
      },
    },
    async (request) => getPlan(app.db, viewerOf(requireAuth(request)), request.params.runId),
  );

  app.put(
    "/plan-elements/:elementId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "Save a plan element's text; send If-Match (412 carries the stored text for a merge)",
        params: elementIdParamsSchema,
        body: planElementChangeSchema,
        response: { 200: planElementSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const element = await updateElement(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.elementId,
        () => expectedVersion(request),
        request.body.content,
      );
      setEtag(reply, element.version);
      return element;
    },
  );

  app.get(
    "/plan-elements/:elementId/revisions",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "A plan element's history, newest first, each revision with its diff",
        params: elementIdParamsSchema,
        querystring: revisionPageQuerySchema,
        response: { 200: revisionListSchema, ...reads },
      },
    },
    async (request) => listRevisions(app.db, viewerOf(requireAuth(request)), request.params.elementId, request.query),
  );

  app.post(
    "/plan-elements/:elementId/restore",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "Restore an earlier version as a new revision; send If-Match",
        params: elementIdParamsSchema,
        body: restoreSchema,
        response: { 200: planElementSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const element = await restoreElement(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.elementId,
        () => expectedVersion(request),
        request.body.version,
      );
      setEtag(reply, element.version);
      return element;
    },
  );

  app.get(
    "/plan-elements/:elementId/thread",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "A plan element's discussion and recorded decisions",
        params: elementIdParamsSchema,
        response: { 200: threadSchema, ...reads },
      },
    },
    async (request) => getThread(app.db, viewerOf(requireAuth(request)), request.params.elementId),
  );

  app.post(
    "/plan-elements/:elementId/comments",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "Add a comment to a plan element's discussion",
        params: elementIdParamsSchema,
        body: newCommentSchema,
        response: { 201: commentSchema, ...writes },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const comment = await addComment(app.db, viewer, request.params.elementId, request.body.body);
      return reply.status(201).send(comment);
    },
  );

  app.post(
    "/plan-elements/:elementId/decisions",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "Record a decision the working group reached on a plan element",
        params: elementIdParamsSchema,
        body: newDecisionSchema,
        response: { 201: decisionSchema, ...writes },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const decision = await addDecision(app.db, viewer, request.params.elementId, request.body.text);
      return reply.status(201).send(decision);
    },
  );

  app.put(
    "/plan-elements/:elementId/presence",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "I have this element open for editing (a heartbeat); answers who else has",
        params: elementIdParamsSchema,
        response: { 200: editorsSchema, ...writes },
      },
    },
    async (request) => heartbeat(app.db, viewerOf(requireAuth(request)), request.params.elementId),
  );

  app.delete(
    "/plan-elements/:elementId/presence",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["plan"],
        summary: "I closed the editor of this element",
        params: elementIdParamsSchema,
        response: { 204: z.null(), ...writes },
      },
    },
    async (request, reply) => {
      await leave(app.db, viewerOf(requireAuth(request)), request.params.elementId);
      return reply.status(204).send(null);
    },
  );
};
