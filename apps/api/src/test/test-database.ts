import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres.ts";
import { migrationsDir } from "../db/project-root.ts";
import { applyMigrations } from "../db/schema-engine.ts";

export type TestServer = { adminUrl: string; stop: () => Promise<void> };

/**
 * The PostgreSQL server the tests use: the one named by DATABASE_URL when set, otherwise an embedded
 * server in a temporary folder, removed afterwards.
 */
export async function startTestServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = await mkdtemp(join(tmpdir(), "sidestilt-test-"));
  await chmod(dataDir, 0o755); // PostgreSQL runs as its own user when we are root

  const running = await startEmbeddedPostgres({ dataDir, log: () => {} });
  return {
    adminUrl: running.url,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a new, empty database on the server; returns its URL and a drop. */
export async function createEmptyDatabase(adminUrl: string) {
  const name = `sidestilt_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Creates a new database migrated to the current schema. */
export async function createMigratedDatabase(adminUrl: string) {
  const database = await createEmptyDatabase(adminUrl);
  await applyMigrations({ databaseUrl: database.url, migrationsDir: migrationsDir() });
  return database;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
