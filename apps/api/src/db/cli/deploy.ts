import { readEnv } from "../../env.ts";
import { openDatabase } from "../database.ts";
import { migrationsDir } from "../project-root.ts";
import { applyMigrations } from "../schema-engine.ts";

// `pnpm db:deploy`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
const env = readEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, log: console.log });
try {
  const { applied } = await applyMigrations({ databaseUrl: database.url, migrationsDir: migrationsDir() });
  console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
