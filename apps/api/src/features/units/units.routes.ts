import { problemSchema } from "@sidestilt/domain/problem";
import {
  partnerParamsSchema,
  unitDirectorySchema,
  unitIdParamsSchema,
  unitInputSchema,
  unitListSchema,
  unitSchema,
} from "@sidestilt/domain/unit.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { createUnit, getUnit, listMyUnits, setPartnership, unitDirectory, updateUnit } from "./units.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const versioned = { ...errors, 409: problemSchema, 412: problemSchema, 428: problemSchema };

export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["units"],
        summary: "The signed-in person's units",
        response: { 200: unitListSchema, 401: problemSchema },
      },
    },
    async (request) => ({ items: await listMyUnits(app.db, viewerOf(requireAuth(request))) }),
  );

  app.get(
    "/directory",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["units"],
        summary: "Every unit's public facts, for pickers",
        response: { 200: unitDirectorySchema, 401: problemSchema },
      },
    },
    async () => ({ items: await unitDirectory(app.db) }),
  );

  app.post(
    "/",
    {
      config: { access: "system-admin" },
      schema: {
        tags: ["units"],
        summary: "Create a unit",
        body: unitInputSchema,
        response: { 201: unitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const unit = await createUnit(app.db, viewerOf(requireAuth(request)), request.body);
      setEtag(reply, unit.version);
      return reply.status(201).send(unit);
    },
  );

  app.get(
    "/:unitId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["units"],
        summary: "A unit",
        params: unitIdParamsSchema,
        response: { 200: unitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const unit = await getUnit(app.db, viewerOf(requireAuth(request)), request.params.unitId);
      setEtag(reply, unit.version);
      return unit;
    },
  );

  app.put(
    "/:unitId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["units"],
        summary: "Edit a unit (its coordinators); send If-Match",
        params: unitIdParamsSchema,
        body: unitInputSchema,
        response: { 200: unitSchema, ...versioned },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(requireAuth(request));
      const unit = await updateUnit(
        app.db,
        viewer,
        request.params.unitId,
        () => expectedVersion(request),
        request.body,
      );
      setEtag(reply, unit.version);
      return unit;
    },
  );

  for (const [method, partners] of [
    ["PUT", true],
    ["DELETE", false],
  ] as const) {
    app.route({
      method,
      url: "/:unitId/partners/:partnerId",
      config: { access: "signed-in" },
      schema: {
        tags: ["units"],
        summary: partners ? "Record a partnership with another unit" : "End a partnership",
        params: partnerParamsSchema,
        response: { 200: unitSchema, ...errors },
      },
      handler: async (request) => setPartnership(app.db, viewerOf(requireAuth(request)), request.params, partners),
    });
  }
};
