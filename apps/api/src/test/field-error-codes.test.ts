import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fieldErrorCodes } from "@sidestilt/domain/problem";
import { describe, expect, it } from "vitest";

// The web app has a translated message for every code in `fieldErrorCodes` (its own test checks that).
// A field error built in a service is typed to those codes; a shared schema's own check carries its
// code as zod's message, which the compiler cannot check. This reads the sources the API answers from
// and finds every code they put on a field, so that no code reaches the web app without its message.

const root = join(import.meta.dirname, "..", "..", "..", "..");
const sourceDirs = ["packages/domain/src", "apps/api/src"];
const skipped = /(\.test\.ts|\/test\/[^/]+\.ts|\/generated\/.*)$/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !skipped.test(path));
}

const code = "([a-z][a-z0-9]*(?:_[a-z0-9]+)*)";
const snakeCode = "([a-z][a-z0-9]*(?:_[a-z0-9]+)+)";
const patterns = [
  // A field error written out: `{ field: …, code: "…" }`, on one line or several.
  new RegExp(`\\{[^{}]*?\\bfield\\b[^{}]*?\\bcode:\\s*"${code}"`, "gs"),
  new RegExp(`\\{[^{}]*?\\bcode:\\s*"${code}"[^{}]*?\\bfield\\b`, "gs"),
  // A code as zod's message: `{ error: "invalid_phone" }`, `{ message: "…" }`, `.regex(/…/, "…")`.
  new RegExp(`\\b(?:error|message):\\s*"${snakeCode}"`, "g"),
  new RegExp(`\\.(?:regex|refine|min|max|length|email|url|literal)\\(.*,\\s*"${snakeCode}"\\s*\\)`, "g"),
  // A helper's argument: `fieldError("currentPassword", "wrong_password", …)`.
  new RegExp(`\\bfieldError\\(\\s*"[^"]*",\\s*"${code}"`, "g"),
];

async function codesInSources(): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  for (const dir of sourceDirs) {
    for (const path of await sourceFiles(dir)) {
      const text = await readFile(join(root, path), "utf8");
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          const [, name] = match;
          if (!name) continue;
          found.set(name, (found.get(name) ?? new Set()).add(path));
        }
      }
    }
  }
  return found;
}

describe("field error codes", () => {
  it("the API and the shared schemas put on a field are all listed in fieldErrorCodes", async () => {
    const found = await codesInSources();
    // The scan finds what it should: codes from schemas, services and domain rules.
    for (const known of ["invalid_phone", "before_start", "sessions_outside", "outside_run", "wrong_password"]) {
      expect([...found.keys()], known).toContain(known);
    }
    const listed: readonly string[] = fieldErrorCodes;
    const unlisted = [...found]
      .filter(([name]) => !listed.includes(name))
      .map(([name, paths]) => `${name} (${[...paths].join(", ")})`);
    expect(unlisted, "field error codes missing from fieldErrorCodes in packages/domain/src/problem.ts").toEqual([]);
  });
});
