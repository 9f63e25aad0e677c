import { randomUUID } from "node:crypto";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "../db/prisma.ts";
import { randomToken, sha256 } from "../lib/tokens.ts";
import {
  anonymousCsrfHeaders,
  createPerson,
  createTestApp,
  createUnit,
  signedInHeaders,
  testPassword,
} from "./fixtures.ts";
import { createMigratedDatabase } from "./test-database.ts";

// Every API route × every role (and anonymous) × {own unit's object, other unit's object, missing object},
// with the expected status of each cell in one table. A route the app has that the table lacks, or the
// reverse, fails the test; a denied write must leave every table of the database unchanged.

const actors = [
  "anonymous",
  "coordinator",
  "professional",
  "userRepresentative",
  "evaluator",
  "unitLeader",
  "systemAdmin",
] as const;
type Actor = (typeof actors)[number];
const targets = ["own", "other", "missing"] as const;
type Target = (typeof targets)[number];

/** A status for every target, or [own, other, missing]. */
type Cell = number | readonly [number, number, number];
type Expectation = Record<Actor, Cell>;

type World = {
  db: Db;
  units: { own: string; other: string; third: string };
  courses: { own: string; other: string };
  /** A run (in planning) of each course. */
  runs: { own: string; other: string };
  coordinatorOf: { own: string; other: string };
};
type Context = { world: World; actorId: string | null; target: Target };
type Built = { params?: Record<string, string>; query?: string; payload?: unknown; headers?: Record<string, string> };

type Row = { route: string; expect: Expectation; build?: (context: Context) => Promise<Built> };

const all = (status: number): Expectation => Object.fromEntries(actors.map((actor) => [actor, status])) as Expectation;
const signedIn = (status: number): Expectation => ({ ...all(status), anonymous: 401 });
/** Objects of a unit: coordinators and system administrators act; other members get `members`. */
const managed = (ok: number, members: number): Expectation => ({
  anonymous: 401,
  coordinator: [ok, 404, 404],
  professional: [members, 404, 404],
  userRepresentative: [members, 404, 404],
  evaluator: [members, 404, 404],
  unitLeader: [members, 404, 404],
  systemAdmin: [ok, ok, 404],
});
/** Objects every member of the unit may read. */
const readable = (ok: number): Expectation => managed(ok, ok);

const missingId = "0193f5d2-7c1a-7000-8000-00000000dead";

async function personIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const person = await createPerson(world.db, { memberships: [{ unitId: world.units[target], role: "PROFESSIONAL" }] });
  return person.id;
}

async function membershipIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const personId = await personIn(world, target);
  return (await world.db.membership.findFirstOrThrow({ where: { personId }, select: { id: true } })).id;
}

