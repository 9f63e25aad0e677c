import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { projectRoot } from "./project-root.ts";

// The data inventory (issue 3, privacy duties) must classify every column of the database: a migration that
// adds a column without saying why it is kept and for how long fails here, and so does a stale entry.

const root = projectRoot();
const inventoryPath = join(root, "prisma", "data-inventory.json");

const entrySchema = z.strictObject({
  category: z.enum([
    "identifier",
    "contact",
    "account",
    "security",
    "role",
    "course",
    "audit",
    "operational",
    "participant",
  ]),
  personal: z.boolean(),
  purpose: z.string().min(3).max(200),
  retention: z.string().min(3).max(200),
});

const inventorySchema = z.object({
  tables: z.record(z.string(), z.string().min(3)),
  columns: z.record(z.string().regex(/^[a-z_]+\.[a-z_]+$/), entrySchema),
});

const inventory = inventorySchema.parse(JSON.parse(readFileSync(inventoryPath, "utf8")));

async function databaseColumns(): Promise<string[]> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`
      SELECT c.table_name || '.' || c.column_name AS name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
      ORDER BY 1`);
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe("data inventory", () => {
  it("classifies every column of the database, and nothing that no longer exists", async () => {
    const actual = await databaseColumns();
    expect(actual.length).toBeGreaterThan(50);
    const classified = Object.keys(inventory.columns);
    const unclassified = actual.filter((column) => !classified.includes(column));
    const gone = classified.filter((column) => !actual.includes(column));
    expect(unclassified, "columns missing from prisma/data-inventory.json").toEqual([]);
    expect(gone, "classified columns that are not in the database").toEqual([]);
  });

  it("describes every table that has columns, and only those", async () => {
    const tables = [...new Set((await databaseColumns()).map((column) => column.split(".")[0]))].sort();
    expect(Object.keys(inventory.tables).sort()).toEqual(tables);
  });

  it("marks credentials and contact details as personal", () => {
    for (const column of [
      "person.email",
      "person.name",
      "person.phone",
      "person.password_hash",
      "person.totp_secret",
    ]) {
      expect(inventory.columns[column]?.personal, column).toBe(true);
    }
  });

  it("has an up-to-date rendering in docs/data-inventory.md (pnpm docs:inventory)", () => {
    const check = spawnSync(process.execPath, [join(root, "scripts", "render-data-inventory.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
