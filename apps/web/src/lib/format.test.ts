import { describe, expect, it } from "vitest";
import { formatDate, formatList } from "./format.ts";

describe("format", () => {
  it("writes calendar dates in full in each language, whatever the time zone", () => {
    expect(formatDate("2027-01-12", "nb")).toBe("12. januar 2027");
    expect(formatDate("2027-01-12", "nn")).toBe("12. januar 2027");
    expect(formatDate("2027-01-12", "en")).toBe("12 January 2027");
    expect(formatDate("2026-12-31", "nb")).toBe("31. desember 2026");
  });

  it("joins names with the language's conjunction", () => {
    expect(formatList(["Kari", "Ola", "Per"], "nb")).toBe("Kari, Ola og Per");
    expect(formatList(["Kari", "Ola"], "nn")).toBe("Kari og Ola");
    expect(formatList(["Kari", "Ola"], "en")).toBe("Kari and Ola");
  });
});