async function invitationIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const invitation = await world.db.invitation.create({
    data: {
      tokenHash: sha256(randomToken()),
      email: `invitee-${randomUUID()}@test.example`,
      name: "Invitee",
      unitId: world.units[target],
      role: "PROFESSIONAL",
      invitedById: world.coordinatorOf[target],
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return invitation.id;
}

const unitOf = (world: World, target: Target) => (target === "missing" ? missingId : world.units[target]);

async function unitVersion(world: World, target: Target) {
  const unit = await world.db.unit.findUnique({ where: { id: unitOf(world, target) }, select: { version: true } });
  return { "if-match": `"${unit?.version ?? 1}"` };
}

/** A fresh published (ready) run of the target's course, for the public catalogue. */
async function publishedRunIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const run = await world.db.courseRun.create({
    data: {
      courseId: world.courses[target],
      startsOn: new Date("2030-03-01"),
      endsOn: new Date("2030-03-02"),
      capacity: 12,
      phase: "READY",
    },
    select: { id: true },
  });
  return run.id;
}

const unitInput = {
  kind: "HOSPITAL_LMS",
  name: "Matrix unit",
  region: "Nord-Norge",
  municipality: null,
  contactEmail: null,
  contactPhone: null,
};

const table: Row[] = [
  { route: "GET /api/livez", expect: all(200) },
  { route: "GET /api/readyz", expect: all(200) },
  { route: "GET /api/auth/csrf", expect: all(200) },
  { route: "GET /api/auth/session", expect: signedIn(200) },
  {
    route: "POST /api/auth/sign-in",
    expect: all(401),
    build: async () => ({ payload: { email: `nobody-${randomUUID()}@test.example`, password: "wrong" } }),
  },
  { route: "POST /api/auth/sign-out", expect: signedIn(204) },
  { route: "GET /api/auth/options", expect: all(200) },
  { route: "GET /api/auth/oidc/start", expect: all(404) },
  // Without a configured provider (as here) both answer 404; oidc.test.ts covers the configured flow.
  { route: "GET /api/auth/oidc/callback", expect: all(404) },
  {
    route: "POST /api/auth/password-reset",
    expect: all(202),
    build: async () => ({ payload: { email: `nobody-${randomUUID()}@test.example` } }),
  },
  {
    route: "POST /api/auth/password-reset/complete",
    expect: all(410),
    build: async () => ({ payload: { token: randomToken(), password: "a new long password" } }),
  },

  { route: "GET /api/me", expect: signedIn(200) },
  {
    route: "PUT /api/me",
    expect: signedIn(200),
    build: async ({ world, actorId }) => {
      const person = actorId ? await world.db.person.findUnique({ where: { id: actorId } }) : null;
      return {
        payload: { name: "Matrix Person", phone: null, locale: "nb" },
        headers: { "if-match": `"${person?.version ?? 1}"` },
      };
    },
  },
  {
    route: "PUT /api/me/password",
    expect: signedIn(204),
    build: async () => ({ payload: { currentPassword: testPassword, newPassword: testPassword } }),
  },
  { route: "POST /api/me/totp/setup", expect: signedIn(200) },
  {
    route: "POST /api/me/totp/enable",
    // A pending secret (as after setup) and a code that is wrong for it.
    expect: signedIn(400),
    build: async ({ world, actorId }) => {
      if (actorId) {
        await world.db.person.update({
          where: { id: actorId },
          data: { totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totpEnabledAt: null },
        });
      }
      return { payload: { code: "000000" } };
    },
  },
  {
    route: "POST /api/me/totp/disable",
    expect: signedIn(204),
    build: async () => ({ payload: { password: testPassword } }),
  },
  { route: "GET /api/me/export", expect: signedIn(200) },

  { route: "GET /api/courses", expect: signedIn(200) },
  {
    route: "POST /api/courses/:courseId/copy",
    // Whoever may see the course copies it to a unit they coordinate; here only the coordinator does.
    expect: {
      anonymous: 401,
      coordinator: [201, 404, 404],
      professional: [403, 404, 404],
      userRepresentative: [404, 404, 404],
      evaluator: [403, 404, 404],
      unitLeader: [403, 404, 404],
      systemAdmin: [404, 404, 404],
    },
    build: async ({ world, target }) => ({
      params: { courseId: target === "missing" ? missingId : world.courses[target] },
      payload: { title: "Matrix copy", ownerUnitIds: [world.units.own] },
    }),
  },
  {
    route: "GET /api/courses/:courseId",
    // User representatives see their working groups' courses only; system administrators administer, not plan.
    expect: { ...readable(200), userRepresentative: [404, 404, 404], systemAdmin: [404, 404, 404] },
    build: async ({ world, target }) => ({
      params: { courseId: target === "missing" ? missingId : world.courses[target] },
    }),
  },

  // The public catalogue (features/catalogue): anyone, signed in or not, reads the published runs of
  // every unit; a run that is not published (the world's own runs are in planning) is not found.
  { route: "GET /api/catalogue/runs", expect: all(200) },
  { route: "GET /api/catalogue/facets", expect: all(200) },
  ...(["GET /api/catalogue/runs/:runId", "GET /api/catalogue/runs/:runId/calendar.ics"] as const).map((route) => ({
    route,
    expect: Object.fromEntries(actors.map((actor) => [actor, [200, 200, 404] as const])) as Expectation,
    build: async ({ world, target }: Context) => ({ params: { runId: await publishedRunIn(world, target) } }),
  })),

  // Courses, their owners, runs and working groups (features/courses): courseExpectation below.
  { route: "GET /api/course-templates", expect: signedIn(200) },
  {
    route: "POST /api/courses",
    // Only a coordinator of an owner unit creates a course.
    expect: { ...signedIn(403), coordinator: 201 },
    build: async ({ world }) => ({ payload: { ...courseInput, ownerUnitIds: [world.units.own] } }),
  },
  {
    route: "PUT /api/courses/:courseId",
    expect: courseExpectation(200, 403),
    build: async ({ world, target }) => {
      const courseId = courseOf(world, target);
      const course = await world.db.course.findUnique({ where: { id: courseId }, select: { version: true } });
      return { params: { courseId }, payload: courseInput, headers: { "if-match": `"${course?.version ?? 1}"` } };
    },
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    route: `${method} /api/courses/:courseId/owners/:unitId`,
    expect: courseExpectation(method === "PUT" ? 200 : 204, 403),
    build: async ({ world, target }: Context) => ({
      params: { courseId: await coOwnableCourse(world, target, method === "DELETE"), unitId: world.units.third },
    }),
  })),
  {
    route: "POST /api/courses/:courseId/runs",
    expect: courseExpectation(201, 403),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) }, payload: runInput }),
  },
  {
    route: "GET /api/courses/:courseId/working-group",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) } }),
  },
  {
    route: "POST /api/courses/:courseId/working-group",
    expect: courseExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { courseId: courseOf(world, target) },
      payload: { personId: await personIn(world, "own"), role: "PROFESSIONAL" },
    }),
  },
  {
    route: "DELETE /api/working-group-members/:memberId",
    expect: courseExpectation(204, 403),
    build: async ({ world, target }) => ({ params: { memberId: await workingGroupMemberIn(world, target) } }),
  },
  {
    route: "GET /api/runs/:runId",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: target === "missing" ? missingId : world.runs[target] } }),
  },
  {
    route: "PUT /api/runs/:runId",
    expect: courseExpectation(200, 403),
    build: async ({ world, target }) => {
      const runId = target === "missing" ? missingId : world.runs[target];
      const run = await world.db.courseRun.findUnique({ where: { id: runId }, select: { version: true } });
      return { params: { runId }, payload: runInput, headers: { "if-match": `"${run?.version ?? 1}"` } };
    },
  },

  { route: "GET /api/units", expect: signedIn(200) },
  { route: "GET /api/units/directory", expect: signedIn(200) },
  {
    route: "POST /api/units",
    expect: { ...signedIn(403), systemAdmin: 201 },
    build: async () => ({ payload: unitInput }),
  },
  {
    route: "GET /api/units/:unitId",
    expect: readable(200),
    build: async ({ world, target }) => ({ params: { unitId: unitOf(world, target) } }),
  },
  {
    route: "PUT /api/units/:unitId",
    expect: managed(200, 403),
    build: async ({ world, target }) => ({
      params: { unitId: unitOf(world, target) },
      payload: unitInput,
      headers: await unitVersion(world, target),
    }),
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    route: `${method} /api/units/:unitId/partners/:partnerId`,
    expect: managed(200, 403),
    build: async ({ world, target }: Context) => ({
      params: { unitId: unitOf(world, target), partnerId: world.units.third },
    }),
  })),
  {
    route: "GET /api/units/:unitId/people",
    expect: readable(200),
    build: async ({ world, target }) => ({ params: { unitId: unitOf(world, target) } }),
  },
  {
    route: "GET /api/units/:unitId/invitations",
    expect: managed(200, 403),
    build: async ({ world, target }) => ({ params: { unitId: unitOf(world, target) } }),
  },
  {
    route: "POST /api/units/:unitId/invitations",
    expect: managed(201, 403),
    build: async ({ world, target }) => ({
      params: { unitId: unitOf(world, target) },
      payload: { email: `invitee-${randomUUID()}@test.example`, name: "Invitee", role: "EVALUATOR" },
    }),
  },
  {
    route: "DELETE /api/invitations/:invitationId",
    expect: managed(204, 403),
    build: async ({ world, target }) => ({ params: { invitationId: await invitationIn(world, target) } }),
  },
  {
    route: "POST /api/invitations/preview",
    expect: all(404),
    build: async () => ({ payload: { token: randomToken() } }),
  },
  {
    route: "POST /api/invitations/accept",
    expect: all(404),
    build: async () => ({ payload: { token: randomToken(), name: "Someone", password: "a long enough password" } }),
  },

  {
    route: "GET /api/people/:personId",
    expect: readable(200),
    build: async ({ world, target }) => ({ params: { personId: await personIn(world, target) } }),
  },
  ...(["deactivate", "reactivate", "erase", "password-reset-link"] as const).map((action) => ({
    route: `POST /api/people/:personId/${action}`,
    expect: managed(200, 403),
    build: async ({ world, target }: Context) => ({ params: { personId: await personIn(world, target) } }),
  })),
  {
    route: "PUT /api/memberships/:membershipId",
    expect: managed(200, 403),
    build: async ({ world, target }) => ({
      params: { membershipId: await membershipIn(world, target) },
      payload: { role: "EVALUATOR" },
    }),
  },
  {
    route: "DELETE /api/memberships/:membershipId",
    expect: managed(204, 403),
    build: async ({ world, target }) => ({ params: { membershipId: await membershipIn(world, target) } }),
  },

  {
    route: "GET /api/audit",
    expect: managed(200, 403),
    build: async ({ world, target }) => ({ query: `unitId=${unitOf(world, target)}` }),
  },
  {
    route: "GET /api/audit/history/:objectType/:objectId",
    expect: readable(200),
    build: async ({ world, target }) => ({
      params: { objectType: "person", objectId: await personIn(world, target) },
    }),
  },

  // The programme of a run: the world's runs have no working group, so user representatives (who see
  // only their groups' courses) and system administrators (who administer, not plan) find nothing.
  ...(["GET /api/runs/:runId/programme", "GET /api/runs/:runId/programme.ics"] as const).map((route) => ({
    route,
    expect: runExpectation(200, 200),
    build: async ({ world, target }: Context) => ({ params: { runId: runOf(world, target) } }),
  })),
  {
    route: "POST /api/runs/:runId/sessions",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { runId: runOf(world, target) },
      payload: { date: "2030-03-01", startsAt: "09:00", endsAt: "15:00", place: "Matrix room", videoLink: null },
    }),
  },
  {
    route: "PUT /api/programme-sessions/:sessionId",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({
      params: { sessionId: await programmeSessionIn(world, target) },
      payload: { date: "2030-03-02", startsAt: "10:00", endsAt: "14:00", place: null, videoLink: null },
      headers: { "if-match": '"1"' },
    }),
  },
  {
    route: "DELETE /api/programme-sessions/:sessionId",
    expect: runExpectation(204, 403),
    build: async ({ world, target }) => ({
      params: { sessionId: await programmeSessionIn(world, target) },
      headers: { "if-match": '"1"' },
    }),
  },
  {
    route: "POST /api/programme-sessions/:sessionId/items",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { sessionId: await programmeSessionIn(world, target) },
      payload: { kind: "TALK", title: "Matrix talk", minutes: 30, presenterIds: [] },
    }),
  },
  {
    route: "PUT /api/programme-items/:itemId",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({
      params: { itemId: await programmeItemIn(world, target) },
      payload: { kind: "EXERCISE", title: "Matrix exercise", minutes: 20, presenterIds: [], position: 1 },
      headers: { "if-match": '"1"' },
    }),
  },
  {
    route: "DELETE /api/programme-items/:itemId",
    expect: runExpectation(204, 403),
    build: async ({ world, target }) => ({
      params: { itemId: await programmeItemIn(world, target) },
      headers: { "if-match": '"1"' },
    }),
  },

  // The didactic plan of a run (features/plan): read like the run, written by its editors.
  {
    route: "GET /api/runs/:runId/plan",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "PUT /api/plan-elements/:elementId",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => {
      const element = await planElementIn(world, target);
      return {
        params: { elementId: element.id },
        payload: { content: "Matrix plan text" },
        headers: { "if-match": `"${element.version}"` },
      };
    },
  },
  ...(["revisions", "thread"] as const).map((path) => ({
    route: `GET /api/plan-elements/:elementId/${path}`,
    expect: runExpectation(200, 200),
    build: async ({ world, target }: Context) => ({ params: { elementId: (await planElementIn(world, target)).id } }),
  })),
  {
    route: "POST /api/plan-elements/:elementId/restore",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => {
      const element = await restorablePlanElementIn(world, target);
      return {
        params: { elementId: element.id },
        payload: { version: 1 },
        headers: { "if-match": `"${element.version}"` },
      };
    },
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    route: `${method} /api/plan-elements/:elementId/presence`,
    expect: runExpectation(method === "PUT" ? 200 : 204, 403),
    build: async ({ world, target }: Context) => ({ params: { elementId: (await planElementIn(world, target)).id } }),
  })),
  {
    route: "POST /api/plan-elements/:elementId/comments",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { elementId: (await planElementIn(world, target)).id },
      payload: { body: "Matrix comment" },
    }),
  },
  {
    route: "POST /api/plan-elements/:elementId/decisions",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { elementId: (await planElementIn(world, target)).id },
      payload: { text: "Matrix decision" },
    }),
  },

  // Phases, sign-offs and the checklist of a run (features/phases). Writes go to a fresh run of the own
  // unit whose working group has a user representative and a professional, and the actor too when their
  // role signs: members sign and act, the owner's coordinator acts but does not sign, readers may not.
  {
    route: "GET /api/runs/:runId/sign-off",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "POST /api/runs/:runId/signatures",
    expect: { ...phaseExpectation(201), coordinator: [403, 404, 404] },
    build: async ({ world, target, actorId }) => ({
      params: { runId: await phaseRunIn(world, target, actorId) },
      payload: { targetPhase: "READY", version: 1 },
    }),
  },
  {
    route: "DELETE /api/runs/:runId/signatures/:targetPhase",
    expect: phaseExpectation(204),
    build: async ({ world, target, actorId }) => ({
      params: { runId: await phaseRunIn(world, target, actorId, { actorSigned: true }), targetPhase: "READY" },
    }),
  },
  {
    route: "POST /api/runs/:runId/transitions",
    expect: phaseExpectation(200),
    build: async ({ world, target, actorId }) => ({
      params: { runId: await phaseRunIn(world, target, actorId, { signed: true }) },
      payload: { targetPhase: "READY" },
    }),
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    route: `${method} /api/runs/:runId/checklist/:phase/:itemKey`,
    expect: phaseExpectation(200),
    build: async ({ world, target, actorId }: Context) => ({
      params: {
        runId: await phaseRunIn(world, target, actorId, { ticked: method === "DELETE" }),
        phase: "PLANNING",
        itemKey: "need-and-decision",
      },
    }),
  })),
  {
    route: "GET /api/courses/:courseId/contributions",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) } }),
  },

  // A course's evaluation forms (features/evaluation-forms): read like the course, saved by its editors
  // (here the owner's coordinator). The world's courses use the participant-benefit form, so that the
  // course evaluation stays the evaluation rows' own. Signing, as the phase rows: a fresh course whose
  // group holds the actor when their role signs; the owner's coordinator edits but does not sign.
  {
    route: "GET /api/courses/:courseId/evaluation-forms",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) } }),
  },
  {
    route: "PUT /api/courses/:courseId/evaluation-forms/:kind",
    expect: courseExpectation(200, 403),
    build: async ({ world, target }) => {
      const { courseId, version } = await benefitFormIn(world, target);
      return {
        params: { courseId, kind: "PARTICIPANT_BENEFIT" },
        payload: { questions: matrixFormQuestions() },
        headers: { "if-match": `"${version}"` },
      };
    },
  },
  {
    route: "GET /api/courses/:courseId/evaluation-forms/:kind/revisions",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({
      params: { courseId: (await benefitFormIn(world, target)).courseId, kind: "PARTICIPANT_BENEFIT" },
    }),
  },
  {
    route: "GET /api/courses/:courseId/evaluation-forms/:kind/revisions/:version",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({
      params: { courseId: (await benefitFormIn(world, target)).courseId, kind: "PARTICIPANT_BENEFIT", version: "1" },
    }),
  },
  {
    route: "POST /api/courses/:courseId/evaluation-forms/:kind/signatures",
    expect: { ...phaseExpectation(201), coordinator: [403, 404, 404] },
    build: async ({ world, target, actorId }) => ({
      params: { courseId: await signableFormCourseIn(world, target, actorId), kind: "PARTICIPANT_BENEFIT" },
      headers: { "if-match": '"1"' },
    }),
  },
  {
    route: "DELETE /api/courses/:courseId/evaluation-forms/:kind/signatures/mine",
    expect: phaseExpectation(204),
    build: async ({ world, target, actorId }) => ({
      params: {
        courseId: await signableFormCourseIn(world, target, actorId, { actorSigned: true }),
        kind: "PARTICIPANT_BENEFIT",
      },
    }),
  },

  // Attendance (features/attendance): course leaders (those who see participants) read the list and
  // record; every reader of the run sees the figures without names.
  {
    route: "GET /api/runs/:runId/attendance",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "GET /api/runs/:runId/attendance/summary",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "PUT /api/sessions/:sessionId/attendance",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => {
      const { sessionId, registrationId } = await attendanceSessionIn(world, target);
      return { params: { sessionId }, payload: { entries: [{ registrationId, present: true }] } };
    },
  },

  // Registrations (features/registrations): anyone signs up for a published direct run and uses their
  // personal link (here an unknown one: 404); course leaders (those who see participants) list, register
  // and cancel; every reader of the run sees the enrolment in numbers, without names.
  {
    route: "POST /api/catalogue/runs/:runId/registrations",
    expect: Object.fromEntries(actors.map((actor) => [actor, [201, 201, 404] as const])) as Expectation,
    build: async ({ world, target }) => ({
      params: { runId: await publishedRunIn(world, target) },
      payload: { ...participantInput(), consent: true, locale: "nb" },
    }),
  },
  ...(["lookup", "cancel", "accept-offer"] as const).map((action) => ({
    route: `POST /api/registrations/${action}`,
    expect: all(404),
    build: async () => ({ payload: { token: randomToken() } }),
  })),
  {
    route: "GET /api/runs/:runId/enrolment",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "GET /api/runs/:runId/registrations",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "POST /api/runs/:runId/registrations",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) }, payload: participantInput() }),
  },
  {
    route: "POST /api/registrations/:registrationId/cancel",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({
      params: { registrationId: await registrationIn(world, target) },
      headers: { "if-match": '"1"' },
    }),
  },
  // Evaluation (features/evaluation-collections): readers of the run see the collections in numbers;
  // its editors (the working group, here the owner's coordinator) open, invite, type in and close;
  // participants' routes answer an unknown token or code with 404, whoever asks.
  {
    route: "GET /api/runs/:runId/evaluation",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "POST /api/runs/:runId/evaluation-collections",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { runId: await evaluationRunIn(world, target) },
      payload: { kind: "COURSE_EVALUATION" },
    }),
  },
  ...(
    [
      ["invitations", 200, {}],
      ["close", 200, { headers: { "if-match": '"1"' } }],
      ["paper-answers", 201, { payload: { answers: {} } }],
    ] as const
  ).map(([action, ok, extra]) => ({
    route: `POST /api/evaluation-collections/:collectionId/${action}`,
    expect: runExpectation(ok, 403),
    build: async ({ world, target }: Context) => ({
      params: { collectionId: await collectionIn(world, target) },
      ...extra,
    }),
  })),
  {
    route: "GET /api/runs/:runId/evaluation-meeting",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { runId: runOf(world, target) } }),
  },
  {
    route: "PUT /api/runs/:runId/evaluation-meeting",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({
      params: { runId: await evaluationRunIn(world, target) },
      payload: { heldOn: null, whatWorked: "Samtalene", whatToChange: "", collaboration: "" },
      headers: { "if-match": '"0"' },
    }),
  },
  {
    route: "POST /api/runs/:runId/revision-proposals",
    expect: runExpectation(201, 403),
    build: async ({ world, target }) => ({
      params: { runId: runOf(world, target) },
      payload: { elementKind: "METHODS", finding: "Lite tid", proposedText: "Mer samtale" },
    }),
  },
  {
    route: "POST /api/revision-proposals/:proposalId/decision",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => ({
      params: { proposalId: (await proposalIn(world, target, "PROPOSED")).proposalId },
      payload: { status: "ACCEPTED" },
      headers: { "if-match": '"1"' },
    }),
  },
  {
    route: "POST /api/runs/:runId/revision-proposals/apply",
    expect: runExpectation(200, 403),
    build: async ({ world, target }) => {
      const { runId, nextRunId } = await proposalIn(world, target, "ACCEPTED");
      return { params: { runId }, payload: { targetRunId: nextRunId } };
    },
  },
  // Results exist once a collection is closed with five answers: these open, empty ones answer 409
  // to everyone who may see the run, and 404 to everyone else.
  ...(["results", "results.csv", "results.xlsx"] as const).map((resource) => ({
    route: `GET /api/evaluation-collections/:collectionId/${resource}`,
    expect: runExpectation(409, 409),
    build: async ({ world, target }: Context) => ({ params: { collectionId: await collectionIn(world, target) } }),
  })),
  {
    route: "GET /api/courses/:courseId/evaluation-comparison",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) } }),
  },
  {
    route: "GET /api/evaluation-collections/:collectionId/qr.svg",
    expect: runExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { collectionId: await collectionIn(world, target) } }),
  },
  {
    route: "GET /api/courses/:courseId/evaluation-chain",
    expect: courseExpectation(200, 200),
    build: async ({ world, target }) => ({ params: { courseId: courseOf(world, target) } }),
  },
  {
    route: "POST /api/evaluation/form",
    expect: all(404),
    build: async () => ({ payload: { token: randomToken() } }),
  },
  {
    route: "POST /api/evaluation/answers",
    expect: all(404),
    build: async () => ({ payload: { code: randomToken(), submissionId: randomUUID(), answers: {} } }),
  },
];

