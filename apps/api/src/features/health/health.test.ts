import { createServer, type Server, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp } from "../../app.ts";
import { createPrisma } from "../../db/prisma.ts";
import { testConfig } from "../../test/fixtures.ts";

/** A TCP relay to the test database that the test can cut and restore, like a database restart. */
function relayTo(target: URL) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const open = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        upstream.connect(Number(target.port || 5432), target.hostname);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on("error", end).on("close", end);
        upstream.on("error", end).on("close", end);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server?.address();
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server?.close(() => resolve());
    });
  return { open, cut };
}

describe("health", () => {
  const target = new URL(inject("databaseUrl"));
  const relay = relayTo(target);
  let port = 0;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let db: ReturnType<typeof createPrisma>;

  beforeAll(async () => {
    port = await relay.open(0);
    const viaRelay = new URL(target);
    viaRelay.port = String(port);
    db = createPrisma(viaRelay.toString(), { maxConnections: 2 });
    app = await buildApp({ db, config: testConfig });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.$disconnect().catch(() => {});
    await relay.cut();
  });

  it("livez answers without the database; readyz follows the database down and back up without a restart", async () => {
    const get = async (url: string) => {
      const response = await app.inject({ method: "GET", url });
      return { status: response.statusCode, body: response.json() };
    };
    expect(await get("/api/readyz")).toEqual({ status: 200, body: { status: "ok" } });

    await relay.cut();
    expect(await get("/api/readyz")).toEqual({ status: 503, body: { status: "unavailable" } });
    expect(await get("/api/livez")).toEqual({ status: 200, body: { status: "ok" } });

    await relay.open(port);
    await expect.poll(async () => (await get("/api/readyz")).status, { timeout: 10_000, interval: 200 }).toBe(200);
  });
});
