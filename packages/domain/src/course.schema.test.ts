import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { courseChangesSchema, newCourseSchema, newMemberSchema, runChangesSchema } from "./course.schema.ts";
import { courseTemplates } from "./course-templates.ts";
import { planElementKinds } from "./plan.schema.ts";

const course = {
  title: "Startkurs diabetes type 2",
  targetGroup: "BOTH",
  diagnosis: "Diabetes type 2",
  format: "PHYSICAL",
  languages: ["nb", "se"],
  enrolment: "REFERRAL",
} as const;
const run = { startsOn: "2030-03-01", endsOn: "2030-03-08", capacity: 12 };
const unitId = "0193f5d2-7c1a-7000-8000-000000000001";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ field: issue.path.join("."), message: issue.message }));

describe("course changes", () => {
  it("trims the title, treats an empty diagnosis as diagnosis-independent and an empty summary as none", () => {
    const parsed = courseChangesSchema.parse({ ...course, title: "  Mestring  ", diagnosis: " " });
    expect(parsed).toMatchObject({ title: "Mestring", diagnosis: null, summary: "" });
  });

  it("names the field of an empty title, a reversed age range and bad languages", () => {
    expect(issues(courseChangesSchema.safeParse({ ...course, title: "   " }))[0]?.field).toBe("title");
    expect(issues(courseChangesSchema.safeParse({ ...course, ageFrom: 26, ageTo: 17 }))).toEqual([
      { field: "ageTo", message: "before_start" },
    ]);
    expect(courseChangesSchema.safeParse({ ...course, ageFrom: 17, ageTo: 17 }).success).toBe(true);
    expect(courseChangesSchema.safeParse({ ...course, ageFrom: 17 }).success).toBe(true);
    expect(issues(courseChangesSchema.safeParse({ ...course, languages: [] }))[0]?.field).toBe("languages");
    expect(issues(courseChangesSchema.safeParse({ ...course, languages: ["nb", "nb"] }))[0]?.message).toBe(
      "duplicate_language",
    );
    expect(issues(courseChangesSchema.safeParse({ ...course, languages: ["Norsk"] }))[0]?.message).toBe(
      "invalid_language",
    );
  });

  it("accepts an age range exactly when it is in order", () => {
    const age = fc.integer({ min: 0, max: 120 });
    fc.assert(
      fc.property(age, age, (ageFrom, ageTo) => {
        expect(courseChangesSchema.safeParse({ ...course, ageFrom, ageTo }).success).toBe(ageTo >= ageFrom);
      }),
    );
  });
});

describe("run changes", () => {
  it("names endsOn when the dates are out of order, and accepts a one-day run", () => {
    expect(issues(runChangesSchema.safeParse({ ...run, endsOn: "2030-02-28" }))).toEqual([
      { field: "endsOn", message: "before_start" },
    ]);
    expect(runChangesSchema.parse({ ...run, endsOn: run.startsOn })).toMatchObject({ venue: null, videoLink: null });
  });

  it("takes http(s) video links only, and an empty one as none", () => {
    expect(runChangesSchema.parse({ ...run, videoLink: "" }).videoLink).toBeNull();
    expect(runChangesSchema.parse({ ...run, videoLink: "https://meet.example/kurs" }).videoLink).toBe(
      "https://meet.example/kurs",
    );
    expect(issues(runChangesSchema.safeParse({ ...run, videoLink: "javascript:alert(1)" }))[0]?.field).toBe(
      "videoLink",
    );
    expect(issues(runChangesSchema.safeParse({ ...run, capacity: 0 }))[0]?.field).toBe("capacity");
  });

  it("checks a new course's first run with the same rules", () => {
    const result = newCourseSchema.safeParse({
      ...course,
      ownerUnitIds: [unitId],
      firstRun: { ...run, endsOn: "2030-01-01" },
    });
    expect(issues(result)).toEqual([{ field: "firstRun.endsOn", message: "before_start" }]);
    expect(newCourseSchema.safeParse({ ...course, ownerUnitIds: [] }).success).toBe(false);
    expect(newCourseSchema.safeParse({ ...course, ownerUnitIds: [unitId], templateKey: "nope" }).success).toBe(false);
  });
});

describe("new working-group members", () => {
  it("gives a profession to professionals only", () => {
    const personId = unitId;
    expect(newMemberSchema.safeParse({ personId, role: "PROFESSIONAL", profession: "Sykepleier" }).success).toBe(true);
    expect(issues(newMemberSchema.safeParse({ personId, role: "USER_REPRESENTATIVE", profession: "Lege" }))).toEqual([
      { field: "profession", message: "profession_not_allowed" },
    ]);
    expect(newMemberSchema.safeParse({ personId, role: "UNIT_LEADER" }).success).toBe(false);
  });
});

describe("course templates", () => {
  it("have unique keys, valid course fields and a text for each of the six plan elements", () => {
    expect(new Set(courseTemplates.map((template) => template.key)).size).toBe(courseTemplates.length);
    for (const template of courseTemplates) {
      expect(courseChangesSchema.safeParse({ ...template.fields, title: template.titles.nb }).success).toBe(true);
      expect(Object.keys(template.plan).sort()).toEqual([...planElementKinds].sort());
      for (const title of Object.values(template.titles)) expect(title.length).toBeGreaterThan(0);
    }
  });

  it("leave time for experience sharing in every template that has a plan", () => {
    for (const template of courseTemplates.filter((candidate) => candidate.plan.METHODS !== "")) {
      expect(template.plan.METHODS.toLowerCase()).toContain("erfaringsdeling");
    }
  });
});