/** Routes outside the API's own features: the documentation and the web app's files, public by design. */
const publicByDesign = (route: string) => /^GET \/api\/docs/.test(route) || route === "GET /*";

let t: Awaited<ReturnType<typeof createTestApp>>;
let world: World;
let dropDatabase: () => Promise<void>;
const actorIds = new Map<Actor, string | null>();

beforeAll(async () => {
  // Its own database, so that the "unchanged" check is not disturbed by the other test files.
  const database = await createMigratedDatabase(inject("adminDatabaseUrl"));
  dropDatabase = database.drop;
  t = await createTestApp({}, { databaseUrl: database.url });
  const db = t.db;
  const own = await createUnit(db);
  const other = await createUnit(db);
  const third = await createUnit(db);
  const roles = {
    coordinator: "COORDINATOR",
    professional: "PROFESSIONAL",
    userRepresentative: "USER_REPRESENTATIVE",
    evaluator: "EVALUATOR",
    unitLeader: "UNIT_LEADER",
  } as const;
  for (const [actor, role] of Object.entries(roles)) {
    actorIds.set(actor as Actor, (await createPerson(db, { memberships: [{ unitId: own.id, role }] })).id);
  }
  actorIds.set("systemAdmin", (await createPerson(db, { isSystemAdmin: true })).id);
  actorIds.set("anonymous", null);
  const otherCoordinator = await createPerson(db, { memberships: [{ unitId: other.id, role: "COORDINATOR" }] });
  const course = (unitId: string) =>
    db.course.create({
      data: {
        title: "Matrix course",
        targetGroup: "BOTH",
        format: "DIGITAL",
        enrolment: "DIRECT",
        owners: { create: [{ unitId }] },
        runs: { create: [{ startsOn: new Date("2030-03-01"), endsOn: new Date("2030-03-02"), capacity: 12 }] },
      },
      include: { runs: true },
    });
  const ownCourse = await course(own.id);
  const otherCourse = await course(other.id);
  world = {
    db,
    units: { own: own.id, other: other.id, third: third.id },
    courses: { own: ownCourse.id, other: otherCourse.id },
    runs: { own: ownCourse.runs[0]?.id ?? "", other: otherCourse.runs[0]?.id ?? "" },
    coordinatorOf: { own: actorIds.get("coordinator") as string, other: otherCoordinator.id },
  };
}, 60_000);

