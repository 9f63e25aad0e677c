// Renders prisma/data-inventory.json (every database column with its category, purpose and retention) as
// docs/data-inventory.md, the readable version for data-protection officers and buyers.
//   node scripts/render-data-inventory.mjs           write docs/data-inventory.md (`pnpm docs:inventory`)
//   node scripts/render-data-inventory.mjs --check   exit 1 when docs/data-inventory.md is out of date
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const source = join(root, "prisma", "data-inventory.json");
const target = join(root, "docs", "data-inventory.md");

const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderDataInventory(inventory) {
  const byTable = new Map(Object.keys(inventory.tables).map((table) => [table, []]));
  for (const [key, entry] of Object.entries(inventory.columns)) {
    const [table, column] = key.split(".");
    if (!byTable.has(table)) byTable.set(table, []);
    byTable.get(table).push({ column, ...entry });
  }
  const all = Object.values(inventory.columns);
  const lines = [
    "<!-- Generated from prisma/data-inventory.json by `pnpm docs:inventory`. Do not edit by hand: edit the JSON and run it again. -->",
    "",
    "# Data inventory",
    "",
    inventory.about,
    "",
    `${all.length} columns in ${byTable.size} tables; ${all.filter((entry) => entry.personal).length} of them hold personal data.`,
    "",
    "## Categories",
    "",
    "| Category | Meaning |",
    "| --- | --- |",
    ...Object.entries(inventory.categories).map(([name, meaning]) => `| ${cell(name)} | ${cell(meaning)} |`),
    "",
  ];
  if (inventory.notes?.length) {
    lines.push("## Known gaps", "", ...inventory.notes.map((note) => `- ${note}`), "");
  }
  for (const [table, columns] of [...byTable].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `## \`${table}\``,
      "",
      inventory.tables[table] ?? "",
      "",
      "| Column | Category | Personal | Purpose | Retention |",
      "| --- | --- | --- | --- | --- |",
      ...columns.map(
        (c) =>
          `| \`${c.column}\` | ${cell(c.category)} | ${c.personal ? "yes" : "no"} | ${cell(c.purpose)} | ${cell(c.retention)} |`,
      ),
      "",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const rendered = renderDataInventory(JSON.parse(readFileSync(source, "utf8")));
  if (process.argv.includes("--check")) {
    const current = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (current !== rendered) {
      console.error("docs/data-inventory.md is out of date with prisma/data-inventory.json: run `pnpm docs:inventory`");
      process.exit(1);
    }
  } else {
    writeFileSync(target, rendered);
    console.log(`wrote ${target.slice(root.length + 1)}`);
  }
}
