import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { courseAbilities, personAbilities, unitAbilities, type Viewer } from "./access.ts";
import { type Role, roleSchema } from "./roles.ts";

const unitIds = ["u1", "u2", "u3"];
const people = ["p1", "p2", "p3"];
const role = fc.constantFrom(...roleSchema.options);
const membership = fc.record({ unitId: fc.constantFrom(...unitIds), role });
const viewer: fc.Arbitrary<Viewer> = fc.record({
  personId: fc.constantFrom(...people),
  isSystemAdmin: fc.boolean(),
  memberships: fc.array(membership, { maxLength: 4 }),
});
const course = fc.record({
  ownerUnitIds: fc.uniqueArray(fc.constantFrom(...unitIds), { minLength: 1, maxLength: 3 }),
  workingGroup: fc.array(fc.record({ personId: fc.constantFrom(...people), role }), { maxLength: 4 }),
});

describe("course abilities", () => {
  it("never lets anyone edit, manage or see participants of a course they cannot see", () => {
    fc.assert(
      fc.property(viewer, course, (v, c) => {
        const abilities = courseAbilities(v, c);
        if (!abilities.canView) {
          expect(abilities).toEqual({
            canView: false,
            canEdit: false,
            canManageWorkingGroup: false,
            canSeeParticipants: false,
          });
        }
      }),
    );
  });

  it("gives every working-group member the same right to edit, whatever their role", () => {
    fc.assert(
      fc.property(viewer, course, role, (v, c, groupRole) => {
        const member = { ...c, workingGroup: [...c.workingGroup, { personId: v.personId, role: groupRole }] };
        expect(courseAbilities(v, member)).toMatchObject({ canView: true, canEdit: true });
      }),
    );
  });

  it("never shows participants to someone who is only a user representative of the course", () => {
    fc.assert(
      fc.property(viewer, course, (v, c) => {
        const coordinatesOwner = v.memberships.some(
          (m) => c.ownerUnitIds.includes(m.unitId) && m.role === "COORDINATOR",
        );
        const groupRoles = c.workingGroup.filter((m) => m.personId === v.personId).map((m) => m.role);
        const onlyRepresentative = groupRoles.every((r: Role) => r === "USER_REPRESENTATIVE");
        if (!coordinatesOwner && onlyRepresentative) expect(courseAbilities(v, c).canSeeParticipants).toBe(false);
      }),
    );
  });

  it("does not show a unit's courses to its user representatives outside their working groups", () => {
    const representative: Viewer = {
      personId: "p1",
      isSystemAdmin: false,
      memberships: [{ unitId: "u1", role: "USER_REPRESENTATIVE" }],
    };
    expect(courseAbilities(representative, { ownerUnitIds: ["u1"], workingGroup: [] }).canView).toBe(false);
    const professional: Viewer = { ...representative, memberships: [{ unitId: "u1", role: "PROFESSIONAL" }] };
    expect(courseAbilities(professional, { ownerUnitIds: ["u1"], workingGroup: [] })).toMatchObject({
      canView: true,
      canEdit: false,
    });
  });
});

describe("unit and person abilities", () => {
  it("gives nothing in a unit to someone outside it (unless system administrator)", () => {
    fc.assert(
      fc.property(viewer, fc.constantFrom(...unitIds), (v, unitId) => {
        const abilities = unitAbilities(v, unitId);
        if (!v.isSystemAdmin && !v.memberships.some((m) => m.unitId === unitId)) {
          expect(Object.values(abilities).every((allowed) => !allowed)).toBe(true);
        }
        if (abilities.canEdit || abilities.canManagePeople || abilities.canReadAudit)
          expect(abilities.canView).toBe(true);
      }),
    );
  });

  it("never lets a person manage, deactivate or erase themselves, and erasing implies deactivating", () => {
    fc.assert(
      fc.property(
        viewer,
        fc.uniqueArray(fc.constantFrom(...unitIds), { maxLength: 3 }),
        fc.constantFrom(...people),
        (v, units, id) => {
          const abilities = personAbilities(v, { id, unitIds: units });
          if (id === v.personId) {
            expect(abilities).toMatchObject({
              canView: true,
              canManageRoles: false,
              canDeactivate: false,
              canErase: false,
            });
          }
          if (abilities.canErase) expect(abilities.canDeactivate).toBe(true);
          if (abilities.canDeactivate) expect(abilities.canView).toBe(true);
        },
      ),
    );
  });

  it("lets a coordinator erase only people whose every unit they coordinate", () => {
    const coordinator: Viewer = {
      personId: "p1",
      isSystemAdmin: false,
      memberships: [{ unitId: "u1", role: "COORDINATOR" }],
    };
    expect(personAbilities(coordinator, { id: "p2", unitIds: ["u1"] }).canErase).toBe(true);
    expect(personAbilities(coordinator, { id: "p2", unitIds: ["u1", "u2"] })).toMatchObject({
      canErase: false,
      canDeactivate: true,
    });
    expect(personAbilities(coordinator, { id: "p2", unitIds: ["u2"] }).canView).toBe(false);
  });
});