afterAll(async () => {
  await t.close();
  await dropDatabase();
});

/** A checksum of every row of every table. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ sum: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    );
    sums[name] = row?.sum ?? "";
  }
  return sums;
}

const statusOf = (cell: Cell, target: Target): number =>
  typeof cell === "number" ? cell : (cell[targets.indexOf(target)] ?? 0);

const hasObject = (route: string) =>
  /:(unitId|courseId|personId|membershipId|invitationId|objectId|runId|sessionId|itemId|elementId|memberId|registrationId|collectionId|proposalId)/.test(
    route,
  );

describe("the authorization matrix", () => {
  it("names every route of the app, and only those", () => {
    const appRoutes = t.app
      .routeAccess()
      .filter((route) => route.method !== "HEAD")
      .map((route) => `${route.method} ${route.url.replace(/\/$/, "") || "/"}`)
      .filter((route) => !publicByDesign(route));
    const tableRoutes = table.map((row) => row.route);
    expect(
      appRoutes.filter((route) => !tableRoutes.includes(route)),
      "routes missing from the table",
    ).toEqual([]);
    expect(
      tableRoutes.filter((route) => !appRoutes.includes(route)),
      "table rows for routes the app lacks",
    ).toEqual([]);
    expect(new Set(tableRoutes).size).toBe(tableRoutes.length);
  });

  it("answers every cell with its expected status, and a denied write changes nothing", async () => {
    const mismatches: string[] = [];
    for (const row of table) {
      const [method, path] = row.route.split(" ") as [string, string];
      for (const actor of actors) {
        for (const target of hasObject(row.route) ? targets : (["own"] as const)) {
          const actorId = actorIds.get(actor) ?? null;
          const built = (await row.build?.({ world, actorId, target })) ?? {};
          const url = Object.entries(built.params ?? {}).reduce(
            (current, [name, value]) => current.replace(`:${name}`, value),
            path,
          );
          const session = actorId ? await signedInHeaders(t.db, actorId) : null;
          const auth = session
            ? { cookie: session.cookie, "x-csrf-token": session.csrfToken }
            : await anonymousCsrfHeaders(t.app);
          const expected = statusOf(row.expect[actor], target);
          const checkUnchanged = method !== "GET" && [401, 403, 404].includes(expected) && !isPublic(row.route);
          const before = checkUnchanged ? await fingerprint(t.db) : null;
          const response = await t.app.inject({
            method: method as "GET",
            url: built.query ? `${url}?${built.query}` : url,
            headers: { ...auth, ...built.headers },
            ...(built.payload === undefined ? {} : { payload: built.payload as object }),
          });
          if (response.statusCode !== expected) {
            mismatches.push(
              `${row.route} as ${actor} on ${target}: ${response.statusCode} (expected ${expected}) ${response.body.slice(0, 160)}`,
            );
          }
          if (before) {
            const after = await fingerprint(t.db);
            const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
            if (changed.length > 0)
              mismatches.push(`${row.route} as ${actor} on ${target} was denied but changed ${changed.join(", ")}`);
          }
          if (session) await t.db.session.deleteMany({ where: { id: session.sessionId } });
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);
});

/**
 * A course's objects: its readers read, its editors (here the owner's coordinator, since the world's
 * courses have no working group) change; user representatives outside the group and system
 * administrators (who administer, not plan) find nothing.
 */
