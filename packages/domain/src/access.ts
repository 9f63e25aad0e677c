import type { Role } from "./roles.ts";

// Who may see and do what: pure rules, computed by the API on every object it returns (as that
// object's `abilities`) and read by the web app to show or explain actions. The API's queries
// filter by the same rules (docs/decisions/0011).

/** The signed-in person as the rules see them. */
export type Viewer = {
  personId: string;
  isSystemAdmin: boolean;
  memberships: readonly { unitId: string; role: Role }[];
};

/** Roles that see every course their unit owns; user representatives see their working groups' only. */
export const unitWideCourseRoles: readonly Role[] = ["COORDINATOR", "UNIT_LEADER", "PROFESSIONAL", "EVALUATOR"];

/** Working-group roles that may see participants' personal data (never user representatives). */
export const participantDataRoles: readonly Role[] = ["COORDINATOR", "PROFESSIONAL"];

export const hasRoleIn = (viewer: Viewer, unitId: string, roles: readonly Role[]): boolean =>
  viewer.memberships.some((membership) => membership.unitId === unitId && roles.includes(membership.role));

export const isMemberOf = (viewer: Viewer, unitId: string): boolean =>
  viewer.memberships.some((membership) => membership.unitId === unitId);

/** Units where the viewer holds one of the roles. */
export const unitsWhere = (viewer: Viewer, roles: readonly Role[]): string[] => [
  ...new Set(viewer.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitId)),
];

export type UnitAbilities = {
  canView: boolean;
  canEdit: boolean;
  canManagePeople: boolean;
  canReadAudit: boolean;
  canReadReports: boolean;
};

export function unitAbilities(viewer: Viewer, unitId: string): UnitAbilities {
  const coordinator = hasRoleIn(viewer, unitId, ["COORDINATOR"]);
  return {
    canView: viewer.isSystemAdmin || isMemberOf(viewer, unitId),
    canEdit: viewer.isSystemAdmin || coordinator,
    canManagePeople: viewer.isSystemAdmin || coordinator,
    canReadAudit: viewer.isSystemAdmin || coordinator,
    canReadReports: viewer.isSystemAdmin || coordinator || hasRoleIn(viewer, unitId, ["UNIT_LEADER"]),
  };
}

export type CourseAccessFacts = {
  ownerUnitIds: readonly string[];
  /** Current (not removed) members of the course's working group. */
  workingGroup: readonly { personId: string; role: Role }[];
};

export type CourseAbilities = {
  canView: boolean;
  canEdit: boolean;
  canManageWorkingGroup: boolean;
  canSeeParticipants: boolean;
};

export function courseAbilities(viewer: Viewer, course: CourseAccessFacts): CourseAbilities {
  const groupRoles = course.workingGroup.filter((m) => m.personId === viewer.personId).map((m) => m.role);
  const inGroup = groupRoles.length > 0;
  const coordinatesOwner = course.ownerUnitIds.some((unitId) => hasRoleIn(viewer, unitId, ["COORDINATOR"]));
  const seesViaUnit = course.ownerUnitIds.some((unitId) => hasRoleIn(viewer, unitId, unitWideCourseRoles));
  return {
    canView: inGroup || seesViaUnit,
    canEdit: inGroup || coordinatesOwner,
    canManageWorkingGroup: coordinatesOwner,
    canSeeParticipants: coordinatesOwner || groupRoles.some((role) => participantDataRoles.includes(role)),
  };
}

export type PersonAccessFacts = { id: string; unitIds: readonly string[] };

export type PersonAbilities = {
  canView: boolean;
  canSeeContact: boolean;
  canManageRoles: boolean;
  canDeactivate: boolean;
  canErase: boolean;
};

export function personAbilities(viewer: Viewer, person: PersonAccessFacts): PersonAbilities {
  const self = viewer.personId === person.id;
  const shared = person.unitIds.filter((unitId) => isMemberOf(viewer, unitId));
  const coordinated = person.unitIds.filter((unitId) => hasRoleIn(viewer, unitId, ["COORDINATOR"]));
  const manages = viewer.isSystemAdmin || coordinated.length > 0;
  return {
    canView: self || viewer.isSystemAdmin || shared.length > 0,
    canSeeContact: self || manages || person.unitIds.some((unitId) => hasRoleIn(viewer, unitId, ["UNIT_LEADER"])),
    canManageRoles: !self && manages,
    canDeactivate: !self && manages,
    // Erasing touches every unit the person is in: only when the viewer coordinates all of them.
    canErase:
      !self && (viewer.isSystemAdmin || (coordinated.length > 0 && coordinated.length === person.unitIds.length)),
  };
}
