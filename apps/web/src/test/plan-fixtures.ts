import type { RunDetail } from "@sidestilt/domain/course.schema";
import type { Comment, Decision, Plan, PlanElement, Revision, Thread } from "@sidestilt/domain/plan.schema";
import { diffLines } from "@sidestilt/domain/text-diff";

// Synthetic data for the run's plan tab: one run of "Startkurs diabetes type 2" and its six elements.

export const planRunId = "e0000000-0000-4000-8000-000000000001";
export const planCourseId = "c0000000-0000-4000-8000-0000000000aa";
export const kariId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60";
export const olaId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a61";

const elementIds = {
  TARGET_GROUP: "f0000000-0000-4000-8000-000000000001",
  GOALS: "f0000000-0000-4000-8000-000000000002",
  FRAME: "f0000000-0000-4000-8000-000000000003",
  CONTENT: "f0000000-0000-4000-8000-000000000004",
  METHODS: "f0000000-0000-4000-8000-000000000005",
  EVALUATION: "f0000000-0000-4000-8000-000000000006",
} as const;
export const goalsId = elementIds.GOALS;

/** 12 March this year, 10:14 in Oslo: shown as "12. mars" (no year). */
export const thisYearMarch12 = `${new Date().getFullYear()}-03-12T09:14:00.000Z`;

export function aRun(overrides: Partial<RunDetail> = {}): RunDetail {
  return {
    id: planRunId,
    courseId: planCourseId,
    courseTitle: "Startkurs diabetes type 2",
    startsOn: "2027-01-12",
    endsOn: "2027-01-13",
    venue: "UNN Tromsø",
    videoLink: null,
    capacity: 15,
    phase: "PLANNING",
    version: 4,
    abilities: { canEdit: true, canManageWorkingGroup: false },
    ...overrides,
  };
}

export function anElement(kind: keyof typeof elementIds, overrides: Partial<PlanElement> = {}): PlanElement {
  return {
    id: elementIds[kind],
    kind,
    content: "",
    version: 1,
    updatedAt: "2027-01-01T10:00:00.000Z",
    lastEdit: null,
    commentCount: 0,
    decisionCount: 0,
    ...overrides,
  };
}

export const goalsText = "Deltakerne kjenner igjen tegn på lavt blodsukker.\nDeltakerne vet hvor de kan få hjelp.";

export function aPlan(overrides: Partial<Plan> = {}, goals: Partial<PlanElement> = {}): Plan {
  return {
    runId: planRunId,
    runVersion: 4,
    phase: "PLANNING",
    elements: [
      anElement("TARGET_GROUP", { content: "Voksne med diabetes type 2 og deres pårørende." }),
      anElement("GOALS", {
        content: goalsText,
        version: 2,
        lastEdit: {
          authorId: kariId,
          authorName: "Kari Johansen",
          authorRole: "USER_REPRESENTATIVE",
          at: thisYearMarch12,
        },
        commentCount: 2,
        decisionCount: 1,
        ...goals,
      }),
      anElement("FRAME"),
      anElement("CONTENT"),
      anElement("METHODS"),
      anElement("EVALUATION"),
    ],
    abilities: { canEdit: true },
    ...overrides,
  };
}

export function aRevision(
  version: number,
  content: string,
  before: string,
  overrides: Partial<Revision> = {},
): Revision {
  return {
    version,
    content,
    authorId: kariId,
    authorName: "Kari Johansen",
    authorRole: "USER_REPRESENTATIVE",
    phase: "PLANNING",
    restoredFrom: null,
    createdAt: "2027-01-05T09:30:00.000Z",
    diff: diffLines(before, content),
    ...overrides,
  };
}

export function aComment(body: string, overrides: Partial<Comment> = {}): Comment {
  return {
    id: "a1000000-0000-4000-8000-000000000001",
    body,
    authorId: olaId,
    authorName: "Ola Hansen",
    authorRole: "PROFESSIONAL",
    createdAt: "2027-01-06T11:00:00.000Z",
    ...overrides,
  };
}

export function aDecision(text: string, overrides: Partial<Decision> = {}): Decision {
  return {
    id: "a2000000-0000-4000-8000-000000000001",
    text,
    authorId: kariId,
    authorName: "Kari Johansen",
    authorRole: "USER_REPRESENTATIVE",
    phase: "PLANNING",
    createdAt: "2027-01-07T12:00:00.000Z",
    ...overrides,
  };
}

export function aThread(overrides: Partial<Thread> = {}): Thread {
  return { comments: [], decisions: [], ...overrides };
}

/** The 412 answer to a stale save: the stored element in `current`, for the conflict dialog. */
export function staleAnswer(current: { version: number; content: string; lastEdit: PlanElement["lastEdit"] }) {
  return {
    type: "https://sidestilt.no/problems/precondition_failed",
    title: "precondition_failed",
    status: 412,
    code: "precondition_failed",
    detail: `The current version is ${current.version}`,
    current,
  };
}
