import type { TestProject } from "vitest/node";
import { createMigratedDatabase, startTestServer } from "./test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

/** Starts (or reaches) PostgreSQL once per run and creates one migrated database for the API tests. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const database = await createMigratedDatabase(server.adminUrl);
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
