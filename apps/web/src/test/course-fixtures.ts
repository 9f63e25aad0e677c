import type { SessionView } from "@sidestilt/domain/auth.schema";
import { type ContributionCount, contributionBalance } from "@sidestilt/domain/contribution";
import type { CourseDetail, CourseTemplateList, WorkingGroup } from "@sidestilt/domain/course.schema";
import { courseTemplates } from "@sidestilt/domain/course-templates";
import type { ContributionBalance } from "@sidestilt/domain/sign-off.schema";
import { aPerson, aUnit, coordinatorUnitAbilities, lenvikId, unnId } from "./admin-fixtures.ts";
import { aSession } from "./fixtures.ts";

export const courseId = "c0115e00-0000-4000-8000-000000000001";
export const runId = "40e00000-0000-4000-8000-000000000001";
export const malselvId = "d1abe7e5-0000-4000-8000-000000000004";
export const coordinatorId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60";
export const userRepId = "9e1f0000-0000-4000-8000-000000000002";
export const professionalId = "9e1f0000-0000-4000-8000-000000000001";

export const coordinatorSession: SessionView = aSession({
  memberships: [
    { unitId: unnId, unitName: "Universitetssykehuset Nord-Norge LMS", unitKind: "HOSPITAL_LMS", role: "COORDINATOR" },
  ],
});

/** The built-in templates as the API lists them (the domain's own, without their plan text). */
export const templateList: CourseTemplateList = {
  items: courseTemplates.map(({ key, titles, fields }) => ({ key, titles, fields })),
};

export function aCourseDetail(overrides: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: courseId,
    title: "Startkurs diabetes type 2",
    summary: "For deg som nylig har fått diabetes type 2.",
    targetGroup: "BOTH",
    diagnosis: "Diabetes type 2",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    ageFrom: null,
    ageTo: null,
    languages: ["nb"],
    version: 1,
    owners: [{ id: unnId, name: "Universitetssykehuset Nord-Norge LMS" }],
    workingGroup: [{ personId: coordinatorId, name: "Kari Nordmann", role: "COORDINATOR", profession: null }],
    runs: [
      {
        id: runId,
        startsOn: "2027-03-02",
        endsOn: "2027-03-09",
        venue: "Kursrom 1, UNN Tromsø",
        videoLink: null,
        capacity: 12,
        phase: "PLANNING",
      },
    ],
    abilities: { canView: true, canEdit: true, canManageWorkingGroup: true, canSeeParticipants: true },
    ...overrides,
  };
}

type Member = WorkingGroup["members"][number];

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: "3e3b1000-0000-4000-8000-000000000001",
    personId: coordinatorId,
    name: "Kari Nordmann",
    role: "COORDINATOR",
    profession: null,
    addedAt: "2027-01-05T09:00:00Z",
    removedAt: null,
    ...overrides,
  };
}

export const completeGroup: WorkingGroup = {
  members: [
    aMember(),
    aMember({
      id: "3e3b1000-0000-4000-8000-000000000002",
      personId: professionalId,
      name: "Ola Nordmann",
      role: "PROFESSIONAL",
      profession: "sykepleier",
    }),
    aMember({
      id: "3e3b1000-0000-4000-8000-000000000003",
      personId: userRepId,
      name: "Siri Brukersen",
      role: "USER_REPRESENTATIVE",
    }),
  ],
};

/** The balance the API computes, built with the domain's own function from raw counts. */
export function aBalance(counts: ContributionCount[] = []): ContributionBalance {
  return contributionBalance(counts);
}

/** The unit as its coordinator sees it, with Lenvik kommune and Målselv kommune as partners. */
export const unnWithPartners = aUnit({
  abilities: coordinatorUnitAbilities,
  partners: [
    { id: lenvikId, kind: "MUNICIPAL_LMS", name: "Lenvik kommune", region: "Nord-Norge", municipality: "Lenvik" },
    { id: malselvId, kind: "MUNICIPAL_LMS", name: "Målselv kommune", region: "Nord-Norge", municipality: "Målselv" },
  ],
});

/** People of UNN: a professional (nurse), a user representative and a unit leader. */
export const unnPeople = [
  aPerson(),
  aPerson({
    id: userRepId,
    name: "Siri Brukersen",
    email: "siri@example.no",
    memberships: [
      {
        id: "3e3b0000-0000-4000-8000-000000000002",
        unitId: unnId,
        unitName: "Universitetssykehuset Nord-Norge LMS",
        unitKind: "HOSPITAL_LMS",
        role: "USER_REPRESENTATIVE",
        profession: null,
        represents: null,
      },
    ],
  }),
  aPerson({
    id: "9e1f0000-0000-4000-8000-000000000003",
    name: "Lise Leder",
    email: "lise@example.no",
    memberships: [
      {
        id: "3e3b0000-0000-4000-8000-000000000003",
        unitId: unnId,
        unitName: "Universitetssykehuset Nord-Norge LMS",
        unitKind: "HOSPITAL_LMS",
        role: "UNIT_LEADER",
        profession: null,
        represents: null,
      },
    ],
  }),
];
