import {
  membershipIdParamsSchema,
  membershipInputSchema,
  personIdParamsSchema,
  personListSchema,
  personSchema,
} from "@sidestilt/domain/person.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import { unitIdParamsSchema } from "@sidestilt/domain/unit.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { removeMembership, updateMembership } from "./memberships.service.ts";
import { getPerson, listUnitPeople } from "./people.service.ts";
import { erasePerson, setActive } from "./person-lifecycle.service.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** People and their roles in units; registered under /api. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/units/:unitId/people",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "The people of a unit",
        params: unitIdParamsSchema,
        response: { 200: personListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listUnitPeople(app.db, viewerOf(requireAuth(request)), request.params.unitId) }),
  );

  app.get(
    "/people/:personId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "A person",
        params: personIdParamsSchema,
        response: { 200: personSchema, ...errors },
      },
    },
    async (request) => getPerson(app.db, viewerOf(requireAuth(request)), request.params.personId),
  );

  app.put(
    "/memberships/:membershipId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "Change a person's role in a unit (the unit's coordinators)",
        params: membershipIdParamsSchema,
        body: membershipInputSchema,
        response: { 200: personSchema, ...errors },
      },
    },
    async (request) =>
      updateMembership(app.db, viewerOf(requireAuth(request)), request.params.membershipId, request.body),
  );

  app.delete(
    "/memberships/:membershipId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "Remove a person's role in a unit (the unit's coordinators)",
        params: membershipIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeMembership(app.db, viewerOf(requireAuth(request)), request.params.membershipId);
      return reply.status(204).send(null);
    },
  );

  const lifecycle = {
    deactivate: { summary: "Deactivate an account and end its sessions at once", active: false },
    reactivate: { summary: "Reactivate an account", active: true },
  };
  for (const [action, { summary, active }] of Object.entries(lifecycle)) {
    app.post(
      `/people/:personId/${action}`,
      {
        config: { access: "signed-in" },
        schema: { tags: ["people"], summary, params: personIdParamsSchema, response: { 200: personSchema, ...errors } },
      },
      async (request) => setActive(app.db, viewerOf(requireAuth(request)), request.params.personId, active),
    );
  }

  app.post(
    "/people/:personId/erase",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "Erase a person's name, contact details and credentials (the right to erasure)",
        params: personIdParamsSchema,
        response: { 200: personSchema, ...errors },
      },
    },
    async (request) => erasePerson(app.db, viewerOf(requireAuth(request)), request.params.personId),
  );
};
