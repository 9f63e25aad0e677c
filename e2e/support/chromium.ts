import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Debian's Chromium (Playwright cannot download its own browser here). CHROMIUM_PATH overrides.
 * Without one the suite fails with instructions; it never passes by skipping.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH names ${fromEnv}, which does not exist.`);
  }
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package (apt-get install -y chromium) " +
      "or set CHROMIUM_PATH to a Chromium binary, then run the tests again.",
  );
}

/** Flags for a root user on a closed network (no sandbox, no background calls home). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
