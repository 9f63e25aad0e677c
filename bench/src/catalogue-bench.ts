// Issue 5's benchmark: the public catalogue list at 1,000 and at 100,000 courses (five runs each),
// measured against the raw-pg baseline running the same SQL, in the same run on the same data.
import { join } from "node:path";
import pg from "pg";
import type { BenchDatabase } from "./database.ts";
import { type Load, type Measurement, measure, warmUp } from "./measure.ts";
import { projectRoot } from "./project.ts";
import { runsPerCourse, seedCourses, seedUnits } from "./seed-catalogue.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";

/** What a visitor asks the catalogue for: the first page, and the filters people use most. */
export const catalogueListPaths = [
  "/api/catalogue/runs",
  "/api/catalogue/runs?format=DIGITAL",
  "/api/catalogue/runs?targetGroup=RELATIVES",
  "/api/catalogue/runs?diagnosis=KOLS&format=PHYSICAL",
];

export type ScaleResult = { courses: number; runs: number; product: Measurement; raw: Measurement };

function startProduct(databaseUrl: string): Promise<ServerProcess> {
  return startServerProcess({
    script: "src/server.ts",
    cwd: join(projectRoot, "apps", "api"),
    env: { DATABASE_URL: databaseUrl, SEED_DEMO: "false", WEB_DIST: "" },
    readyPath: "/api/readyz",
  });
}

function startRawBaseline(databaseUrl: string): Promise<ServerProcess> {
  return startServerProcess({
    script: "src/raw-catalogue-server.ts",
    cwd: join(projectRoot, "bench"),
    env: { DATABASE_URL: databaseUrl },
    readyPath: "/health",
  });
}

async function measureBoth(servers: { product: ServerProcess; raw: ServerProcess }, load: Load) {
  await warmUp(servers.raw.url, catalogueListPaths, load.connections);
  await warmUp(servers.product.url, catalogueListPaths, load.connections);
  const raw = await measure(servers.raw.url, catalogueListPaths, load);
  const product = await measure(servers.product.url, catalogueListPaths, load);
  return { product, raw };
}

export async function benchCatalogue(
  database: BenchDatabase,
  options: { courses: number; load: Load; log: (line: string) => void },
): Promise<ScaleResult[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const servers = {
    product: await startProduct(database.url),
    raw: await startRawBaseline(database.url),
  };
  try {
    await seedUnits(client);
    const results: ScaleResult[] = [];
    let seeded = 0;
    for (const courses of [1_000, options.courses]) {
      const started = Date.now();
      await seedCourses(client, seeded, courses);
      seeded = courses;
      options.log(`seeded ${courses.toLocaleString("en")} courses in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      results.push({ courses, runs: courses * runsPerCourse, ...(await measureBoth(servers, options.load)) });
    }
    return results;
  } finally {
    await client.end();
    await servers.product.stop();
    await servers.raw.stop();
  }
}
