import type { Db } from "../../db/prisma.ts";
import type {
  CourseFormat,
  Enrolment,
  RegistrationStatus,
  RunPhase,
  TargetGroup,
} from "../../generated/prisma/enums.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { unique } from "../../test/fixtures.ts";

// Test data for the catalogue: units with their own region and municipality, and courses with one run
// each, so that every test can narrow the shared test database to its own rows.

/** Today in Oslo, moved by whole days (ISO date). */
export function daysFromToday(days: number): string {
  const date = new Date(`${osloDate()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function createCatalogueUnit(db: Db) {
  return db.unit.create({
    data: {
      kind: "MUNICIPAL_LMS",
      name: unique("Lærings- og mestringstjenesten"),
      region: unique("Region"),
      municipality: unique("Kommune"),
      contactEmail: "lms@kommune.example",
      contactPhone: "+47 77 00 00 00",
    },
  });
}

export type RunSpec = {
  title: string;
  ownerIds: string[];
  summary?: string;
  diagnosis?: string | null;
  targetGroup?: TargetGroup;
  format?: CourseFormat;
  languages?: string[];
  enrolment?: Enrolment;
  ageFrom?: number | null;
  ageTo?: number | null;
  phase?: RunPhase;
  startsOn?: string;
  endsOn?: string;
  capacity?: number;
  feeNok?: number | null;
  signupClosesOn?: string | null;
  venue?: string | null;
  videoLink?: string | null;
};

/** A course with one run; returns the run's id. */
export async function createCatalogueRun(db: Db, spec: RunSpec): Promise<string> {
  const startsOn = spec.startsOn ?? "2031-02-03";
  const course = await db.course.create({
    data: {
      title: spec.title,
      summary: spec.summary ?? "",
      diagnosis: spec.diagnosis ?? null,
      targetGroup: spec.targetGroup ?? "PATIENTS",
      format: spec.format ?? "PHYSICAL",
      languages: spec.languages ?? ["nb"],
      enrolment: spec.enrolment ?? "DIRECT",
      ageFrom: spec.ageFrom ?? null,
      ageTo: spec.ageTo ?? null,
      owners: { create: spec.ownerIds.map((unitId) => ({ unitId })) },
      runs: {
        create: [
          {
            startsOn: new Date(startsOn),
            endsOn: new Date(spec.endsOn ?? startsOn),
            capacity: spec.capacity ?? 12,
            phase: spec.phase ?? "READY",
            feeNok: spec.feeNok ?? null,
            signupClosesOn: spec.signupClosesOn ? new Date(spec.signupClosesOn) : null,
            venue: spec.venue === undefined ? "Kurssalen" : spec.venue,
            videoLink: spec.videoLink ?? null,
          },
        ],
      },
    },
    select: { runs: { select: { id: true } } },
  });
  const runId = course.runs[0]?.id;
  if (!runId) throw new Error("the run was not created");
  return runId;
}

/** Registrations of participants with these statuses (synthetic names, no contact beyond an email). */
export async function addRegistrations(db: Db, runId: string, statuses: RegistrationStatus[]): Promise<void> {
  await db.registration.createMany({
    data: statuses.map((status, index) => ({
      runId,
      name: `Deltaker ${index + 1}`,
      email: `${unique("deltaker")}@test.example`,
      participantRole: "PATIENT" as const,
      source: "DIRECT" as const,
      consentAt: new Date(),
      status,
      waitingSince: status === "WAITING" ? new Date(Date.now() + index) : null,
      offerExpiresAt: status === "OFFERED" ? new Date(Date.now() + 86_400_000) : null,
      manageTokenHash: sha256(randomToken()),
    })),
  });
}
