import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  createUnit,
  signedInHeaders,
  testConfig,
} from "../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
let webDist: string;
// A built asset with the brotli and gzip copies the web build writes beside it (apps/web/vite-precompress.ts).
const script = `export const greeting = "${"hei ".repeat(200)}";\n`;
const scriptUrl = "/assets/greeting-C0ffee42.js";
beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), "sidestilt-web-"));
  await writeFile(join(webDist, "index.html"), "<!doctype html><title>Sidestilt</title><div id=root></div>");
  await mkdir(join(webDist, "assets"));
  await writeFile(join(webDist, scriptUrl), script);
  await writeFile(join(webDist, `${scriptUrl}.br`), brotliCompressSync(script));
  await writeFile(join(webDist, `${scriptUrl}.gz`), gzipSync(script));
  t = await createTestApp({ WEB_DIST: webDist });
});
afterAll(async () => {
  await t.close();
  await rm(webDist, { recursive: true, force: true });
});

describe("deny by default", () => {
  it("refuses to start when a route declares no access", async () => {
    const app = await buildApp({ db: t.db, config: testConfig });
    app.get("/api/forgotten", async () => ({ secret: true }));
    await expect(app.ready()).rejects.toThrow(/without an access declaration.*GET \/api\/forgotten/);
    await app.close().catch(() => {});
  });

  it("enforces role declarations: 401 anonymous, 403 wrong role, 200 right role or system admin", async () => {
    const app = await buildApp({ db: t.db, config: testConfig });
    app.get("/api/coordinators-only", { config: { access: { anyRole: ["COORDINATOR"] } } }, async () => ({ ok: true }));
    app.get("/api/admins-only", { config: { access: "system-admin" } }, async () => ({ ok: true }));
    await app.ready();
    const unit = await createUnit(t.db);
    const coordinator = await signedInHeaders(
      t.db,
      (await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] })).id,
    );
    const userRep = await signedInHeaders(
      t.db,
      (await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }] })).id,
    );
    const admin = await signedInHeaders(t.db, (await createPerson(t.db, { isSystemAdmin: true })).id);
    const status = async (url: string, cookie?: string) =>
      (await app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} })).statusCode;
    expect(await status("/api/coordinators-only")).toBe(401);
    expect(await status("/api/coordinators-only", userRep.cookie)).toBe(403);
    expect(await status("/api/coordinators-only", coordinator.cookie)).toBe(200);
    expect(await status("/api/coordinators-only", admin.cookie)).toBe(200);
    expect(await status("/api/admins-only", coordinator.cookie)).toBe(403);
    expect(await status("/api/admins-only", admin.cookie)).toBe(200);
    await app.close();
  });

  it("has every route of the real app declared (the app above started)", () => {
    expect(t.app.hasRoute({ method: "GET", url: "/api/courses" })).toBe(true);
  });
});

describe("problem details", () => {
  it("answers malformed JSON with 400 malformed_json", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await anonymousCsrfHeaders(t.app)), "content-type": "application/json" },
      payload: '{"email": "a@b.no", "password": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({
      status: 400,
      code: "malformed_json",
      type: expect.stringContaining("malformed-json"),
    });
  });

  it("answers a body over the limit with 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { ...(await anonymousCsrfHeaders(t.app)), "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.no", password: "x".repeat(1024 * 1024 + 1) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("payload_too_large");
  });

  it("answers an unknown /api path with a 404 problem and any other path with the SPA", async () => {
    const api = await t.app.inject({ method: "GET", url: "/api/no/such/thing?x=1" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: "not_found", status: 404 });
    const page = await t.app.inject({ method: "GET", url: "/courses/deep/link" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("<div id=root>");
  });

  it("never leaks a stack trace or SQL on an unexpected error", async () => {
    const app = await buildApp({ db: t.db, config: testConfig });
    app.get("/api/explodes", { config: { access: "public" } }, async () => {
      await t.db.$queryRawUnsafe("SELECT * FROM no_such_table_here");
    });
    await app.ready();
    const response = await app.inject({ method: "GET", url: "/api/explodes" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: "https://sidestilt.no/problems/internal",
      title: "Something went wrong on our side",
      status: 500,
      code: "internal",
    });
    expect(response.body).not.toMatch(/no_such_table_here|at .*\.ts:\d+/);
    await app.close();
  });
});

describe("web app assets", () => {
  const immutable = "public, max-age=31536000, immutable";

  it("sends the brotli copy to a browser that accepts it, cached like the asset itself", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: scriptUrl,
      headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    // A JavaScript type, as for the file itself: with nosniff, a browser runs a module script only then.
    expect(response.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(response.headers["cache-control"]).toBe(immutable);
    expect(response.headers.vary).toContain("accept-encoding");
    expect(response.rawPayload.length).toBeLessThan(script.length);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the gzip copy to a browser that accepts gzip but not brotli", async () => {
    const response = await t.app.inject({ method: "GET", url: scriptUrl, headers: { "accept-encoding": "gzip" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe(immutable);
    expect(response.headers.vary).toContain("accept-encoding");
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the asset uncompressed to a client that accepts no compression", async () => {
    for (const headers of [{}, { "accept-encoding": "identity" }]) {
      const response = await t.app.inject({ method: "GET", url: scriptUrl, headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.headers["cache-control"]).toBe(immutable);
      // A shared cache must not hand this answer to a browser that asked for brotli, or the other way round.
      expect(response.headers.vary).toContain("accept-encoding");
      expect(response.body).toBe(script);
    }
  });

  it("still answers a page's path with index.html and its CSP when the browser accepts brotli", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/catalogue?q=diabetes",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(String(response.headers["content-security-policy"])).toContain("script-src 'self'");
    expect(response.body).toContain("<div id=root>");
  });
});

describe("security headers", () => {
  it("sends a CSP without inline script, no framing, nosniff and a referrer policy", async () => {
    const response = await t.app.inject({ method: "GET", url: "/courses" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("marks API answers no-store", async () => {
    const person = await createPerson(t.db);
    const headers = await signedInHeaders(t.db, person.id);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: headers.cookie },
    });
    expect(response.headers["cache-control"]).toBe("no-store");
  });
});

describe("OpenAPI", () => {
  it("publishes an OpenAPI 3.1 document generated from the zod schemas", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/auth/sign-in", "/api/courses", "/api/readyz"]),
    );
    expect(document.components.schemas).toHaveProperty("Problem");
    expect(document.components.schemas).toHaveProperty("SignInInput");
    const ui = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
