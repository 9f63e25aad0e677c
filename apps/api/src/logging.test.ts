import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp, createLogger } from "./app.ts";
import { createPrisma, type Db } from "./db/prisma.ts";
import { createPerson, signedInHeaders, testConfig, testPassword } from "./test/fixtures.ts";

let db: Db;
beforeAll(() => {
  db = createPrisma(inject("databaseUrl"), { maxConnections: 2 });
});
afterAll(() => db.$disconnect());

describe("structured logs", () => {
  it("are JSON lines without cookies, CSRF tokens, passwords, emails or client addresses", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    const app = await buildApp({ db, config: testConfig, logger: createLogger("trace", sink) });
    app.post("/api/echo-log", { config: { access: "public" } }, async (request) => {
      request.log.info({ body: request.body }, "received");
      return { ok: true };
    });
    await app.ready();
    const person = await createPerson(db);
    const session = await signedInHeaders(db, person.id);
    await app.inject({
      method: "POST",
      url: "/api/echo-log?token=secret-in-query",
      remoteAddress: "10.9.8.7",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
      payload: { email: person.email, password: testPassword },
    });
    await app.close();

    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join("\n");
    expect(all).toContain('"msg":"received"');
    for (const secret of [
      session.cookie.split("=")[1] ?? "",
      session.csrfToken,
      testPassword,
      person.email,
      "10.9.8.7",
      "secret-in-query",
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
