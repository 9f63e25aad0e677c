import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUnits } from "./db/seed/demo-data.ts";
import { freePort } from "./lib/free-port.ts";
import { isAlive, waitUntil } from "./lib/processes.ts";

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  if (!(await waitUntil(check, timeoutMs))) throw new Error(`timed out after ${timeoutMs} ms`);
}

// The real process, as an operator runs it: embedded database, migrations, seed, SIGKILL and SIGTERM.
// It always uses the embedded database, whatever DATABASE_URL says.

let dataDir: string;
let port: number;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "sidestilt-server-"));
  await chmod(dataDir, 0o755);
  port = await freePort();
});
afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  const pid = postmasterPid();
  if (pid) process.kill(pid, "SIGINT");
  await waitFor(() => !postmasterPid() || !isAlive(postmasterPid() ?? 0), 10_000).catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
});

function startServer(): ChildProcess {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: join(import.meta.dirname, ".."),
    env: {
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      WEB_DIST: join(dataDir, "none"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

const base = () => `http://127.0.0.1:${port}`;

async function ready(): Promise<void> {
  await waitFor(async () => {
    const response = await fetch(`${base()}/api/readyz`).catch(() => null);
    return response?.status === 200;
  }, 60_000);
}

async function signInAsDemoCoordinator(): Promise<number> {
  const csrf = await fetch(`${base()}/api/auth/csrf`);
  const cookie = (csrf.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base()}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ email: "koordinator@unn.example", password: "sidestilt-demo" }),
  });
  return response.status;
}

function postmasterPid(): number | undefined {
  const file = join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(file)) return undefined;
  return Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10) || undefined;
}

async function countUnits(): Promise<number> {
  const credentials = JSON.parse(readFileSync(join(dataDir, "postgres-credentials.json"), "utf8"));
  const port = readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3];
  const client = new pg.Client({ host: "127.0.0.1", port: Number(port), database: "sidestilt", ...credentials });
  await client.connect();
  try {
    return Number((await client.query("SELECT count(*) FROM unit")).rows[0].count);
  } finally {
    await client.end();
  }
}

describe("the server process", () => {
  it("starts on an embedded database, survives SIGKILL with its data, and stops cleanly on SIGTERM", async () => {
    const first = startServer();
    await ready();
    expect(await signInAsDemoCoordinator()).toBe(200);
    expect(await countUnits()).toBe(demoUnits.length);

    first.kill("SIGKILL");
    await waitFor(() => first.exitCode !== null || first.signalCode !== null, 10_000);
    const orphan = postmasterPid();
    expect(orphan && isAlive(orphan)).toBe(true); // the killed run left its postmaster behind

    const second = startServer();
    await ready();
    expect(orphan && isAlive(orphan)).toBe(false);
    expect(await signInAsDemoCoordinator()).toBe(200);
    expect(await countUnits()).toBe(demoUnits.length); // kept, and not seeded twice

    const exited = new Promise<number | null>((resolve) => second.on("exit", (code) => resolve(code)));
    const postmaster = postmasterPid();
    second.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(postmaster && isAlive(postmaster)).toBe(false);
  }, 120_000);
});
