import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import closeWithGrace from "close-with-grace";
import { buildApp, createLogger } from "./app.ts";
import { openDatabase } from "./db/database.ts";
import { createPrisma } from "./db/prisma.ts";
import { migrationsDir, projectRoot } from "./db/project-root.ts";
import { applyMigrations } from "./db/schema-engine.ts";
import { seedDemoData } from "./db/seed/seed-demo.ts";
import { readEnv } from "./env.ts";
import { startJobQueue } from "./jobs/job-queue.ts";
import { createMailer } from "./lib/mailer.ts";

/** The server process: database, migrations, demo data, job queue, HTTP, and a graceful stop. */
async function main(): Promise<void> {
  const env = readEnv();
  const log = createLogger(env.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    log: (message) => log.info(message),
  });
  let stopDatabase = database.stop;
  try {
    const { applied } = await applyMigrations({ databaseUrl: database.url, migrationsDir: migrationsDir() });
    if (applied.length > 0) log.info({ applied }, "migrations applied");
    const db = createPrisma(database.url);
    stopDatabase = async () => {
      await db.$disconnect();
      await database.stop();
    };
    const demo = env.SEED_DEMO ? await seedDemoData(db) : null;
    const mailer = createMailer(env);
    const jobs = await startJobQueue({
      databaseUrl: database.url,
      db,
      mailer,
      log,
      purge: { sessionIdleMinutes: env.SESSION_IDLE_MINUTES },
    });
    const stopStorage = stopDatabase;
    // The jobs use the mailer and the database: they finish and stop first.
    stopDatabase = async () => {
      await jobs.stop();
      mailer?.close();
      await stopStorage();
    };
    const app = await buildApp({
      db,
      logger: log,
      mailer,
      jobs,
      config: { ...env, WEB_DIST: env.WEB_DIST ?? resolve(projectRoot(), "apps/web/dist") },
    });
    closeWithGrace({ delay: 20_000, logger: log }, async ({ err, signal }) => {
      if (err) log.error({ err }, "stopping after an error");
      log.info({ signal }, "shutting down: finishing requests and jobs in flight");
      await app.close();
      await stopDatabase();
    });
    await app.listen({ port: env.PORT, host: env.HOST });
    const { port } = app.server.address() as AddressInfo;
    const wildcard = ["0.0.0.0", "::", "127.0.0.1", "localhost"].includes(env.HOST);
    printWelcome(`http://${wildcard ? "localhost" : env.HOST}:${port}`, database.embedded, demo);
  } catch (error) {
    await stopDatabase().catch(() => {});
    throw error;
  }
}

function printWelcome(url: string, embedded: boolean, demo: Awaited<ReturnType<typeof seedDemoData>> | null) {
  const lines = [
    "",
    `  Sidestilt is running at ${url}`,
    `  API documentation: ${url}/api/docs`,
    `  Database: ${embedded ? "embedded PostgreSQL (data in DATA_DIR)" : "DATABASE_URL"}`,
  ];
  if (demo) {
    lines.push(`  Demo sign-ins (password for all: ${demo.password}):`);
    for (const person of demo.signIns) lines.push(`    ${person.email.padEnd(42)} ${person.description}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Sidestilt could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