function courseExpectation(ok: number, readers: number): Expectation {
  return { ...managed(ok, readers), userRepresentative: [404, 404, 404], systemAdmin: [404, 404, 404] };
}

const courseOf = (world: World, target: Target) => (target === "missing" ? missingId : world.courses[target]);

const courseInput = {
  title: "Matrix course",
  targetGroup: "BOTH",
  diagnosis: null,
  format: "DIGITAL",
  languages: ["nb"],
  enrolment: "DIRECT",
};
// The world's runs' own dates, so that programme sessions made by other rows stay inside.
const runInput = { startsOn: "2030-03-01", endsOn: "2030-03-02", capacity: 12 };

/** The target's course, with the third unit as its partner (and, to be removed, as a co-owner). */
async function coOwnableCourse(world: World, target: Target, coOwned: boolean): Promise<string> {
  if (target === "missing") return missingId;
  const [unitAId, unitBId] = [world.units[target], world.units.third].sort() as [string, string];
  await world.db.unitPartnership.upsert({
    where: { unitAId_unitBId: { unitAId, unitBId } },
    create: { unitAId, unitBId },
    update: {},
  });
  const courseId = world.courses[target];
  if (coOwned) {
    await world.db.courseOwner.upsert({
      where: { courseId_unitId: { courseId, unitId: world.units.third } },
      create: { courseId, unitId: world.units.third },
      update: {},
    });
  }
  return courseId;
}

