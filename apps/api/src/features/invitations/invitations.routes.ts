import { sessionViewSchema } from "@sidestilt/domain/auth.schema";
import {
  acceptInvitationSchema,
  createdInvitationSchema,
  invitationInputSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationTokenSchema,
} from "@sidestilt/domain/invitation.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import { unitIdParamsSchema } from "@sidestilt/domain/unit.schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { appOrigin } from "../../lib/links.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { setSessionCookie } from "../../plugins/session.ts";
import { acceptInvitation, previewInvitation } from "./invitation-acceptance.service.ts";
import { createInvitation, listInvitations, revokeInvitation } from "./invitations.service.ts";

export type InvitationsRoutesOptions = { absoluteHours: number; publicUrl: string | undefined; mailer: Mailer | null };

const invitationIdParamsSchema = z.object({ invitationId: z.uuid() });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tokenErrors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 410: problemSchema };

/** Invitations to a unit and their acceptance; registered under /api. */
export const invitationsRoutes: FastifyPluginAsyncZod<InvitationsRoutesOptions> = async (app, options) => {
  app.get(
    "/units/:unitId/invitations",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["invitations"],
        summary: "The unit's newest invitations (the unit's coordinators)",
        params: unitIdParamsSchema,
        response: { 200: invitationListSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listInvitations(app.db, viewerOf(requireAuth(request)), request.params.unitId),
    }),
  );

  app.post(
    "/units/:unitId/invitations",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["invitations"],
        summary: "Invite a person to the unit with a role; the link is emailed, or answered when it could not be",
        params: unitIdParamsSchema,
        body: invitationInputSchema,
        response: { 201: createdInvitationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.unitId,
        request.body,
        {
          mailer: options.mailer,
          log: request.log,
          origin: appOrigin(request, options.publicUrl),
        },
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    "/invitations/:invitationId",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["invitations"],
        summary: "Revoke a pending invitation (the unit's coordinators)",
        params: invitationIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeInvitation(app.db, viewerOf(requireAuth(request)), request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/invitations/preview",
    {
      config: { access: "public" },
      schema: {
        tags: ["invitations"],
        summary: "What an invitation link offers, before accepting it",
        body: z.object({ token: invitationTokenSchema }),
        response: { 200: invitationPreviewSchema, ...tokenErrors },
      },
    },
    async (request) => previewInvitation(app.db, request.body.token),
  );

  app.post(
    "/invitations/accept",
    {
      config: { access: "public" },
      schema: {
        tags: ["invitations"],
        summary: "Accept an invitation: a new account sets name and password, an existing one must be signed in",
        body: acceptInvitationSchema,
        response: { 200: sessionViewSchema, ...tokenErrors },
      },
    },
    async (request, reply) => {
      const { token, view } = await acceptInvitation(app.db, request.auth, request.body, {
        absoluteHours: options.absoluteHours,
      });
      setSessionCookie(request, reply, token, options.absoluteHours * 3600);
      return view;
    },
  );
};
