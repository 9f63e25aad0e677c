// Servers under measurement run in processes of their own, so that the load generator (this process)
// does not share their event loop.
import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "../../apps/api/src/lib/free-port.ts";
import { waitUntil } from "../../apps/api/src/lib/processes.ts";

export type ServerProcess = { url: string; pid: number; stop: () => Promise<void> };

/** Starts `node --import tsx <script>` on a free loopback port and waits until `readyPath` answers. */
export async function startServerProcess(options: {
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  readyPath: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", options.script], {
    cwd: options.cwd,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...options.env, HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn" },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = await waitUntil(async () => {
    if (child.exitCode !== null) return true;
    return fetch(url + options.readyPath).then(
      (response) => response.ok,
      () => false,
    );
  }, 120_000);
  if (!ready || child.exitCode !== null || child.pid === undefined) {
    child.kill("SIGKILL");
    throw new Error(`${options.script} did not start`);
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
