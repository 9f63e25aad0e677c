// `pnpm test`: every check of the project in one run, with one closing line "N passed, N failed".
//   node scripts/test.mjs                 typecheck, lint, vitest (domain, api, web), e2e
//   node scripts/test.mjs --only api,e2e  a subset (steps: typecheck, lint, domain, api, web, e2e)
// Each step's counts are written to .data/test-results/<label>.json for .ci/run to sum.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const allSteps = ["typecheck", "lint", "domain", "api", "web", "e2e"];
const only = option("--only")?.split(",") ?? allSteps;
const label = option("--label") ?? "default";
const resultsDir = join(root, ".data", "test-results");
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, commandArgs, env = {}) {
  console.log(`\n▶ ${command} ${commandArgs.join(" ")}`);
  return spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

function count(step, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${step.padEnd(10)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

for (const step of ["typecheck", "lint"].filter((s) => only.includes(s))) {
  const status = run("pnpm", ["run", "--silent", step]);
  count(step, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

const vitestProjects = ["domain", "api", "web"].filter((s) => only.includes(s));
if (vitestProjects.length > 0) {
  const output = join(resultsDir, `vitest-${label}.json`);
  rmSync(output, { force: true });
  const projectArgs = vitestProjects.flatMap((project) => ["--project", project]);
  const status = run("pnpm", [
    "exec",
    "vitest",
    "run",
    ...projectArgs,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${output}`,
  ]);
  const report = readJson(output);
  if (report) {
    count(
      `vitest`,
      report.numPassedTests,
      report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0),
      report.numPendingTests + report.numTodoTests,
    );
  } else {
    count("vitest", 0, 1);
  }
}

if (only.includes("e2e")) {
  const output = join(resultsDir, `e2e-${label}.json`);
  rmSync(output, { force: true });
  const status = run("pnpm", ["--filter", "@sidestilt/e2e", "exec", "playwright", "test"], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: output,
  });
  const report = readJson(output);
  if (report?.stats) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    // A flaky test failed at least once: it counts as failed, never retried into green.
    const failed = unexpected + flaky + (status !== 0 && unexpected + flaky === 0 ? 1 : 0);
    count("e2e", expected, failed, skipped);
  } else {
    count("e2e", 0, 1);
  }
}

writeFileSync(join(resultsDir, `summary-${label}.json`), JSON.stringify(totals));
console.log(`\n${lines.join("\n")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
