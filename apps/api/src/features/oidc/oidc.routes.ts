import { signInOptionsSchema } from "@sidestilt/domain/account.schema";
import { DomainError, problemSchema } from "@sidestilt/domain/problem";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Env } from "../../env.ts";
import { cookieNameFor, cookieNames, readCookie } from "../../lib/cookies.ts";
import { setSessionCookie } from "../../plugins/session.ts";
import { completeOidcSignIn, oidcLoginValidMinutes, startOidcSignIn } from "./oidc.service.ts";
import { createOidcClient } from "./oidc-client.ts";

export type OidcRoutesOptions = {
  config: Pick<
    Env,
    | "PUBLIC_URL"
    | "SESSION_ABSOLUTE_HOURS"
    | "OIDC_ISSUER"
    | "OIDC_CLIENT_ID"
    | "OIDC_CLIENT_SECRET"
    | "OIDC_NAME"
    | "OIDC_SCOPES"
    | "OIDC_ALLOW_HTTP"
  >;
};

/** Binds a started sign-in to the browser that started it; read back only by the callback. */
const STATE_COOKIE = "sidestilt-oidc-state";
const CALLBACK_PATH = "/api/auth/oidc/callback";

/** Odd input (a repeated parameter) becomes "missing", so the browser still lands on a page. */
const optionalParam = z.string().optional().catch(undefined);

/**
 * Sign-in through an OpenID provider (HelseID, ID-porten …), offered when OIDC_ISSUER is set.
 * Start and callback are top-level GET navigations, so they answer with redirects, never JSON.
 */
export const oidcRoutes: FastifyPluginAsyncZod<OidcRoutesOptions> = async (app, { config }) => {
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_ID) {
    throw new Error("OIDC_ISSUER is set but OIDC_CLIENT_ID is not");
  }
  const oidc = config.OIDC_ISSUER
    ? createOidcClient({
        issuer: config.OIDC_ISSUER,
        clientId: config.OIDC_CLIENT_ID ?? "",
        clientSecret: config.OIDC_CLIENT_SECRET,
        scopes: config.OIDC_SCOPES,
        allowHttp: config.OIDC_ALLOW_HTTP,
      })
    : null;

  const redirectUriFor = (request: FastifyRequest) =>
    `${(config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/+$/, "")}${CALLBACK_PATH}`;
  const signInFailed = (reason: string) => `/sign-in?oidcError=${reason}`;

  app.get(
    "/options",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "The ways of signing in this server offers",
        response: { 200: signInOptionsSchema },
      },
    },
    async () => ({ oidc: oidc ? { displayName: config.OIDC_NAME } : null }),
  );

  app.get(
    "/oidc/start",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Start signing in at the OpenID provider (302 there, or to /sign-in?oidcError=failed)",
        querystring: z.object({ returnTo: optionalParam }),
        response: { 404: problemSchema },
      },
    },
    async (request, reply) => {
      if (!oidc) throw new DomainError("not_found", "Sign-in through an OpenID provider is not configured");
      const started = await startOidcSignIn(app.db, oidc, {
        redirectUri: redirectUriFor(request),
        returnTo: request.query.returnTo,
        log: request.log,
      });
      if (!started.ok) return reply.redirect(signInFailed(started.reason));
      const { name, secure } = cookieNameFor(request, STATE_COOKIE);
      // Lax, not Strict: the cookie must come back on the provider's top-level redirect to the callback.
      reply.setCookie(name, started.state, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure,
        maxAge: oidcLoginValidMinutes * 60,
      });
      return reply.redirect(started.url.href);
    },
  );

  app.get(
    "/oidc/callback",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Where the OpenID provider sends the browser back (302 to returnTo, or to /sign-in?oidcError=…)",
        querystring: z.object({ state: optionalParam, error: optionalParam }),
        response: { 404: problemSchema },
      },
    },
    async (request, reply) => {
      if (!oidc) throw new DomainError("not_found", "Sign-in through an OpenID provider is not configured");
      const callbackUrl = new URL(redirectUriFor(request));
      callbackUrl.search = request.url.split("?")[1] ?? "";
      const result = await completeOidcSignIn(app.db, oidc, {
        cookieState: readCookie(request, STATE_COOKIE),
        state: request.query.state,
        error: request.query.error,
        callbackUrl,
        absoluteHours: config.SESSION_ABSOLUTE_HOURS,
        log: request.log,
      });
      for (const name of cookieNames(STATE_COOKIE)) {
        if (request.cookies[name] !== undefined) {
          reply.clearCookie(name, { path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Host-") });
        }
      }
      if (!result.ok) return reply.redirect(signInFailed(result.reason));
      setSessionCookie(request, reply, result.token, config.SESSION_ABSOLUTE_HOURS * 3600);
      return reply.redirect(result.returnTo);
    },
  );
};