/** A fresh current member (a professional of the unit) of the target's course's working group. */
async function workingGroupMemberIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const member = await world.db.workingGroupMember.create({
    data: { courseId: world.courses[target], personId: await personIn(world, target), role: "PROFESSIONAL" },
  });
  return member.id;
}

/** A run's objects: readers of the course read, its editors (here the owner's coordinator) change. */
function runExpectation(ok: number, readers: number): Expectation {
  return { ...managed(ok, readers), userRepresentative: [404, 404, 404], systemAdmin: [404, 404, 404] };
}

function runOf(world: World, target: Target): string {
  return target === "missing" ? missingId : world.runs[target];
}

/** A fresh running run of the target's course with a held session and a confirmed participant. */
async function attendanceSessionIn(world: World, target: Target) {
  if (target === "missing") return { sessionId: missingId, registrationId: missingId };
  const run = await world.db.courseRun.create({
    data: {
      courseId: world.courses[target],
      startsOn: new Date("2025-03-03"),
      endsOn: new Date("2025-03-03"),
      capacity: 12,
      phase: "RUNNING",
      sessions: { create: [{ date: new Date("2025-03-03"), startsAt: 540, endsAt: 900 }] },
      registrations: {
        create: [
          {
            name: "Matrix participant",
            participantRole: "PATIENT",
            source: "DIRECT",
            status: "CONFIRMED",
            manageTokenHash: sha256(randomToken()),
          },
        ],
      },
    },
    select: { sessions: { select: { id: true } }, registrations: { select: { id: true } } },
  });
  return { sessionId: run.sessions[0]?.id ?? missingId, registrationId: run.registrations[0]?.id ?? missingId };
}

