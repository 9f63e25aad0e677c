// `pnpm bench`: seeds a throw-away database at scale, measures the endpoints against baselines run in the
// same process on the same data, sizes the web routes' JavaScript, prints the figures with their targets,
// and writes them to .data/bench/report.json. Settings: BENCH_COURSES (default 100000), BENCH_SECONDS
// (per measurement, default 10), BENCH_CONNECTIONS (default 50), DATABASE_URL (a server to use instead of
// the embedded PostgreSQL).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { measureRouteSizes, publicRoutes, signedInRoutes } from "./bundle-size.ts";
import { benchCatalogue } from "./catalogue-bench.ts";
import { openBenchDatabase } from "./database.ts";
import { benchEvaluationResults } from "./evaluation-bench.ts";
import { projectRoot } from "./project.ts";
import { printReport, verdicts } from "./report.ts";

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
};

const courses = setting("BENCH_COURSES", 100_000);
const load = { connections: setting("BENCH_CONNECTIONS", 50), seconds: setting("BENCH_SECONDS", 10) };
const log = (line: string) => console.log(`· ${line}`);

const database = await openBenchDatabase();
let catalogue: Awaited<ReturnType<typeof benchCatalogue>>;
let evaluation: Awaited<ReturnType<typeof benchEvaluationResults>>;
try {
  catalogue = await benchCatalogue(database, { courses, load, log });
  log("evaluation results of a run with 10,000 answers");
  evaluation = await benchEvaluationResults(database);
} finally {
  await database.drop();
}
log("building the web app to size its routes");
const bundles = await measureRouteSizes([...publicRoutes, ...signedInRoutes]);

const report = {
  date: new Date().toISOString(),
  load,
  catalogue,
  evaluation,
  bundles,
  verdicts: verdicts(catalogue, bundles, evaluation),
};
printReport(report);
const reportDir = join(projectRoot, ".data", "bench");
await mkdir(reportDir, { recursive: true });
await writeFile(join(reportDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nreport written to .data/bench/report.json`);
