// The JavaScript each web route makes a browser download, measured on a production build: the entry,
// the page's own chunk, every chunk they import statically, and the default language's texts (for a
// signed-in page also the signed-in texts and route loaders, which its loader imports). Sizes are
// gzip-compressed (level 9, as the build precompresses them), since that is what travels to a phone.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { projectRoot } from "./project.ts";

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** A web route and the page module its route object loads lazily (none for a route without a page). */
export type RouteBundle = { route: string; page?: string; signedIn?: boolean };

export const publicRoutes: RouteBundle[] = [
  { route: "/catalogue", page: "src/app/routes/catalogue-page.tsx" },
  { route: "/catalogue/runs/:runId", page: "src/app/routes/catalogue-run-page.tsx" },
  { route: "/catalogue/runs/:runId/sign-up", page: "src/app/routes/sign-up-page.tsx" },
  { route: "/registration", page: "src/app/routes/registration-page.tsx" },
  { route: "/evaluation", page: "src/app/routes/evaluation-page.tsx" },
  { route: "/sign-in", page: "src/app/routes/sign-in-page.tsx" },
];

export const signedInRoutes: RouteBundle[] = [
  { route: "/courses", page: "src/app/routes/courses-page.tsx", signedIn: true },
  { route: "/courses/:courseId", page: "src/app/routes/course-page.tsx", signedIn: true },
  { route: "/runs/:runId (plan)", page: "src/app/routes/run-plan-page.tsx", signedIn: true },
  { route: "/runs/:runId/programme", page: "src/app/routes/run-programme-page.tsx", signedIn: true },
  { route: "/runs/:runId/attendance", page: "src/app/routes/run-attendance-page.tsx", signedIn: true },
  { route: "/runs/:runId/evaluation", page: "src/app/routes/run-evaluation-page.tsx", signedIn: true },
];

/** What a signed-in page's loader imports before the page is drawn (routes.tsx, signedInLoader). */
const signedInExtras = (language: string) => [
  "src/app/signed-in-route-loaders.ts",
  `virtual:texts/${language}/signed-in`,
];

/** The manifest keys whose files a route downloads: the start modules and all they import statically. */
export function routeChunks(manifest: Manifest, start: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of start) visit(key);
  return [...seen];
}

export type RouteSize = { route: string; files: number; gzipBytes: number };

/** Builds the web app into a temporary folder (the served dist stays untouched) and sizes each route. */
export async function measureRouteSizes(routes: RouteBundle[], defaultLanguage = "nb"): Promise<RouteSize[]> {
  const webDir = join(projectRoot, "apps", "web");
  const outDir = await mkdtemp(join(tmpdir(), "sidestilt-bench-web-"));
  try {
    const build = spawnSync("pnpm", ["exec", "vite", "build", "--manifest", "--outDir", outDir, "--emptyOutDir"], {
      cwd: webDir,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest;
    const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
    const language = [`virtual:texts/${defaultLanguage}/public`];
    const gzipBytes = (key: string) => {
      const chunk = manifest[key];
      if (!chunk?.file.endsWith(".js")) return 0;
      return gzipSync(readFileSync(join(outDir, chunk.file)), { level: 9 }).length;
    };
    return routes.map(({ route, page, signedIn }) => {
      const start = [
        ...entries,
        ...language,
        ...(page ? [page] : []),
        ...(signedIn ? signedInExtras(defaultLanguage) : []),
      ];
      const missing = start.filter((key) => !manifest[key]);
      if (missing.length > 0)
        throw new Error(`${missing.join(", ")} not in the build: update bench/src/bundle-size.ts`);
      const keys = routeChunks(manifest, start);
      return { route, files: keys.length, gzipBytes: keys.reduce((sum, key) => sum + gzipBytes(key), 0) };
    });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
