import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistItem, checklistProgress, standardChecklist } from "./checklist.ts";
import { runPhases } from "./phase.ts";
import { localeSchema } from "./roles.ts";

const allItems = runPhases.flatMap((phase) => standardChecklist[phase].map((item) => ({ phase, item })));

describe("the Standard metode checklist", () => {
  it("has items for the working phases and none for a closed run", () => {
    expect(standardChecklist.PLANNING.map((item) => item.key)).toEqual([
      "need-and-decision",
      "management-anchoring",
      "working-group-composed",
      "didactic-plan-complete",
      "experience-sharing-time",
      "evaluation-planned",
    ]);
    expect(standardChecklist.READY).toHaveLength(3);
    expect(standardChecklist.RUNNING).toHaveLength(2);
    expect(standardChecklist.EVALUATION).toHaveLength(3);
    expect(standardChecklist.COMPLETED).toEqual([]);
    expect(standardChecklist.CANCELLED).toEqual([]);
  });

  it("has stable kebab-case keys, unique across phases, and a text in every language", () => {
    const keys = allItems.map(({ item }) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { item } of allItems) {
      expect(item.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const locale of localeSchema.options) expect(item.text[locale].trim().length).toBeGreaterThan(5);
    }
  });

  it("finds an item only in its own phase", () => {
    expect(checklistItem("READY", "enrolment-open")?.text.en).toBe("Enrolment is open");
    expect(checklistItem("PLANNING", "enrolment-open")).toBeUndefined();
    expect(checklistItem("COMPLETED", "need-and-decision")).toBeUndefined();
  });

  it("counts progress from the phase's own ticked keys, whatever else is in the list", () => {
    const phase = fc.constantFrom(...runPhases);
    const key = fc.oneof(fc.constantFrom(...allItems.map(({ item }) => item.key)), fc.string());
    fc.assert(
      fc.property(phase, fc.array(key, { maxLength: 20 }), (p, keys) => {
        const progress = checklistProgress(p, keys);
        const own = new Set(keys.filter((k) => checklistItem(p, k) !== undefined));
        expect(progress).toEqual({ ticked: own.size, total: standardChecklist[p].length });
        expect(progress.ticked).toBeLessThanOrEqual(progress.total);
      }),
    );
  });
});
