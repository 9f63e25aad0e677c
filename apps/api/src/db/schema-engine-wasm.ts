// Loads Prisma's schema engine compiled to WebAssembly (docs/decisions/0002): the native binary
// needs Prisma's download server, the Wasm build ships on npm and talks SQL through a driver adapter.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { splitSqlScript } from "./sql-script.ts";

export type SchemaEngine = bindings.SchemaEngine;
export type MigrationList = bindings.MigrationList;

/** The part of Prisma's `SqlMigrationAwareDriverAdapterFactory` we rely on (PrismaPg, PrismaPGlite). */
export interface MigrationAdapterFactory {
  readonly provider: string;
  readonly adapterName: string;
  connect(): Promise<unknown>;
  connectToShadowDb(): Promise<unknown>;
}

interface ErrorCapturingFactory {
  readonly errorRegistry: { consumeError(id: number): { error: unknown } | undefined };
}

// The project's `lib` has no DOM, hence no WebAssembly types; this is the little used here.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

const require = createRequire(import.meta.url);
let loading: Promise<void> | undefined;
let lastPanic: string | undefined;

/** Runs `use` with a fresh engine connected through `adapterFactory`, and frees the engine afterwards. */
export async function withSchemaEngine<T>(
  adapterFactory: MigrationAdapterFactory,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loading ??= instantiate();
  await loading;
  const connections = trackConnections(adapterFactory);
  const adapter = bindAdapterFactory(connections.factory);
  let engine: SchemaEngine | undefined;
  try {
    const ignoreLogs = () => {};
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, ignoreLogs, adapter);
    return await use(engine);
  } catch (error) {
    throw engineError(error, adapter);
  } finally {
    engine?.free();
    // Freeing the engine does not close its connections: a pool left open keeps Node alive and
    // keeps holding the migrations' advisory lock, which stalls the next engine for 10 s.
    await connections.disposeAll();
  }
}

async function instantiate(): Promise<void> {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  // Timers the engine starts (through wasm-bindgen's setTimeout import) would keep Node alive ~10 s
  // after the last call: unref them so CLIs and tests exit as soon as their own work is done.
  const imports: Record<string, unknown> = { ...bindings };
  for (const [name, value] of Object.entries(bindings as Record<string, unknown>)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      const setTimer = value as (...args: unknown[]) => NodeJS.Timeout;
      imports[name] = (...args: unknown[]) => setTimer(...args).unref();
    }
  }
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
  // The bindings report Rust panics through this global, which Prisma's own tools define.
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => {
      lastPanic = message;
    },
  };
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

interface Connection {
  dispose(): Promise<void>;
  executeScript(script: string): Promise<void>;
  executeRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<number>;
}

/**
 * Prisma's pg adapter cuts a migration script at every ";", which breaks function bodies (the audit
 * trail's trigger). Run it statement by statement, cut where PostgreSQL would cut it.
 */
function runScriptsWhole(connection: Connection, adapterName: string): void {
  if (adapterName !== "@prisma/adapter-pg") return;
  connection.executeScript = async (script) => {
    for (const sql of splitSqlScript(script)) await connection.executeRaw({ sql, args: [], argTypes: [] });
  };
}

/** Wraps the factory to remember every connection, so they can all be disposed (once) at the end. */
function trackConnections(factory: MigrationAdapterFactory) {
  const opened: Connection[] = [];
  const track = async (connecting: Promise<unknown>) => {
    const connection = (await connecting) as Connection;
    runScriptsWhole(connection, factory.adapterName);
    const dispose = connection.dispose.bind(connection);
    let disposing: Promise<void> | undefined;
    connection.dispose = () => {
      disposing ??= dispose();
      return disposing;
    };
    opened.push(connection);
    return connection;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => track(factory.connect()),
      connectToShadowDb: () => track(factory.connectToShadowDb()),
    },
    disposeAll: async () => {
      await Promise.allSettled(opened.map((connection) => connection.dispose()));
    },
  };
}

function bindAdapterFactory(factory: MigrationAdapterFactory): ErrorCapturingFactory {
  return bindMigrationAwareSqlAdapterFactory(factory as SqlMigrationAwareDriverAdapterFactory);
}

/** Turns what the engine threw (its own errors, driver errors it captured, panics) into a readable Error. */
function engineError(error: unknown, adapter: ErrorCapturingFactory): Error {
  if (lastPanic !== undefined) {
    const panic = lastPanic;
    lastPanic = undefined;
    return new Error(`Schema engine panicked: ${panic}`, { cause: error });
  }
  if (!(error instanceof Error)) return new Error(`Schema engine failed: ${String(error)}`);
  // A JS error thrown inside the driver adapter reaches us as "External error id#N".
  const external = /External error id#(\d+)/.exec(error.message);
  if (external) {
    const original = adapter.errorRegistry.consumeError(Number(external[1]))?.error;
    if (original instanceof Error) return original;
  }
  // Engine messages end with a Rust span trace ("   0: schema_engine_wasm::..."); keep the useful bits.
  const [summary = "", trace = ""] = error.message.split(/\n\s*0: /, 2);
  const code = "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
  const message = summary.replace(/^external connector error\n/, "").trim();
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  const context = migration === undefined ? "" : `Migration ${migration} failed: `;
  return new Error(`${context}${code}${message}`, { cause: error });
}
