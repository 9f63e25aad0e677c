import { csrfTokenSchema, sessionViewSchema, signInInputSchema } from "@sidestilt/domain/auth.schema";
import { problemSchema } from "@sidestilt/domain/problem";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireAuth } from "../../plugins/access.ts";
import { issueCsrfToken } from "../../plugins/csrf.ts";
import { clearSessionCookie, sessionView, setSessionCookie } from "../../plugins/session.ts";
import { signIn, signOut } from "./auth.service.ts";

export type AuthRoutesOptions = { absoluteHours: number };

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  app.get(
    "/csrf",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "The CSRF token to send as x-csrf-token on state-changing requests",
        response: { 200: csrfTokenSchema },
      },
    },
    async (request, reply) => ({ csrfToken: issueCsrfToken(request, reply) }),
  );

  app.get(
    "/session",
    {
      config: { access: "signed-in" },
      schema: {
        tags: ["auth"],
        summary: "The signed-in person",
        response: { 200: sessionViewSchema, 401: problemSchema },
      },
    },
    async (request) => sessionView(requireAuth(request)),
  );

  app.post(
    "/sign-in",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password, plus the authenticator code when the account has TOTP on",
        description:
          "401 invalid_credentials for a wrong email or password, 401 second_factor_required when the password is right but the code is missing, 401 invalid_second_factor for a wrong or reused code.",
        body: signInInputSchema,
        response: { 200: sessionViewSchema, 400: problemSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const { token, view } = await signIn(app.db, {
        ...request.body,
        clientAddress: request.ip,
        absoluteHours: options.absoluteHours,
      });
      setSessionCookie(request, reply, token, options.absoluteHours * 3600);
      return view;
    },
  );

  app.post(
    "/sign-out",
    { config: { access: "signed-in" }, schema: { tags: ["auth"], summary: "Sign out and end the session" } },
    async (request, reply) => {
      await signOut(app.db, requireAuth(request));
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );
};
