import type { Db } from "../../db/prisma.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { createPerson, createUnit } from "../../test/fixtures.ts";

// A course owned by one unit, with one run in planning and a working group of one user representative
// and one professional (or the roles asked for), written directly: the working-group and plan routes
// belong to other features.

export async function createPlanningWorld(
  db: Db,
  groupRoles: readonly Role[] = ["USER_REPRESENTATIVE", "PROFESSIONAL"],
) {
  const unit = await createUnit(db);
  const coordinator = await createPerson(db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const members: Awaited<ReturnType<typeof createPerson>>[] = [];
  for (const role of groupRoles) members.push(await createPerson(db, { memberships: [{ unitId: unit.id, role }] }));
  const course = await db.course.create({
    data: {
      title: "Startkurs diabetes type 2",
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "REFERRAL",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: members.map((person, index) => ({
          personId: person.id,
          role: groupRoles[index] ?? "PROFESSIONAL",
          profession: groupRoles[index] === "PROFESSIONAL" ? "Sykepleier" : null,
        })),
      },
      runs: { create: [{ startsOn: new Date("2030-03-01"), endsOn: new Date("2030-03-02"), capacity: 12 }] },
    },
    include: { runs: true },
  });
  const run = course.runs[0];
  if (!run) throw new Error("no run");
  const memberOf = (role: Role) => {
    const index = groupRoles.indexOf(role);
    const person = members[index];
    if (!person) throw new Error(`no ${role} in the group`);
    return person;
  };
  return { unit, coordinator, course, run, members, memberOf };
}
