import { describe, expect, it } from "vitest";
import { collectionCodeOf } from "./collection-code.ts";
import { evaluationPageOf } from "./evaluation-pages.ts";

describe("evaluation pages", () => {
  it("tells the run's evaluation pages apart from its other tabs", () => {
    expect(evaluationPageOf("/runs/r1/evaluation")).toBe("tab");
    expect(evaluationPageOf("/runs/r1/evaluation/")).toBe("tab");
    expect(evaluationPageOf("/runs/r1/evaluation/meeting")).toBe("meeting");
    expect(evaluationPageOf("/runs/r1/evaluation/c1/results")).toBe("results");
    expect(evaluationPageOf("/runs/r1/attendance")).toBeNull();
    expect(evaluationPageOf("/runs/r1")).toBeNull();
  });

  it("reads the collection's code from the anonymous link's fragment", () => {
    expect(collectionCodeOf("https://sidestilt.example/evaluation#code=abc123")).toBe("abc123");
    expect(collectionCodeOf("https://sidestilt.example/evaluation#token=abc123")).toBeNull();
    expect(collectionCodeOf("https://sidestilt.example/evaluation")).toBeNull();
  });
});
