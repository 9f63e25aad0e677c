import { readEnv } from "../../env.ts";
import { openDatabase } from "../database.ts";
import { createPrisma } from "../prisma.ts";
import { seedDemoData } from "../seed/seed-demo.ts";

// `pnpm db:seed`: seeds the demo data into an empty database (migrations must be applied).
const env = readEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, log: console.log });
const db = createPrisma(database.url);
try {
  const summary = await seedDemoData(db);
  console.log(`Demo data is in place. Password for every demo sign-in: ${summary.password}`);
} finally {
  await db.$disconnect();
  await database.stop();
}
