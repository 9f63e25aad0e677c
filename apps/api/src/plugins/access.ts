import type { Viewer } from "@sidestilt/domain/access";
import { DomainError } from "@sidestilt/domain/problem";
import type { Role } from "@sidestilt/domain/roles";
import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import type { Auth } from "./session.ts";

/**
 * Who may call a route. Every route must declare one: the server refuses to start otherwise.
 * - "public": anyone, signed in or not;
 * - "signed-in": any signed-in person;
 * - { anyRole }: a signed-in person holding one of these roles in some unit (object checks are the service's);
 * - "system-admin": system administrators only.
 */
export type Access = "public" | "signed-in" | "system-admin" | { anyRole: readonly Role[] };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The route accepts an Idempotency-Key header: a retry with the same key and body gets the stored
     * answer, with another body 422 (plugins/idempotency.ts).
     */
    idempotent?: boolean;
  }
  interface FastifyInstance {
    /** Every route with its declared access, for the authorization matrix and the fuzzer. */
    routeAccess(): { method: string; url: string; access: Access | undefined }[];
  }
}

/** Marks every route registered in the calling scope as public (for third-party plugins' routes). */
export function declarePublicRoutes(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    route.config = { ...route.config, access: "public" };
  });
}

export const accessPlugin = fp(async (app: FastifyInstance) => {
  const routes: RouteOptions[] = [];
  app.addHook("onRoute", (route) => {
    routes.push(route);
  });
  app.decorate("routeAccess", () =>
    routes.flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
        method: String(method),
        url: route.url,
        access: route.config?.access,
      })),
    ),
  );
  // Checked once everything is registered, so that scopes may still declare their routes' access.
  app.addHook("onReady", async () => {
    const undeclared = routes.filter((route) => route.config?.access === undefined);
    if (undeclared.length > 0) {
      const list = undeclared.map((route) => `${String(route.method)} ${route.url}`).join(", ");
      throw new Error(`Routes without an access declaration (config.access): ${list}`);
    }
  });

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === "public") return;
    const auth = request.auth;
    if (!auth) throw new DomainError("unauthenticated");
    if (access === "signed-in" || auth.person.isSystemAdmin) return;
    if (access === "system-admin") throw new DomainError("forbidden");
    if (!auth.memberships.some((membership) => access.anyRole.includes(membership.role))) {
      throw new DomainError("forbidden");
    }
  });
});

/** The signed-in person of a route declared "signed-in" or stricter (the access hook guarantees one). */
export function requireAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw new DomainError("unauthenticated");
  return request.auth;
}

/** The signed-in person as the access rules of `@sidestilt/domain/access` see them. */
export const viewerOf = (auth: Auth): Viewer => ({
  personId: auth.person.id,
  isSystemAdmin: auth.person.isSystemAdmin,
  memberships: auth.memberships,
});
