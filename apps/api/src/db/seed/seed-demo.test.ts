import { roleSchema, unitKindSchema } from "@sidestilt/domain/roles";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMigratedDatabase } from "../../test/test-database.ts";
import { createPrisma, type Db } from "../prisma.ts";
import { demoCourses, demoPeople, demoUnits } from "./demo-data.ts";
import { seedDemoData } from "./seed-demo.ts";

// The seed needs an empty database of its own: it refuses to seed one that already holds units.
let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
let db: Db;
beforeAll(async () => {
  database = await createMigratedDatabase(inject("adminDatabaseUrl"));
  db = createPrisma(database.url, { maxConnections: 2 });
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("demo data", () => {
  it("covers every unit kind and every role, and the sample courses with their runs", async () => {
    await seedDemoData(db, new Date("2026-11-23T00:00:00Z"));
    const kinds = new Set((await db.unit.findMany({ select: { kind: true } })).map((unit) => unit.kind));
    expect([...kinds].sort()).toEqual([...unitKindSchema.options].sort());
    const roles = new Set((await db.membership.findMany({ select: { role: true } })).map((m) => m.role));
    expect([...roles].sort()).toEqual([...roleSchema.options].sort());
    expect(await db.person.count({ where: { isSystemAdmin: true } })).toBe(1);
    expect(await db.course.count()).toBe(demoCourses.length);
    const joint = await db.course.findFirstOrThrow({
      where: { title: "Pårørendeskole demens" },
      include: { owners: true },
    });
    expect(joint.owners).toHaveLength(2);
    const representative = await db.person.findUniqueOrThrow({
      where: { email: "bruker@unn.example" },
      include: { workingGroups: true, memberships: { include: { represents: true } } },
    });
    expect(representative.workingGroups.length).toBeGreaterThan(0);
    expect(representative.memberships.find((m) => m.represents)?.represents?.kind).toBe("USER_ORGANISATION");
    expect(await db.unitPartnership.count()).toBeGreaterThan(0);
    const firstRun = await db.courseRun.findFirstOrThrow({
      where: { course: { title: "KOLS-kurs i kommunen" } },
      select: { startsOn: true },
    });
    expect(firstRun.startsOn.toISOString().slice(0, 10)).toBe("2026-12-14");
  });

  it("does not seed twice", async () => {
    await seedDemoData(db);
    expect(await db.unit.count()).toBe(demoUnits.length);
    expect(await db.person.count()).toBe(demoPeople.length);
  });
});
