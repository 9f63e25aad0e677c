import { defineConfig } from "prisma/config";

// Read process.env directly: prisma's env() throws when the variable is unset, which would break
// `prisma generate` on a fresh machine where no database exists yet.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
