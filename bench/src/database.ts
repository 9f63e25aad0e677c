// The bench's own throw-away database: a fresh database on DATABASE_URL's server when it is set, otherwise
// a temporary embedded PostgreSQL cluster (the one the product embeds). Migrated, empty, removed at the end.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../apps/api/src/db/embedded-postgres.ts";
import { migrationsDir } from "../../apps/api/src/db/project-root.ts";
import { applyMigrations } from "../../apps/api/src/db/schema-engine.ts";

export type BenchDatabase = { url: string; drop: () => Promise<void> };

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `sidestilt_bench_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "sidestilt-bench-"));
  await chmod(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  const running = await startEmbeddedPostgres({ dataDir, log: () => {} });
  return {
    url: running.url,
    drop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new, migrated database. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const database = await createDatabase();
  try {
    await applyMigrations({ databaseUrl: database.url, migrationsDir: migrationsDir() });
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}
