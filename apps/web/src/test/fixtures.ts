import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { CourseSummary } from "@sidestilt/domain/course.schema";

export function aSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    person: {
      id: "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60",
      name: "Kari Nordmann",
      email: "kari@example.no",
      locale: "nb",
      isSystemAdmin: false,
    },
    memberships: [
      {
        unitId: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        unitName: "LMS Haukeland",
        unitKind: "HOSPITAL_LMS",
        role: "USER_REPRESENTATIVE",
      },
    ],
    csrfToken: "session-csrf-token",
    failedSignInsSinceLast: 0,
    ...overrides,
  };
}

let sequence = 0;

export function aCourse(overrides: Partial<CourseSummary> = {}): CourseSummary {
  sequence += 1;
  const suffix = String(sequence).padStart(12, "0");
  return {
    id: `c0000000-0000-4000-8000-${suffix}`,
    title: `Leve med diabetes ${sequence}`,
    summary: "Et kurs for deg som har fått diabetes type 2, og for dine pårørende.",
    targetGroup: "BOTH",
    diagnosis: "Diabetes type 2",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    owners: [
      { id: "a0000000-0000-4000-8000-000000000001", name: "Kari Nordmann" },
      { id: "a0000000-0000-4000-8000-000000000002", name: "Ola Nordmann" },
    ],
    nextRun: { id: `d0000000-0000-4000-8000-${suffix}`, startsOn: "2027-01-12", phase: "PLANNING" },
    abilities: { canView: true, canEdit: true, canManageWorkingGroup: false, canSeeParticipants: false },
    ...overrides,
  };
}