/** A participant's details, with an address of their own. */
const participantInput = () => ({
  name: "Matrix participant",
  email: `participant-${randomUUID()}@test.example`,
  phone: "",
  participantRole: "PATIENT",
});

/** A fresh confirmed registration (version 1) in the target's run. */
async function registrationIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const registration = await world.db.registration.create({
    data: {
      runId: world.runs[target],
      name: "Matrix participant",
      participantRole: "PATIENT",
      source: "DIRECT",
      status: "CONFIRMED",
      manageTokenHash: sha256(randomToken()),
    },
    select: { id: true },
  });
  return registration.id;
}

/** A fresh programme session (version 1) in the target's run. */
async function programmeSessionIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const session = await world.db.programmeSession.create({
    data: { runId: world.runs[target], date: new Date("2030-03-01"), startsAt: 540, endsAt: 900 },
  });
  return session.id;
}

/** A fresh programme item (version 1) in a fresh session of the target's run. */
async function programmeItemIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const item = await world.db.programmeItem.create({
    data: {
      sessionId: await programmeSessionIn(world, target),
      position: 1,
      kind: "TALK",
      title: "Matrix item",
      minutes: 30,
      createdById: world.coordinatorOf[target],
      createdRole: "COORDINATOR",
      phase: "PLANNING",
    },
  });
  return item.id;
}

/** The target run's GOALS plan element (made when missing): its id and version. */
async function planElementIn(world: World, target: Target): Promise<{ id: string; version: number }> {
  if (target === "missing") return { id: missingId, version: 1 };
  const runId = world.runs[target];
  return world.db.planElement.upsert({
    where: { runId_kind: { runId, kind: "GOALS" } },
    create: { runId, kind: "GOALS" },
    update: {},
    select: { id: true, version: true },
  });
}

/** A plan element whose history has a revision 1 to restore. */
async function restorablePlanElementIn(world: World, target: Target): Promise<{ id: string; version: number }> {
  const element = await planElementIn(world, target);
  if (target === "missing") return element;
  await world.db.planRevision.upsert({
    where: { elementId_version: { elementId: element.id, version: 1 } },
    create: {
      elementId: element.id,
      version: 1,
      content: "Matrix original",
      authorId: world.coordinatorOf[target],
      authorRole: "COORDINATOR",
      phase: "PLANNING",
    },
    update: {},
  });
  return element;
}

/** Phase writes: working-group members and the owner's coordinator act; other readers may not. */
function phaseExpectation(ok: number): Expectation {
  return { ...runExpectation(ok, 403), professional: [ok, 404, 404], userRepresentative: [ok, 404, 404] };
}

/**
 * A fresh planning run of the own unit whose working group has a user representative and a
 * professional (who signed the step to READY when `signed`), plus the actor in their unit role when it
 * is a signing role (with their own signature when `actorSigned`), and a ticked item when `ticked`.
 */
async function phaseRunIn(
  world: World,
  target: Target,
  actorId: string | null,
  options: { signed?: boolean; actorSigned?: boolean; ticked?: boolean } = {},
): Promise<string> {
  if (target !== "own") return runOf(world, target);
  const unitId = world.units.own;
  const member = async (role: "USER_REPRESENTATIVE" | "PROFESSIONAL") =>
    ({ personId: (await createPerson(world.db, { memberships: [{ unitId, role }] })).id, role }) as const;
  const group = [await member("USER_REPRESENTATIVE"), await member("PROFESSIONAL")];
  const actorRole = actorId
    ? (await world.db.membership.findFirst({ where: { personId: actorId, unitId }, select: { role: true } }))?.role
    : undefined;
  const actor =
    actorId && (actorRole === "USER_REPRESENTATIVE" || actorRole === "PROFESSIONAL")
      ? { personId: actorId, role: actorRole }
      : null;
  const course = await world.db.course.create({
    data: {
      title: "Matrix phases course",
      targetGroup: "BOTH",
      format: "DIGITAL",
      enrolment: "DIRECT",
      owners: { create: [{ unitId }] },
      workingGroup: { create: actor ? [...group, actor] : group },
      runs: { create: [{ startsOn: new Date("2030-03-01"), endsOn: new Date("2030-03-02"), capacity: 12 }] },
    },
    select: { runs: { select: { id: true } } },
  });
  const runId = course.runs[0]?.id ?? missingId;
  const signers = [...(options.signed ? group : []), ...(options.actorSigned && actor ? [actor] : [])];
  await world.db.runSignature.createMany({
    data: signers.map((signer) => ({ runId, ...signer, targetPhase: "READY" as const, version: 1 })),
  });
  if (options.ticked) {
    await world.db.checklistTick.create({
      data: {
        runId,
        phase: "PLANNING",
        itemKey: "need-and-decision",
        tickedById: world.coordinatorOf.own,
        tickedRole: "COORDINATOR",
      },
    });
  }
  return runId;
}

