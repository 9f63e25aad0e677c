import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrisma, type Db } from "../../db/prisma.ts";
import type { Locale, RegistrationStatus, RunPhase } from "../../generated/prisma/enums.ts";
import { createUnit, unique } from "../../test/fixtures.ts";
import { createMigratedDatabase } from "../../test/test-database.ts";
import type { OutgoingMessage } from "./outbox.ts";

// Test data for the outbox and the jobs. Draining, reminding and purging act on every row of the
// database, so these tests run on a database of their own: the shared test database is used by other
// test files at the same time, whose messages must not be sent (or purged) from here.

export type OwnDatabase = { url: string; db: Db; drop: () => Promise<void> };

export async function createOwnDatabase(): Promise<OwnDatabase> {
  const database = await createMigratedDatabase(inject("adminDatabaseUrl"));
  const db = createPrisma(database.url, { maxConnections: 5 });
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** A message as a registration would queue it, to a fresh address. */
export function aMessage(overrides: Partial<Pick<OutgoingMessage, "recipient" | "locale" | "dedupeKey">> = {}) {
  const recipient = overrides.recipient ?? `${unique("deltaker")}@test.example`;
  return {
    kind: "REGISTRATION_CANCELLED",
    recipient,
    locale: overrides.locale ?? "nb",
    dedupeKey: overrides.dedupeKey ?? unique("cancelled"),
    data: { name: "Kari Nordmann", courseTitle: "Lære å leve med KOLS", startsOn: "2031-03-11" },
  } satisfies OutgoingMessage;
}

type SessionInput = {
  date: string;
  startsAt: number;
  endsAt: number;
  place?: string | null;
  videoLink?: string | null;
};
type RegistrationInput = { name?: string; email?: string | null; status?: RegistrationStatus; locale?: Locale };

/** A course with one run in `phase`, its sessions and its registrations, written directly. */
export async function createRunWithParticipants(
  db: Db,
  options: {
    phase?: RunPhase;
    startsOn?: string;
    endsOn?: string;
    venue?: string | null;
    sessions?: SessionInput[];
    registrations?: RegistrationInput[];
  } = {},
) {
  const unit = await createUnit(db);
  const course = await db.course.create({
    data: {
      title: unique("Mestringstreff"),
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: [{ unitId: unit.id }] },
    },
  });
  const run = await db.courseRun.create({
    data: {
      courseId: course.id,
      startsOn: new Date(options.startsOn ?? "2031-03-11"),
      endsOn: new Date(options.endsOn ?? options.startsOn ?? "2031-03-11"),
      venue: options.venue ?? null,
      capacity: 12,
      phase: options.phase ?? "READY",
      sessions: {
        create: (options.sessions ?? []).map((session) => ({
          date: new Date(session.date),
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          place: session.place ?? null,
          videoLink: session.videoLink ?? null,
        })),
      },
    },
    include: { sessions: { orderBy: [{ date: "asc" }, { startsAt: "asc" }] } },
  });
  const registrations = [];
  for (const input of options.registrations ?? [{}]) {
    const status = input.status ?? "CONFIRMED";
    registrations.push(
      await db.registration.create({
        data: {
          runId: run.id,
          name: input.name ?? unique("Deltaker"),
          email: input.email === undefined ? `${unique("deltaker")}@test.example` : input.email,
          participantRole: "PATIENT",
          locale: input.locale ?? "nb",
          source: "DIRECT",
          consentAt: new Date(),
          status,
          waitingSince: status === "WAITING" ? new Date() : null,
          manageTokenHash: randomBytes(32).toString("hex"),
        },
      }),
    );
  }
  return { unit, course, run, sessions: run.sessions, registrations };
}
