import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The workspace root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function projectRoot(from: string = import.meta.dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Could not find the project root (pnpm-workspace.yaml)");
    dir = parent;
  }
  return dir;
}

export const migrationsDir = (): string => join(projectRoot(), "prisma", "migrations");
export const schemaPath = (): string => join(projectRoot(), "prisma", "schema.prisma");
