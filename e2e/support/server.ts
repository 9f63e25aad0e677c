// Starts the real server for the end-to-end suite: builds the web app, then runs apps/api's server on
// a throw-away database (a temporary embedded cluster, or a fresh database on DATABASE_URL's server),
// seeded with the demo data, sending its email to a real SMTP server whose mailbox the journeys read
// (support/mailbox.ts). SIGTERM stops the server gracefully and removes the database.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startOidcProvider } from "../../apps/api/src/test/oidc-provider.ts";
import { startSmtpSink } from "../../apps/api/src/test/smtp-sink.ts";
import { mailboxPort } from "./mailbox.ts";

const root = join(import.meta.dirname, "..", "..");

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<{ env: NodeJS.ProcessEnv; cleanUp: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `sidestilt_e2e_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      cleanUp: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "sidestilt-e2e-"));
  await chmod(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  return { env: { DATA_DIR: dataDir }, cleanUp: () => rm(dataDir, { recursive: true, force: true }) };
}

if (process.env.E2E_SKIP_BUILD !== "true") {
  const build = spawnSync("pnpm", ["--filter", "@sidestilt/web", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const database = await prepareDatabase();
// A real OpenID provider ("Test-ID") for the sign-in journey. Its account is Lenvik's coordinator, whom
// no other journey signs in: a sign-in resets the failed-attempt count that sign-in-and-courses checks.
const publicUrl = `http://localhost:${process.env.PORT ?? "3000"}`;
const oidcProvider = await startOidcProvider({
  accounts: [
    { sub: "lenvik-koordinator", email: "koordinator@lenvik.example", emailVerified: true, name: "Jon Eriksen" },
  ],
  redirectUris: [`${publicUrl}/api/auth/oidc/callback`],
});
// Every email the app sends lands here; GET /messages on loopback answers them as JSON.
const smtp = await startSmtpSink();
const mailbox = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/messages") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(smtp.messages));
  } else {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve, reject) => {
  mailbox.once("error", reject);
  mailbox.listen(mailboxPort(Number(process.env.PORT ?? 3000)), "127.0.0.1", resolve);
});
const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
  cwd: join(root, "apps", "api"),
  stdio: "inherit",
  env: {
    ...process.env,
    ...database.env,
    SEED_DEMO: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    HOST: "localhost",
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER: oidcProvider.issuer,
    OIDC_CLIENT_ID: oidcProvider.clientId,
    OIDC_CLIENT_SECRET: oidcProvider.clientSecret,
    OIDC_NAME: "Test-ID",
    OIDC_ALLOW_HTTP: "true",
    SMTP_URL: smtp.url,
    MAIL_FROM: "Sidestilt <no-reply@sidestilt.test>",
  },
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => server.kill("SIGTERM"));
}
server.on("exit", async (code) => {
  mailbox.close();
  await smtp.stop();
  await oidcProvider.stop();
  await database.cleanUp().catch((error: unknown) => console.error("could not remove the e2e database", error));
  process.exit(code ?? 0);
});
