import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createEmptyDatabase } from "../test/test-database.ts";
import { migrationsDir as realMigrationsDir, schemaPath as realSchemaPath } from "./project-root.ts";
import { applyMigrations, createMigration } from "./schema-engine.ts";

const createScratchDatabase = () => createEmptyDatabase(inject("adminDatabaseUrl"));

const migrationsDir = realMigrationsDir();
const schemaPath = realSchemaPath();
// Each engine call replays every migration into a fresh in-memory PGlite: seconds, not milliseconds.
const slow = { timeout: 60_000 };

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sidestilt-migrations-"));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("createMigration", () => {
  it("finds no change between prisma/migrations and prisma/schema.prisma", slow, async () => {
    await withTempDir(async (dir) => {
      const copy = path.join(dir, "migrations");
      await cp(migrationsDir, copy, { recursive: true });

      expect(await createMigration({ name: "nothing", migrationsDir: copy, schemaPath })).toBeNull();
      expect(await readdir(copy)).toEqual(await readdir(migrationsDir));
    });
  });

  it("writes a timestamped migration for a changed schema, and then finds no change", slow, async () => {
    await withTempDir(async (dir) => {
      const copy = path.join(dir, "migrations");
      await cp(migrationsDir, copy, { recursive: true });
      const changedSchema = path.join(dir, "schema.prisma");
      const tagModel =
        'model Tag {\n  id Int @id @default(autoincrement())\n  name String @unique\n  @@map("tag")\n}\n';
      await writeFile(changedSchema, `${await readFile(schemaPath, "utf8")}\n${tagModel}`);

      const created = await createMigration({ name: "Add tag!", migrationsDir: copy, schemaPath: changedSchema });

      expect(created).not.toBeNull();
      const directory = created?.directory ?? "";
      expect(path.dirname(directory)).toBe(copy);
      expect(path.basename(directory)).toMatch(/^\d{14}_add_tag$/);
      const sql = await readFile(path.join(directory, "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "tag"');
      expect(sql).not.toContain('CREATE TABLE "person"');
      expect(await createMigration({ name: "again", migrationsDir: copy, schemaPath: changedSchema })).toBeNull();
    });
  });
});

describe("applyMigrations", () => {
  it("applies every migration once, like prisma migrate deploy", slow, async () => {
    const database = await createScratchDatabase();
    try {
      const names = (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();

      expect(await applyMigrations({ databaseUrl: database.url, migrationsDir })).toEqual({ applied: names });

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query("SELECT to_regclass('public.person') AS person");
        expect(rows[0]?.person).toBe("person");
        const recorded = await client.query(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
        );
        expect(recorded.rows.map((row) => row.migration_name).sort()).toEqual(names);
      } finally {
        await client.end();
      }

      expect(await applyMigrations({ databaseUrl: database.url, migrationsDir })).toEqual({ applied: [] });
    } finally {
      await database.drop();
    }
  });
});
