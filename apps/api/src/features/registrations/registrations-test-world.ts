import type { Db } from "../../db/prisma.ts";
import type { RunPhase } from "../../generated/prisma/enums.ts";
import { registrationLink } from "../../lib/links.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  type createTestApp,
  createUnit,
  headersOf,
  testConfig,
  unique,
} from "../../test/fixtures.ts";

// Test data for the registrations feature: a course of its own unit with one run, a coordinator of the
// unit, and a working group of a professional and a user representative; written directly, since
// courses and phases belong to other features. Every participant gets an email of their own, so each
// test counts only its own rows even while other test files write to the same database.

type App = Pick<Awaited<ReturnType<typeof createTestApp>>["app"], "inject">;

export type RunOptions = {
  capacity?: number;
  phase?: RunPhase;
  enrolment?: "DIRECT" | "REFERRAL";
  /** Days from today (Europe/Oslo) to the first day; 30 by default. */
  startsInDays?: number;
  signupClosesInDays?: number | null;
  format?: "PHYSICAL" | "DIGITAL" | "HYBRID";
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function createRegistrationWorld(db: Db, options: RunOptions = {}) {
  const unit = await createUnit(db);
  const coordinator = await createPerson(db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const professional = await createPerson(db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const userRepresentative = await createPerson(db, {
    memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }],
  });
  const unitLeader = await createPerson(db, { memberships: [{ unitId: unit.id, role: "UNIT_LEADER" }] });
  const stranger = await createPerson(db, {
    memberships: [{ unitId: (await createUnit(db)).id, role: "COORDINATOR" }],
  });
  const startsIn = options.startsInDays ?? 30;
  const title = unique("Mestringskurs for pårørende");
  const course = await db.course.create({
    data: {
      title,
      targetGroup: "BOTH",
      format: options.format ?? "PHYSICAL",
      enrolment: options.enrolment ?? "DIRECT",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: professional.id, role: "PROFESSIONAL", profession: "Sykepleier" },
          { personId: userRepresentative.id, role: "USER_REPRESENTATIVE" },
        ],
      },
      runs: {
        create: [
          {
            startsOn: new Date(day(startsIn)),
            endsOn: new Date(day(startsIn + 14)),
            capacity: options.capacity ?? 12,
            phase: options.phase ?? "READY",
            venue: "Store auditorium, UNN Tromsø",
            signupClosesOn:
              options.signupClosesInDays === undefined || options.signupClosesInDays === null
                ? null
                : new Date(day(options.signupClosesInDays)),
          },
        ],
      },
    },
    include: { runs: true },
  });
  const run = course.runs[0];
  if (!run) throw new Error("no run");
  return {
    unit,
    coordinator,
    professional,
    userRepresentative,
    unitLeader,
    stranger,
    course,
    title,
    run,
    runId: run.id,
    startsOn: day(startsIn),
  };
}

/** A sign-up body; `email` is unique unless given. */
export const signUpBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Kari Nordmann",
  email: `${unique("kari")}@test.example`,
  phone: "",
  participantRole: "PATIENT",
  interpreterLanguage: "",
  accessibilityNeeds: "",
  consent: true,
  locale: "nb",
  ...overrides,
});

/** Posts a public sign-up as an anonymous browser would (CSRF cookie and token). */
export async function postSignUp(app: App, runId: string, body: object, headers: Record<string, string> = {}) {
  return app.inject({
    method: "POST",
    url: `/api/catalogue/runs/${runId}/registrations`,
    headers: { ...(await anonymousCsrfHeaders(app)), ...headers },
    payload: body,
  });
}

/** Posts to one of the personal link's endpoints. */
export async function postLink(app: App, action: "lookup" | "cancel" | "accept-offer", token: string) {
  return app.inject({
    method: "POST",
    url: `/api/registrations/${action}`,
    headers: await anonymousCsrfHeaders(app),
    payload: { token },
  });
}

/** Calls a staff route as a signed-in person. */
export async function asPerson(
  app: App,
  db: Db,
  personId: string,
  method: "GET" | "POST" | "PUT",
  url: string,
  options: { payload?: object; headers?: Record<string, string> } = {},
) {
  return app.inject({
    method,
    url,
    headers: { ...(await headersOf(db, personId)), ...options.headers },
    ...(options.payload ? { payload: options.payload } : {}),
  });
}

/** The outbox messages queued for an address, oldest first. */
export const outboxFor = (db: Db, recipient: string) =>
  db.outboxMessage.findMany({ where: { recipient }, orderBy: { createdAt: "asc" } });

/** The personal link's token from the newest message to an address that carries one. */
export async function tokenFromOutbox(db: Db, recipient: string): Promise<string> {
  const messages = await outboxFor(db, recipient);
  const prefix = registrationLink(testConfig.PUBLIC_URL ?? "", "");
  const urls = messages
    .map((message) => (message.data as { manageUrl?: string }).manageUrl)
    .filter((url): url is string => typeof url === "string");
  const url = urls.at(-1);
  if (!url?.startsWith(prefix)) throw new Error(`no personal link for ${recipient}`);
  return url.slice(prefix.length);
}

/** Everything a request may have written for a run: registrations, outbox rows to its people, audit rows. */
export async function rowsOf(db: Db, runId: string, recipients: readonly string[] = []) {
  const [registrations, outbox, audit] = await Promise.all([
    db.registration.count({ where: { runId } }),
    db.outboxMessage.count({ where: { recipient: { in: [...recipients] } } }),
    db.auditEvent.count({ where: { objectId: runId } }),
  ]);
  return { registrations, outbox, audit };
}
