// `pnpm db:migrate <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql for the
// changes in prisma/schema.prisma since the last migration. Needs no database server.
import path from "node:path";
import { migrationsDir, projectRoot, schemaPath } from "../project-root.ts";
import { createMigration } from "../schema-engine.ts";

const name = process.argv
  .slice(2)
  .filter((arg) => arg !== "--")
  .join(" ")
  .trim();
if (name === "") {
  console.error("Usage: pnpm db:migrate <name>   (e.g. pnpm db:migrate add_course_tags)");
  process.exit(2);
}

try {
  const created = await createMigration({ name, migrationsDir: migrationsDir(), schemaPath: schemaPath() });
  console.log(created ? `Created ${path.relative(projectRoot(), created.directory)}` : "No schema changes.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
