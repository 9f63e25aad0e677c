import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format-date-time.ts";

describe("formatDateTime", () => {
  it("shows Norwegian time, summer and winter, whatever the browser's zone", () => {
    // 12:30 UTC is 14:30 in Oslo in summer (CEST) and 13:30 in winter (CET).
    expect(formatDateTime("2027-06-15T12:30:00Z", "nb")).toMatch(/15\. juni 2027.*14:30/);
    expect(formatDateTime("2027-01-15T12:30:00Z", "nb")).toMatch(/15\. jan\.? 2027.*13:30/);
    expect(formatDateTime("2027-01-15T23:30:00Z", "en")).toMatch(/16 Jan 2027.*00:30/);
  });
});
