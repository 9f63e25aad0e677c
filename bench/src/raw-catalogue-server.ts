// The baseline: a minimal Fastify route that runs the catalogue list's very SQL (catalogueListSql) on a
// plain node-postgres pool of the product's size, and answers its rows as they come. No Prisma, no
// schemas, no plugins: what the product's route costs beyond this is the price of its layers.
import Fastify from "fastify";
import pg from "pg";
import { catalogueListSql } from "../../apps/api/src/features/catalogue/catalogue.service.ts";
import { osloDate } from "../../apps/api/src/lib/oslo-time.ts";

type CatalogueQuery = Parameters<typeof catalogueListSql>[0];

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify();

app.get("/health", async () => ({ ok: true }));
app.get("/api/catalogue/runs", async (request) => {
  const query = { limit: 20, ...(request.query as Record<string, string>) } as CatalogueQuery;
  const statement = catalogueListSql(query, osloDate());
  const { rows } = await pool.query(statement.text, statement.values);
  return rows;
});

process.once("SIGTERM", async () => {
  await app.close();
  await pool.end();
  process.exit(0);
});
await app.listen({ host: process.env.HOST, port: Number(process.env.PORT) });
