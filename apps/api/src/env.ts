import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every setting of the server, read once from the environment (see the README's table). */
export const envSchema = z.object({
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** An existing PostgreSQL server; without it an embedded one is started under DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().default(".data"),
  SEED_DEMO: flag.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** Trust X-Forwarded-* from this many proxies in front (a load balancer terminating TLS). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  /** Folder of the built web app; the API alone runs without it. */
  WEB_DIST: z.string().optional(),
  /** The address people reach the app at, for links in emails (default: the request's own host). */
  PUBLIC_URL: z.url().optional(),
  /** SMTP server for invitations and password resets, e.g. smtp://user:pass@mail.example:587. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Sidestilt <no-reply@sidestilt.invalid>"),
  /** An OpenID provider (HelseID, ID-porten …): sign-in through it is offered when the issuer is set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("ID-porten"),
  OIDC_SCOPES: z.string().default("openid email profile"),
  /** Allow an OpenID provider on plain HTTP (local testing only). */
  OIDC_ALLOW_HTTP: flag.default(false),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
