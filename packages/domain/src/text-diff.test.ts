import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DiffLine, diffLines } from "./text-diff.ts";

const joined = (lines: DiffLine[], skip: DiffLine["op"]) =>
  lines
    .filter((line) => line.op !== skip)
    .map((line) => line.text)
    .join("\n");

/** Texts made of few distinct lines (so that before and after share many), including empty lines. */
const text = fc
  .array(fc.constantFrom("", "a", "b", "c", "Mål", "Innhold: samtale", " "), { maxLength: 30 })
  .map((lines) => lines.join("\n"));
/** Any text, including \r, unicode and long lines. */
const anyText = fc.string({ unit: "grapheme", maxLength: 200 });

/** The length of a longest common subsequence, by the textbook table (small inputs only). */
function lcsLength(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = table[i] as number[];
      const up = table[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (up[j - 1] as number) + 1 : Math.max(up[j] as number, row[j - 1] as number);
    }
  }
  return table[a.length]?.[b.length] ?? 0;
}
const linesOf = (value: string) => (value === "" ? [] : value.split("\n"));

describe("diffLines", () => {
  it("rebuilds after from the lines that are not removed, and before from those that are not added", () => {
    for (const texts of [text, anyText]) {
      fc.assert(
        fc.property(texts, texts, (before, after) => {
          const diff = diffLines(before, after);
          expect(joined(diff, "removed")).toBe(after);
          expect(joined(diff, "added")).toBe(before);
        }),
        { numRuns: 500 },
      );
    }
  });

  it("answers only kept lines for identical texts", () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), (value) => {
        const diff = diffLines(value, value);
        expect(diff.every((line) => line.op === "same")).toBe(true);
        expect(diff.length).toBe(linesOf(value).length);
      }),
    );
  });

  it("keeps a longest common subsequence of lines (the smallest diff)", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const kept = diffLines(before, after).filter((line) => line.op === "same").length;
        expect(kept).toBe(lcsLength(linesOf(before), linesOf(after)));
      }),
      { numRuns: 500 },
    );
  });

  it("shows an edit in the middle as that line removed and its new text added", () => {
    expect(diffLines("Mål\nLære om KOLS\nMestring", "Mål\nLære om KOLS og pust\nMestring")).toEqual([
      { op: "same", text: "Mål" },
      { op: "removed", text: "Lære om KOLS" },
      { op: "added", text: "Lære om KOLS og pust" },
      { op: "same", text: "Mestring" },
    ]);
    expect(diffLines("", "Ny tekst")).toEqual([{ op: "added", text: "Ny tekst" }]);
    expect(diffLines("Gammel tekst", "")).toEqual([{ op: "removed", text: "Gammel tekst" }]);
    expect(diffLines("", "")).toEqual([]);
  });

  it("stays fast and correct on the largest texts, even when built to be hard", () => {
    const alternating = (first: string, second: string) =>
      Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? first : second)).join("\n");
    const cases: [string, string][] = [
      [alternating("a", "b"), alternating("b", "a")],
      ["x\n".repeat(9_999), "y\n".repeat(9_999)],
      [alternating("a", "b"), `${"z\n".repeat(5_000)}${alternating("a", "b").slice(0, 9_000)}`],
    ];
    const started = performance.now();
    for (const [before, after] of cases) {
      const diff = diffLines(before, after);
      expect(joined(diff, "removed")).toBe(after);
      expect(joined(diff, "added")).toBe(before);
    }
    // Generous: the point is "not quadratic in 20 000 lines", not a benchmark.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
