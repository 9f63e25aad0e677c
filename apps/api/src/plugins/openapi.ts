import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { declarePublicRoutes } from "./access.ts";
import { documentIdempotencyKey } from "./idempotency.ts";

/** OpenAPI 3.1 generated from the routes' zod schemas; the document and its UI at /api/docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Sidestilt API",
        description: "Course planning for learning-and-coping services. Errors are RFC 9457 problem details.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "__Host-sidestilt-session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: (input) => documentIdempotencyKey(jsonSchemaTransform(input), input.route),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(async (docs) => {
    declarePublicRoutes(docs);
    await docs.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  });
});
