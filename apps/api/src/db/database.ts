import { isAbsolute, resolve } from "node:path";
import { type RunningDatabase, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { projectRoot } from "./project-root.ts";

/**
 * The database the server uses: the server named by DATABASE_URL when set (nothing is started),
 * otherwise the embedded PostgreSQL under DATA_DIR (relative paths are taken from the project root).
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
}): Promise<RunningDatabase & { embedded: boolean }> {
  if (options.databaseUrl) return { url: options.databaseUrl, stop: async () => {}, embedded: false };
  const dataDir = isAbsolute(options.dataDir) ? options.dataDir : resolve(projectRoot(), options.dataDir);
  const running = await startEmbeddedPostgres({ dataDir, log: options.log });
  return { ...running, embedded: true };
}
