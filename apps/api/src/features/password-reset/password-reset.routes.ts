import { passwordResetCompleteSchema, passwordResetRequestSchema } from "@sidestilt/domain/account.schema";
import { personIdParamsSchema } from "@sidestilt/domain/person.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { appOrigin } from "../../lib/links.ts";
import type { Mailer } from "../../lib/mailer.ts";
import { requireAuth, viewerOf } from "../../plugins/access.ts";
import { completePasswordReset, createPasswordResetLink, requestPasswordReset } from "./password-reset.service.ts";

export type PasswordResetRoutesOptions = { publicUrl: string | undefined; mailer: Mailer | null };

const passwordResetLinkSchema = z.object({ link: z.url() }).meta({ id: "PasswordResetLink" });

/** Password reset by email link, and reset links coordinators pass on; registered under /api. */
export const passwordResetRoutes: FastifyPluginAsyncZod<PasswordResetRoutesOptions> = async (app, options) => {
  app.post(
    "/auth/password-reset",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Email a password-reset link; the answer is the same whether the account exists or not",
        body: passwordResetRequestSchema,
        response: { 202: z.null(), 400: problemSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(app.db, request.body.email, {
        mailer: options.mailer,
        log: request.log,
        origin: appOrigin(request, options.publicUrl),
      });
      return reply.status(202).send(null);
    },
  );

  app.post(
    "/auth/password-reset/complete",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Set a new password with a reset link; ends every session of the person",
        body: passwordResetCompleteSchema,
        response: { 204: z.null(), 400: problemSchema, 410: problemSchema },
      },
    },
    async (request, reply) => {
      await completePasswordReset(app.db, request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/people/:personId/password-reset-link",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["people"],
        summary: "A password-reset link to pass on to a person who does not read email (their coordinators)",
        params: personIdParamsSchema,
        response: {
          200: passwordResetLinkSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request) =>
      createPasswordResetLink(
        app.db,
        viewerOf(requireAuth(request)),
        request.params.personId,
        appOrigin(request, options.publicUrl),
      ),
  );
};
