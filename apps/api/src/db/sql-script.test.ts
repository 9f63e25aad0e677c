import { describe, expect, it } from "vitest";
import { splitSqlScript } from "./sql-script.ts";

describe("splitSqlScript", () => {
  it("splits at top-level semicolons and drops empty and comment-only pieces", () => {
    expect(splitSqlScript("-- a table\nCREATE TABLE a (x int);\n\nSELECT 1;  ;\n-- trailing")).toEqual([
      "-- a table\nCREATE TABLE a (x int)",
      "SELECT 1",
    ]);
  });

  it("keeps semicolons inside strings, identifiers, comments and dollar-quoted bodies", () => {
    const fn =
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no; never';\nEND;\n$$";
    const script = `${fn};\nSELECT 'it''s; fine', "odd;name" /* a; b */ FROM t;\nSELECT $body$;$body$`;
    expect(splitSqlScript(script)).toEqual([
      fn,
      `SELECT 'it''s; fine', "odd;name" /* a; b */ FROM t`,
      "SELECT $body$;$body$",
    ]);
  });

  it("treats a lone dollar sign (a positional parameter) as plain text", () => {
    expect(splitSqlScript("SELECT $1; SELECT 2")).toEqual(["SELECT $1", "SELECT 2"]);
  });
});