/** The default participant-benefit questions with a text of the matrix's own: a save that changes the form. */
function matrixFormQuestions() {
  const questions = defaultQuestions("PARTICIPANT_BENEFIT");
  const [first] = questions;
  if (first) first.text = { ...first.text, nb: "Matrix question" };
  return questions;
}

/** The course's participant-benefit form, saved once (version 1, by the coordinator) when it is new. */
function savedBenefitForm(world: World, courseId: string, authorId: string) {
  const questions = defaultQuestions("PARTICIPANT_BENEFIT");
  return world.db.evaluationForm.upsert({
    where: { courseId_kind: { courseId, kind: "PARTICIPANT_BENEFIT" } },
    create: {
      courseId,
      kind: "PARTICIPANT_BENEFIT",
      questions,
      revisions: { create: [{ version: 1, questions, authorId, authorRole: "COORDINATOR" }] },
    },
    update: {},
    select: { id: true, version: true },
  });
}

/** The target's course with its participant-benefit form saved, and the form's current version. */
async function benefitFormIn(world: World, target: Target): Promise<{ courseId: string; version: number }> {
  if (target === "missing") return { courseId: missingId, version: 1 };
  const courseId = world.courses[target];
  const form = await savedBenefitForm(world, courseId, world.coordinatorOf[target]);
  return { courseId, version: form.version };
}

/**
 * For the own unit, the course of a fresh phaseRunIn run (its group: a user representative, a
 * professional, and the actor when their role signs) with its participant-benefit form at version 1,
 * signed by the actor when `actorSigned`; the target's course otherwise.
 */
async function signableFormCourseIn(
  world: World,
  target: Target,
  actorId: string | null,
  options: { actorSigned?: boolean } = {},
): Promise<string> {
  if (target !== "own") return courseOf(world, target);
  const run = await world.db.courseRun.findUniqueOrThrow({
    where: { id: await phaseRunIn(world, target, actorId) },
    select: { courseId: true, course: { select: { workingGroup: { select: { personId: true, role: true } } } } },
  });
  const form = await savedBenefitForm(world, run.courseId, world.coordinatorOf.own);
  const actor = run.course.workingGroup.find((member) => member.personId === actorId);
  if (options.actorSigned && actor) {
    await world.db.evaluationFormSignature.create({ data: { formId: form.id, ...actor, version: 1 } });
  }
  return run.courseId;
}

function isPublic(route: string): boolean {
  return t.app
    .routeAccess()
    .some((declared) => `${declared.method} ${declared.url}` === route && declared.access === "public");
}

/** A fresh running run of the target's course, whose course evaluation form both a user representative and a professional signed. */
async function evaluationRunIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const courseId = world.courses[target];
  if (!(await world.db.evaluationForm.findFirst({ where: { courseId, kind: "COURSE_EVALUATION" } }))) {
    const signers = await Promise.all(
      (["USER_REPRESENTATIVE", "PROFESSIONAL"] as const).map(async (role) => ({
        role,
        personId: (await createPerson(world.db, { memberships: [{ unitId: world.units[target], role }] })).id,
      })),
    );
    await world.db.workingGroupMember.createMany({ data: signers.map((signer) => ({ ...signer, courseId })) });
    const questions = [
      {
        id: "benefit",
        type: "SCALE_0_10",
        text: { nb: "Nytte", nn: "Nytte", en: "Benefit" },
        options: [],
        required: false,
        background: false,
        bankKey: null,
      },
    ];
    await world.db.evaluationForm.create({
      data: {
        courseId,
        kind: "COURSE_EVALUATION",
        questions,
        revisions: {
          create: [{ version: 1, questions, authorId: signers[0]?.personId ?? "", authorRole: "PROFESSIONAL" }],
        },
        signatures: { create: signers.map((signer) => ({ ...signer, version: 1 })) },
      },
    });
  }
  const run = await world.db.courseRun.create({
    data: {
      courseId,
      startsOn: new Date("2025-03-03"),
      endsOn: new Date("2025-03-03"),
      capacity: 12,
      phase: "RUNNING",
    },
    select: { id: true },
  });
  return run.id;
}

/** An open collection of a fresh running run of the target's course. */
async function collectionIn(world: World, target: Target): Promise<string> {
  if (target === "missing") return missingId;
  const runId = await evaluationRunIn(world, target);
  const revision = await world.db.evaluationFormRevision.findFirstOrThrow({
    where: { form: { courseId: world.courses[target], kind: "COURSE_EVALUATION" } },
    select: { id: true },
  });
  const collection = await world.db.evaluationCollection.create({
    data: { runId, kind: "COURSE_EVALUATION", formRevisionId: revision.id, linkCode: randomToken() },
    select: { id: true },
  });
  return collection.id;
}

/** A proposal on the target's run, and a later run of the course in planning to carry it into. */
async function proposalIn(world: World, target: Target, status: "PROPOSED" | "ACCEPTED") {
  if (target === "missing") return { proposalId: missingId, runId: missingId, nextRunId: missingId };
  const runId = world.runs[target];
  const next = await world.db.courseRun.create({
    data: {
      courseId: world.courses[target],
      startsOn: new Date("2031-03-01"),
      endsOn: new Date("2031-03-02"),
      capacity: 12,
      plan: { create: [{ kind: "METHODS", content: "Foredrag" }] },
    },
    select: { id: true },
  });
  const proposal = await world.db.revisionProposal.create({
    data: {
      runId,
      elementKind: "METHODS",
      finding: "Lite tid til samtale",
      proposedText: "Mer samtale",
      status,
      authorId: world.coordinatorOf[target],
      authorRole: "COORDINATOR",
    },
    select: { id: true },
  });
  return { proposalId: proposal.id, runId, nextRunId: next.id };
}
