import type { AuditEvent } from "@sidestilt/domain/audit.schema";
import type { Invitation } from "@sidestilt/domain/invitation.schema";
import type { Person } from "@sidestilt/domain/person.schema";
import type { Unit, UnitRef } from "@sidestilt/domain/unit.schema";

export const unnId = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const diabetesforbundetId = "d1abe7e5-0000-4000-8000-000000000001";
export const lhlId = "d1abe7e5-0000-4000-8000-000000000002";
export const lenvikId = "d1abe7e5-0000-4000-8000-000000000003";

const noUnitAbilities = {
  canView: true,
  canEdit: false,
  canManagePeople: false,
  canReadAudit: false,
  canReadReports: false,
};
export const coordinatorUnitAbilities = {
  canView: true,
  canEdit: true,
  canManagePeople: true,
  canReadAudit: true,
  canReadReports: true,
};

export function aUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: unnId,
    kind: "HOSPITAL_LMS",
    name: "Universitetssykehuset Nord-Norge LMS",
    region: "Nord-Norge",
    municipality: "Tromsø",
    contactEmail: "lms@unn.example",
    contactPhone: "77 62 60 00",
    version: 1,
    partners: [],
    abilities: noUnitAbilities,
    ...overrides,
  };
}

export const directory: UnitRef[] = [
  {
    id: unnId,
    kind: "HOSPITAL_LMS",
    name: "Universitetssykehuset Nord-Norge LMS",
    region: "Nord-Norge",
    municipality: "Tromsø",
  },
  { id: lenvikId, kind: "MUNICIPAL_LMS", name: "Lenvik kommune", region: "Nord-Norge", municipality: "Lenvik" },
  {
    id: diabetesforbundetId,
    kind: "USER_ORGANISATION",
    name: "Diabetesforbundet",
    region: "Nord-Norge",
    municipality: null,
  },
  { id: lhlId, kind: "USER_ORGANISATION", name: "LHL", region: "Nord-Norge", municipality: null },
];

export const personId = "9e1f0000-0000-4000-8000-000000000001";

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: personId,
    name: "Ola Nordmann",
    email: "ola@example.no",
    phone: null,
    active: true,
    erased: false,
    lastSignInAt: "2027-01-12T08:15:00Z",
    memberships: [
      {
        id: "3e3b0000-0000-4000-8000-000000000001",
        unitId: unnId,
        unitName: "Universitetssykehuset Nord-Norge LMS",
        unitKind: "HOSPITAL_LMS",
        role: "PROFESSIONAL",
        profession: "sykepleier",
        represents: null,
      },
    ],
    abilities: { canView: true, canSeeContact: true, canManageRoles: false, canDeactivate: false, canErase: false },
    ...overrides,
  };
}

export const allPersonAbilities = {
  canView: true,
  canSeeContact: true,
  canManageRoles: true,
  canDeactivate: true,
  canErase: true,
};

export function anInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: "1a7e0000-0000-4000-8000-000000000001",
    email: "kari@example.no",
    name: "Kari Nordmann",
    unitId: unnId,
    role: "USER_REPRESENTATIVE",
    profession: null,
    represents: { id: diabetesforbundetId, name: "Diabetesforbundet" },
    invitedBy: { id: "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60", name: "Kari Koordinator" },
    createdAt: "2027-01-12T08:15:00Z",
    expiresAt: "2027-01-26T08:15:00Z",
    status: "PENDING",
    emailed: false,
    ...overrides,
  };
}

let eventSequence = 100;

export function anAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  eventSequence -= 1;
  return {
    id: String(eventSequence),
    at: "2027-06-15T12:30:00Z",
    actor: { id: "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60", name: "Kari Koordinator" },
    action: "unit.updated",
    objectType: "unit",
    objectId: unnId,
    data: {},
    ...overrides,
  };
}
