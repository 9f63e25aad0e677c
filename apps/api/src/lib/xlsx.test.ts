import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { columnName, xlsxWorkbook } from "./xlsx.ts";

describe("xlsxWorkbook", () => {
  const sheetOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] ?? new Uint8Array());

  it("is an Office Open XML package with one sheet", () => {
    const files = Object.keys(unzipSync(xlsxWorkbook("Resultater", [["a"]]))).sort();
    expect(files).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("writes numbers as numbers and every text as an inline string, never a formula", () => {
    const sheet = sheetOf(
      xlsxWorkbook("Resultater", [
        ["Spørsmål", "Antall"],
        ['=HYPERLINK("x")', 12],
        ["<b>&", 4.5],
      ]),
    );
    expect(sheet).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve">Spørsmål</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>12</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t>');
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain("&lt;b&gt;&amp;");
    expect(sheet).toContain('<c r="B3"><v>4.5</v></c>');
  });

  it("drops characters XML cannot hold, and names columns past Z", () => {
    expect(sheetOf(xlsxWorkbook("x", [["a\u0001b"]]))).toContain(">ab<");
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("keeps the sheet name within Excel's rules", () => {
    const workbook = strFromU8(
      unzipSync(xlsxWorkbook("Resultater: kurs/evaluering [2026] med et veldig langt navn", [[]]))["xl/workbook.xml"] ??
        new Uint8Array(),
    );
    const name = /sheet name="([^"]*)"/.exec(workbook)?.[1] ?? "";
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });
});
