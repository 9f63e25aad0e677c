import { catalogueRunParamsSchema } from "@sidestilt/domain/catalogue.schema";
import { runIdParamsSchema } from "@sidestilt/domain/course.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import {
  enrolmentSummarySchema,
  participantRegistrationSchema,
  registrationIdParamsSchema,
  registrationListSchema,
  registrationSchema,
  registrationTokenInputSchema,
  signUpInputSchema,
  signUpResultSchema,
  staffRegistrationInputSchema,
} from "@sidestilt/domain/registration.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { appOrigin } from "../../lib/links.ts";
import { expectedVersion, setEtag } from "../../lib/versioning.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { acceptOffer, cancelByLink, lookUpRegistration } from "./personal-link.service.ts";
import { signUp } from "./sign-up.service.ts";
import {
  cancelRegistration,
  getEnrolmentSummary,
  listRegistrations,
  registerParticipant,
} from "./staff-registrations.service.ts";

export type RegistrationsRoutesOptions = { publicUrl: string | undefined };

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const writes = { ...errors, 409: problemSchema, 422: problemSchema };
const linkErrors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** Sign-up, the participant's personal link, and the staff's lists of a run's participants; under /api. */
export const registrationsRoutes: FastifyPluginAsyncZod<RegistrationsRoutesOptions> = async (app, options) => {
  app.post(
    "/catalogue/runs/:runId/registrations",
    {
      config: { access: "public", idempotent: true, sendsMail: true },
      schema: {
        tags: ["registrations"],
        summary: "Sign up for a direct run (no sign-in); answers the seat or the place on the waiting list",
        description:
          "Send an Idempotency-Key so that a retried submission does not sign up twice. Unknown fields " +
          "(a national identity number, say) are refused: nothing of the kind is ever stored.",
        params: catalogueRunParamsSchema,
        body: signUpInputSchema,
        response: { 201: signUpResultSchema, ...writes },
      },
    },
    async (request, reply) => {
      const result = await signUp(
        app.db,
        request.params.runId,
        request.body,
        new Date(),
        appOrigin(request, options.publicUrl),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    "/registrations/lookup",
    {
      config: { access: "public" },
      schema: {
        tags: ["registrations"],
        summary: "The registration behind a personal link (the token from the link's fragment)",
        body: registrationTokenInputSchema,
        response: { 200: participantRegistrationSchema, ...linkErrors },
      },
    },
    async (request) => lookUpRegistration(app.db, request.body.token, new Date()),
  );

  app.post(
    "/registrations/cancel",
    {
      config: { access: "public", sendsMail: true },
      schema: {
        tags: ["registrations"],
        summary: "Cancel through the personal link: the seat, a seat on offer (declining it) or the place in line",
        body: registrationTokenInputSchema,
        response: { 200: participantRegistrationSchema, ...linkErrors },
      },
    },
    async (request) => cancelByLink(app.db, request.body.token, new Date(), appOrigin(request, options.publicUrl)),
  );

  app.post(
    "/registrations/accept-offer",
    {
      config: { access: "public", sendsMail: true },
      schema: {
        tags: ["registrations"],
        summary: "Take the seat on offer through the personal link, while it is held",
        body: registrationTokenInputSchema,
        response: { 200: participantRegistrationSchema, ...linkErrors },
      },
    },
    async (request) => acceptOffer(app.db, request.body.token, new Date(), appOrigin(request, options.publicUrl)),
  );

  app.get(
    "/runs/:runId/enrolment",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["registrations"],
        summary: "Seats, offers and the waiting list in numbers (everyone who may see the run; no names)",
        params: runIdParamsSchema,
        response: { 200: enrolmentSummarySchema, ...errors },
      },
    },
    async (request) => getEnrolmentSummary(app.db, viewerOf(requireAuth(request)), request.params.runId, new Date()),
  );

  app.get(
    "/runs/:runId/registrations",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["registrations"],
        summary: "The run's participants with contact details and needs (course leaders; the read is audited)",
        params: runIdParamsSchema,
        response: { 200: registrationListSchema, ...errors },
      },
    },
    async (request) => listRegistrations(app.db, viewerOf(requireAuth(request)), request.params.runId),
  );

  app.post(
    "/runs/:runId/registrations",
    {
      config: { access: "signed-in", idempotent: true, sendsMail: true },
      schema: {
        tags: ["registrations"],
        summary: "Register a participant (a referral, or someone who called in): a seat or the waiting list",
        description: "Send an Idempotency-Key so that a retried submission does not register twice.",
        params: runIdParamsSchema,
        body: staffRegistrationInputSchema,
        response: { 201: registrationSchema, ...writes },
      },
    },
    async (request, reply) => {
      const registration = await registerParticipant(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.runId,
        request.body,
        new Date(),
        appOrigin(request, options.publicUrl),
      );
      setEtag(reply, registration.version);
      return reply.status(201).send(registration);
    },
  );

  app.post(
    "/registrations/:registrationId/cancel",
    {
      config: { access: "signed-in", sendsMail: true },
      schema: {
        tags: ["registrations"],
        summary: "Cancel a participant's registration; send If-Match with its version",
        params: registrationIdParamsSchema,
        response: { 200: registrationSchema, ...writes, 412: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const registration = await cancelRegistration(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.registrationId,
        () => expectedVersion(request),
        new Date(),
        appOrigin(request, options.publicUrl),
      );
      setEtag(reply, registration.version);
      return registration;
    },
  );
};
