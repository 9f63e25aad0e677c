import { problemSchema } from "@sidestilt/domain/problem";
import {
  itemChangesSchema,
  itemIdParamsSchema,
  programmeItemSchema,
  programmeSchema,
  programmeSessionSchema,
  runIdParamsSchema,
  sessionChangesSchema,
  sessionIdParamsSchema,
} from "@sidestilt/domain/programme.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { createSession, deleteSession, exportCalendar, getProgramme, updateSession } from "./programme.service.ts";
import { createItem, deleteItem, updateItem } from "./programme-items.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const writes = { ...errors, 409: problemSchema };
const versioned = { ...writes, 412: problemSchema, 428: problemSchema };

/** The programme of a run: sessions (samlinger) and their items. Registered under /api. */
export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs/:runId/programme",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "A run's programme with each session's warnings and the teaching hours",
        params: runIdParamsSchema,
        response: { 200: programmeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const programme = await getProgramme(app.db, viewerOf(requireAuth(request)), request.params.runId);
      // The run's version changes with every change to the programme: a fair validator for the whole.
      setEtag(reply, programme.runVersion);
      return programme;
    },
  );

  app.get(
    "/runs/:runId/programme.ics",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "The run's sessions as an iCalendar file (text/calendar)",
        params: runIdParamsSchema,
        // Sent as text/calendar, so Fastify passes the string through without JSON serialisation.
        response: { 200: z.string().describe("An iCalendar (RFC 5545) document"), ...errors },
      },
    },
    async (request, reply) => {
      const file = await exportCalendar(app.db, viewerOf(requireAuth(request)), request.params.runId);
      reply.header("content-disposition", `attachment; filename="${file.filename}"`);
      reply.header("cache-control", "no-store");
      return reply.type("text/calendar; charset=utf-8").send(file.body);
    },
  );

  app.post(
    "/runs/:runId/sessions",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["programme"],
        summary: "Add a session to the run's programme",
        params: runIdParamsSchema,
        body: sessionChangesSchema,
        response: { 201: programmeSessionSchema, ...writes, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const session = await createSession(app.db, viewerOf(requireAuth(request)), request.params.runId, request.body);
      setEtag(reply, session.version);
      return reply.status(201).send(session);
    },
  );

  app.put(
    "/programme-sessions/:sessionId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "Change a session's date, hours or place; send If-Match",
        params: sessionIdParamsSchema,
        body: sessionChangesSchema,
        response: { 200: programmeSessionSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const session = await updateSession(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.sessionId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, session.version);
      return session;
    },
  );

  app.delete(
    "/programme-sessions/:sessionId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "Delete a session with its items; send If-Match",
        params: sessionIdParamsSchema,
        response: { 204: z.null(), ...versioned },
      },
    },
    async (request, reply) => {
      await deleteSession(app.db, viewerOf(requireAuth(request)), request.params.sessionId, () =>
        expectedVersion(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/programme-sessions/:sessionId/items",
    {
      config: { access: "signed-in", idempotent: true },
      schema: {
        tags: ["programme"],
        summary: "Add an item to a session, at the end unless a position is given",
        params: sessionIdParamsSchema,
        body: itemChangesSchema,
        response: { 201: programmeItemSchema, ...writes, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const item = await createItem(app.db, viewerOf(requireAuth(request)), request.params.sessionId, request.body);
      setEtag(reply, item.version);
      return reply.status(201).send(item);
    },
  );

  app.put(
    "/programme-items/:itemId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "Change or move an item; send If-Match",
        params: itemIdParamsSchema,
        body: itemChangesSchema,
        response: { 200: programmeItemSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const item = await updateItem(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.itemId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, item.version);
      return item;
    },
  );

  app.delete(
    "/programme-items/:itemId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["programme"],
        summary: "Delete an item (the items after it move up); send If-Match",
        params: itemIdParamsSchema,
        response: { 204: z.null(), ...versioned },
      },
    },
    async (request, reply) => {
      await deleteItem(app.db, viewerOf(requireAuth(request)), request.params.itemId, () => expectedVersion(request));
      return reply.status(204).send(null);
    },
  );
};
