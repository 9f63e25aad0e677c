import { standardChecklist } from "@sidestilt/domain/checklist";
import type { RunDetail, WorkingGroup } from "@sidestilt/domain/course.schema";
import type { RunPhase } from "@sidestilt/domain/phase";
import type { Programme, ProgrammeItem, ProgrammeSession } from "@sidestilt/domain/programme.schema";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";

// Synthetic data for the run's programme and sign-off tabs: one run of "Startkurs diabetes type 2"
// over two days, with Kari (user representative, the signed-in person of `aSession()`), Ola
// (professional) and Per (coordinator) in its working group.

export const runId = "e0000000-0000-4000-8000-000000000101";
export const courseId = "c0000000-0000-4000-8000-000000000101";
export const kariId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60";
export const olaId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a61";
export const perId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a62";
export const session1Id = "5e000000-0000-4000-8000-000000000001";
export const session2Id = "5e000000-0000-4000-8000-000000000002";
export const kostholdId = "17e00000-0000-4000-8000-000000000021";
export const aktivitetId = "17e00000-0000-4000-8000-000000000022";

export const kari = { personId: kariId, name: "Kari Nordmann", role: "USER_REPRESENTATIVE" as const };
export const ola = { personId: olaId, name: "Ola Hansen", role: "PROFESSIONAL" as const };

export function aRunDetail(overrides: Partial<RunDetail> = {}): RunDetail {
  return {
    id: runId,
    courseId,
    courseTitle: "Startkurs diabetes type 2",
    startsOn: "2027-01-12",
    endsOn: "2027-01-13",
    venue: "UNN Tromsø",
    videoLink: null,
    capacity: 15,
    phase: "PLANNING",
    version: 5,
    abilities: { canEdit: true, canManageWorkingGroup: false },
    ...overrides,
  };
}

let itemSequence = 0;

export function anItem(overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  itemSequence += 1;
  return {
    id: `17e00000-0000-4000-8000-${String(itemSequence).padStart(12, "0")}`,
    position: 1,
    kind: "TALK",
    title: "Innslag",
    minutes: 30,
    version: 1,
    presenters: [],
    ...overrides,
  };
}

/** Day one: four items, a user story and a group conversation, within its hours: no warnings. */
export function dayOne(overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  return {
    id: session1Id,
    date: "2027-01-12",
    startsAt: "09:00",
    endsAt: "15:00",
    place: "Store auditorium, UNN",
    videoLink: null,
    version: 1,
    items: [
      anItem({ position: 1, title: "Velkommen og presentasjon", minutes: 30, presenters: [ola] }),
      anItem({ position: 2, kind: "USER_STORY", title: "Å leve med diabetes", minutes: 45, presenters: [kari] }),
      anItem({ position: 3, kind: "BREAK", title: "Lunsj", minutes: 30 }),
      anItem({
        position: 4,
        kind: "GROUP_CONVERSATION",
        title: "Hverdagen med diabetes",
        minutes: 60,
        presenters: [kari, ola],
      }),
    ],
    warnings: [],
    teachingMinutes: 135,
    ...overrides,
  };
}

/** Day two: a video session of two hours with 2.5 hours of professionals' items: every warning. */
export function dayTwo(overrides: Partial<ProgrammeSession> = {}): ProgrammeSession {
  return {
    id: session2Id,
    date: "2027-01-13",
    startsAt: "09:00",
    endsAt: "11:00",
    place: null,
    videoLink: "https://video.example.no/startkurs",
    version: 2,
    items: [
      anItem({ id: kostholdId, position: 1, title: "Kosthold", minutes: 90, version: 2, presenters: [ola] }),
      anItem({
        id: aktivitetId,
        position: 2,
        kind: "EXERCISE",
        title: "Fysisk aktivitet",
        minutes: 60,
        presenters: [ola],
      }),
    ],
    warnings: ["no_user_representative_contribution", "no_experience_sharing", "items_exceed_session"],
    teachingMinutes: 150,
    ...overrides,
  };
}

export function aProgramme(overrides: Partial<Programme> = {}): Programme {
  const sessions = overrides.sessions ?? [dayOne(), dayTwo()];
  const total = sessions.reduce((sum, session) => sum + session.teachingMinutes, 0);
  return {
    runId,
    runVersion: 5,
    sessions,
    totalTeachingMinutes: total,
    fundingHoursMet: total >= 420,
    abilities: { canEdit: true },
    ...overrides,
  };
}

export function aWorkingGroup(): WorkingGroup {
  const member = (personId: string, name: string, role: WorkingGroup["members"][number]["role"], n: number) => ({
    id: `9a000000-0000-4000-8000-00000000000${n}`,
    personId,
    name,
    role,
    profession: role === "PROFESSIONAL" ? "sykepleier" : null,
    addedAt: "2026-11-01T10:00:00.000Z",
    removedAt: null,
  });
  return {
    members: [
      member(kariId, "Kari Nordmann", "USER_REPRESENTATIVE", 1),
      member(olaId, "Ola Hansen", "PROFESSIONAL", 2),
      member(perId, "Per Olsen", "COORDINATOR", 3),
      {
        ...member("0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a63", "Tidligere Medlem", "PROFESSIONAL", 4),
        removedAt: "2026-12-01T10:00:00.000Z",
      },
    ],
  };
}

type Step = SignOff["steps"][number];

export function aStep(target: RunPhase, overrides: Partial<Step> = {}): Step {
  return {
    target,
    blockers: [
      { code: "signature_missing", missingRole: "USER_REPRESENTATIVE" },
      { code: "signature_missing", missingRole: "PROFESSIONAL" },
    ],
    signatures: [],
    canSign: true,
    canAdvance: false,
    ...overrides,
  };
}

/** Every item of every phase's checklist, unticked unless `ticked` names it (by key) with who ticked it. */
export function aChecklist(
  ticked: Record<string, NonNullable<SignOff["checklist"][number]["tickedBy"]>> = {},
): SignOff["checklist"] {
  return (Object.keys(standardChecklist) as RunPhase[]).flatMap((phase) =>
    standardChecklist[phase].map((item) => {
      const by = ticked[item.key];
      return {
        phase,
        key: item.key,
        ticked: Boolean(by),
        tickedBy: by ?? null,
        tickedAt: by ? "2027-01-05T09:30:00.000Z" : null,
      };
    }),
  );
}

export function aSignOff(overrides: Partial<SignOff> = {}): SignOff {
  return {
    runId,
    phase: "PLANNING",
    version: 5,
    steps: [aStep("READY"), aStep("CANCELLED")],
    workingGroup: { userRepresentatives: 1, professionals: 1 },
    checklist: aChecklist(),
    canTick: true,
    ...overrides,
  };
}

/** A signature on `version` (valid unless said otherwise), signed 10 January 2027. */
export function aSignature(
  who: { personId: string; name: string; role: "USER_REPRESENTATIVE" | "PROFESSIONAL" },
  version: number,
  valid = true,
): Step["signatures"][number] {
  return { ...who, version, signedAt: "2027-01-10T09:15:00.000Z", valid };
}

/** A problem answer with `current`, as the API sends for 412 and for refusals that explain themselves. */
export function problemWithCurrent(status: number, code: string, current: Record<string, unknown>): Response {
  return new Response(
    JSON.stringify({ type: `https://sidestilt.no/problems/${code}`, title: code, status, code, current }),
    { status, headers: { "content-type": "application/problem+json" } },
  );
}
