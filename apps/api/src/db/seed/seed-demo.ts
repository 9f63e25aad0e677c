import { hashPassword } from "../../lib/password.ts";
import type { Db } from "../prisma.ts";
import { demoCourses, demoPartnerships, demoPassword, demoPeople, demoUnits } from "./demo-data.ts";
import { seedDemoEvaluations } from "./seed-demo-evaluation.ts";
import { participantFactory, seedRun } from "./seed-demo-runs.ts";

export type DemoSummary = { password: string; signIns: { email: string; description: string }[] };

/**
 * Seeds the synthetic demo data into an empty database, in one transaction. A database that already
 * holds units is left alone, so restarts and real deployments are never seeded twice.
 */
export async function seedDemoData(db: Db, today: Date = new Date()): Promise<DemoSummary> {
  const summary = {
    password: demoPassword,
    signIns: demoPeople.map(({ email, description }) => ({ email, description })),
  };
  if ((await db.unit.count()) > 0) return summary;
  const passwordHash = await hashPassword(demoPassword);
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const participants = await participantFactory();

  await db.$transaction(
    async (tx) => {
      const unitIds = new Map<string, string>();
      for (const { key, ...unit } of demoUnits) {
        unitIds.set(key, (await tx.unit.create({ data: unit, select: { id: true } })).id);
      }
      const unitId = (key: string): string => {
        const id = unitIds.get(key);
        if (!id) throw new Error(`demo data names an unknown unit: ${key}`);
        return id;
      };
      for (const pair of demoPartnerships) {
        const [unitAId, unitBId] = pair.map(unitId).sort() as [string, string];
        await tx.unitPartnership.create({ data: { unitAId, unitBId } });
      }
      const personIds = new Map<string, string>();
      for (const person of demoPeople) {
        const { id } = await tx.person.create({
          data: {
            email: person.email,
            name: person.name,
            passwordHash,
            isSystemAdmin: person.isSystemAdmin ?? false,
            memberships: {
              create: person.memberships.map((m) => ({
                unitId: unitId(m.unit),
                role: m.role,
                profession: m.profession ?? null,
                representsId: m.represents ? unitId(m.represents) : null,
              })),
            },
          },
          select: { id: true },
        });
        personIds.set(person.email, id);
      }
      const personId = (email: string): string => {
        const id = personIds.get(email);
        if (!id) throw new Error(`demo data names an unknown person: ${email}`);
        return id;
      };
      for (const { owners, runs, workingGroup, ...course } of demoCourses) {
        const created = await tx.course.create({
          data: {
            ...course,
            owners: { create: owners.map((key) => ({ unitId: unitId(key) })) },
            workingGroup: {
              create: workingGroup.map(([email, role, profession]) => ({
                personId: personId(email),
                role,
                profession: profession ?? null,
              })),
            },
          },
          select: { id: true, format: true, enrolment: true, targetGroup: true },
        });
        const group = workingGroup.map(([email, role]) => ({ personId: personId(email), role }));
        for (const run of runs) {
          await seedRun(tx, { course: created, group, run, midnight, participants });
        }
      }
      await seedDemoEvaluations(tx);
    },
    { timeout: 30_000 },
  );
  return summary;
}
