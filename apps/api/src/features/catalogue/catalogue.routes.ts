import {
  catalogueFacetsSchema,
  catalogueQuerySchema,
  catalogueRunDetailSchema,
  catalogueRunListSchema,
  catalogueRunParamsSchema,
} from "@sidestilt/domain/catalogue.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  getCatalogueCalendarFacts,
  getCatalogueFacets,
  getCatalogueRun,
  listCatalogueRuns,
} from "./catalogue.service.ts";
import { catalogueCalendar } from "./catalogue-calendar.ts";

/**
 * The public course catalogue (kurskatalog), registered under /api/catalogue: reads only, for anyone,
 * signed in or not. The answers are the same for everyone, so shared caches may keep them a minute
 * (plugins/security-headers.ts).
 */
const publicRead = { access: "public", publicCacheSeconds: 60 } as const;

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/runs",
    {
      config: publicRead,
      schema: {
        tags: ["catalogue"],
        summary: "Upcoming published runs of every unit, filtered and searched (Norwegian full text)",
        querystring: catalogueQuerySchema,
        response: { 200: catalogueRunListSchema, 400: problemSchema },
      },
    },
    async (request) => listCatalogueRuns(app.db, request.query),
  );

  app.get(
    "/facets",
    {
      config: publicRead,
      schema: {
        tags: ["catalogue"],
        summary: "The values the catalogue's filters offer, drawn from the runs it lists",
        response: { 200: catalogueFacetsSchema },
      },
    },
    async () => getCatalogueFacets(app.db),
  );

  app.get(
    "/runs/:runId",
    {
      config: publicRead,
      schema: {
        tags: ["catalogue"],
        summary: "The public page of a published run: facts, programme, contact and how to join",
        params: catalogueRunParamsSchema,
        response: { 200: catalogueRunDetailSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => getCatalogueRun(app.db, request.params.runId),
  );

  app.get(
    "/runs/:runId/calendar.ics",
    {
      config: publicRead,
      schema: {
        tags: ["catalogue"],
        summary: "A published run's sessions as an iCalendar file (text/calendar), without video links",
        params: catalogueRunParamsSchema,
        // Sent as text/calendar, so Fastify passes the string through without JSON serialisation.
        response: {
          200: z.string().describe("An iCalendar (RFC 5545) document"),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const run = await getCatalogueCalendarFacts(app.db, request.params.runId);
      reply.header("content-disposition", `attachment; filename="samlinger-${run.startsOn}.ics"`);
      return reply.type("text/calendar; charset=utf-8").send(catalogueCalendar(run));
    },
  );
};
