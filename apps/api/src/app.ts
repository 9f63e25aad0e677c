import cookie from "@fastify/cookie";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { type DestinationStream, type LoggerOptions, pino } from "pino";
import type { Db } from "./db/prisma.ts";
import type { Env } from "./env.ts";
import { attendanceRoutes } from "./features/attendance/attendance.routes.ts";
import { auditRoutes } from "./features/audit/audit.routes.ts";
import { authRoutes } from "./features/auth/auth.routes.ts";
import { catalogueRoutes } from "./features/catalogue/catalogue.routes.ts";
import { courseTemplatesRoutes } from "./features/courses/course-templates.routes.ts";
import { coursesRoutes } from "./features/courses/courses.routes.ts";
import { runsRoutes } from "./features/courses/runs.routes.ts";
import { workingGroupMembersRoutes } from "./features/courses/working-group.routes.ts";
import { evaluationCollectionsRoutes } from "./features/evaluation-collections/collections.routes.ts";
import { evaluationResultsRoutes } from "./features/evaluation-collections/results.routes.ts";
import { evaluationFormsRoutes } from "./features/evaluation-forms/evaluation-forms.routes.ts";
import { evaluationMeetingRoutes } from "./features/evaluation-meeting/meeting.routes.ts";
import { healthRoutes } from "./features/health/health.routes.ts";
import { invitationsRoutes } from "./features/invitations/invitations.routes.ts";
import { meRoutes } from "./features/me/me.routes.ts";
import { outboxKickPlugin } from "./features/notifications/outbox-kick.ts";
import { oidcRoutes } from "./features/oidc/oidc.routes.ts";
import { passwordResetRoutes } from "./features/password-reset/password-reset.routes.ts";
import { peopleRoutes } from "./features/people/people.routes.ts";
import { phasesRoutes } from "./features/phases/phases.routes.ts";
import { planRoutes } from "./features/plan/plan.routes.ts";
import { programmeRoutes } from "./features/programme/programme.routes.ts";
import { registrationsRoutes } from "./features/registrations/registrations.routes.ts";
import { offerFreedSeats } from "./features/registrations/waiting-list.ts";
import { unitsRoutes } from "./features/units/units.routes.ts";
import type { Mailer } from "./lib/mailer.ts";
import { accessPlugin } from "./plugins/access.ts";
import { csrfPlugin } from "./plugins/csrf.ts";
import { dbPlugin } from "./plugins/db.ts";
import { errorsPlugin } from "./plugins/errors.ts";
import { idempotencyPlugin } from "./plugins/idempotency.ts";
import { openapiPlugin } from "./plugins/openapi.ts";
import { securityHeadersPlugin } from "./plugins/security-headers.ts";
import { sessionPlugin } from "./plugins/session.ts";
import { webAppPlugin } from "./plugins/web-app.ts";

export type AppConfig = Pick<
  Env,
  | "SESSION_IDLE_MINUTES"
  | "SESSION_ABSOLUTE_HOURS"
  | "TRUST_PROXY_HOPS"
  | "WEB_DIST"
  | "PUBLIC_URL"
  | "OIDC_ISSUER"
  | "OIDC_CLIENT_ID"
  | "OIDC_CLIENT_SECRET"
  | "OIDC_NAME"
  | "OIDC_SCOPES"
  | "OIDC_ALLOW_HTTP"
>;

export type AppOptions = {
  db: Db;
  config: AppConfig;
  /** Sends invitations and password-reset links; null when no SMTP server is configured. */
  mailer?: Mailer | null;
  /** The process's logger; tests run silent. */
  logger?: FastifyBaseLogger;
  /** The job queue (jobs/job-queue.ts), when this process runs one; tests build the app without it. */
  jobs?: { kickOutbox: () => void };
};

/** Log lines never carry credentials, session or CSRF tokens, or the client's address. */
export const createLogger = (level: string, destination?: DestinationStream): FastifyBaseLogger =>
  destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));

const loggerOptions = (level: string): LoggerOptions => ({
  level,
  redact: {
    paths: [
      "req.headers.cookie",
      "req.headers.authorization",
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
      "*.password",
      "*.passwordHash",
      "*.email",
    ],
    censor: "[redacted]",
  },
  serializers: {
    req: (request: { method: string; url: string; routeOptions?: { url?: string } }) => ({
      method: request.method,
      url: request.url.split("?")[0],
      route: request.routeOptions?.url,
    }),
  },
});

/** Builds the whole application without listening: the server process and the tests share it. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    loggerInstance: options.logger ?? pino({ level: "silent" }),
    trustProxy: (_address: string, hop: number) => hop < options.config.TRUST_PROXY_HOPS,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(cookie);
  await app.register(dbPlugin, { db: options.db });
  await app.register(sessionPlugin, {
    db: options.db,
    idleMinutes: options.config.SESSION_IDLE_MINUTES,
    absoluteHours: options.config.SESSION_ABSOLUTE_HOURS,
  });
  await app.register(accessPlugin);
  await app.register(csrfPlugin);
  await app.register(idempotencyPlugin);
  await app.register(outboxKickPlugin, { kickOutbox: options.jobs?.kickOutbox });
  await app.register(openapiPlugin);

  await app.register(healthRoutes, { prefix: "/api" });
  await app.register(authRoutes, { prefix: "/api/auth", absoluteHours: options.config.SESSION_ABSOLUTE_HOURS });
  await app.register(oidcRoutes, { prefix: "/api/auth", config: options.config });
  await app.register(coursesRoutes, { prefix: "/api/courses" });
  await app.register(courseTemplatesRoutes, { prefix: "/api/course-templates" });
  await app.register(runsRoutes, {
    prefix: "/api/runs",
    publicUrl: options.config.PUBLIC_URL,
    // A raised capacity frees seats: the waiting list (features/registrations) offers them at once.
    onCapacityRaised: (tx, runId, origin) => offerFreedSeats(tx, runId, new Date(), origin),
  });
  await app.register(workingGroupMembersRoutes, { prefix: "/api/working-group-members" });
  await app.register(unitsRoutes, { prefix: "/api/units" });
  await app.register(peopleRoutes, { prefix: "/api" });
  await app.register(planRoutes, { prefix: "/api" });
  await app.register(programmeRoutes, { prefix: "/api" });
  await app.register(phasesRoutes, { prefix: "/api" });
  await app.register(evaluationFormsRoutes, { prefix: "/api" });
  await app.register(attendanceRoutes, { prefix: "/api" });
  await app.register(auditRoutes, { prefix: "/api/audit" });
  await app.register(meRoutes, { prefix: "/api/me" });
  await app.register(catalogueRoutes, { prefix: "/api/catalogue" });
  const mailer = options.mailer ?? null;
  const publicUrl = options.config.PUBLIC_URL;
  await app.register(invitationsRoutes, {
    prefix: "/api",
    absoluteHours: options.config.SESSION_ABSOLUTE_HOURS,
    publicUrl,
    mailer,
  });
  await app.register(passwordResetRoutes, { prefix: "/api", publicUrl, mailer });
  await app.register(registrationsRoutes, { prefix: "/api", publicUrl });
  await app.register(evaluationCollectionsRoutes, { prefix: "/api", publicUrl });
  await app.register(evaluationMeetingRoutes, { prefix: "/api" });
  await app.register(evaluationResultsRoutes, { prefix: "/api" });

  await app.register(webAppPlugin, { webDist: options.config.WEB_DIST });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
