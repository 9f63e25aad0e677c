import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./support/chromium.ts";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// One user journey per spec, in Debian's Chromium, against the real server (support/server.ts):
// embedded PostgreSQL by default, a fresh database on DATABASE_URL's server when that is set.
export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  forbidOnly: true,
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    locale: "nb-NO",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: "node --import tsx support/server.ts",
    url: `${baseURL}/api/readyz`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
