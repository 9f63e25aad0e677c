import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, unique } from "../../test/fixtures.ts";
import {
  asPerson,
  createRegistrationWorld,
  outboxFor,
  postLink,
  postSignUp,
  type RunOptions,
  rowsOf,
  signUpBody,
  tokenFromOutbox,
} from "./registrations-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const referred = (overrides: Record<string, unknown> = {}) => ({
  name: "Per Hansen",
  email: `${unique("per")}@test.example`,
  phone: "+47 912 34 567",
  participantRole: "PATIENT",
  interpreterLanguage: "Somali",
  accessibilityNeeds: "Hørselsslynge",
  locale: "en",
  referralDate: day(-3),
  ...overrides,
});

/** A run with two confirmed (one without email), one cancelled and two waiting, signed up in that order. */
async function runWithParticipants(options: RunOptions = {}) {
  const w = await createRegistrationWorld(t.db, { capacity: 2, ...options });
  const bodies = [
    signUpBody({ name: "Åse Berg", accessibilityNeeds: "Rullestol" }),
    signUpBody({ name: "Øystein Dahl", email: "", phone: "48123456" }),
    signUpBody({ name: "Carl Eik" }),
    signUpBody({ name: "Dina Fos", interpreterLanguage: "Polsk" }),
  ];
  for (const body of bodies) expect((await postSignUp(t.app, w.runId, body)).statusCode).toBe(201);
  // Carl leaves the waiting list; Dina stays; Eva joins after.
  await postLink(t.app, "cancel", await tokenFromOutbox(t.db, String(bodies[2]?.email)));
  const eva = signUpBody({ name: "Eva Gran" });
  expect((await postSignUp(t.app, w.runId, eva)).statusCode).toBe(201);
  return w;
}

describe("the run's participants for course leaders", () => {
  it("lists confirmed, offered, waiting in order and cancelled, with contact and needs; the read is audited", async () => {
    const w = await runWithParticipants();
    for (const viewer of [w.coordinator, w.professional]) {
      const response = await asPerson(t.app, t.db, viewer.id, "GET", `/api/runs/${w.runId}/registrations`);
      expect(response.statusCode, response.body).toBe(200);
      const list = response.json();
      // In Norwegian alphabetical order: Ø before Å.
      expect(list.confirmed.map((r: { name: string }) => r.name)).toEqual(["Øystein Dahl", "Åse Berg"]);
      expect(list.confirmed[1]).toMatchObject({
        email: expect.stringContaining("@test.example"),
        accessibilityNeeds: "Rullestol",
        source: "DIRECT",
        status: "CONFIRMED",
        version: 1,
      });
      expect(list.confirmed[0]).toMatchObject({ email: null, phone: "+47 48123456" });
      expect(list.offered).toEqual([]);
      expect(list.waiting.map((r: { name: string; position: number }) => [r.name, r.position])).toEqual([
        ["Dina Fos", 1],
        ["Eva Gran", 2],
      ]);
      expect(list.waiting[0].interpreterLanguage).toBe("Polsk");
      expect(list.closed.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
        ["Carl Eik", "CANCELLED"],
      ]);
      expect(list.counts).toEqual({ confirmed: 2, offered: 0, waiting: 2, closed: 1 });

      const read = await t.db.auditEvent.findFirstOrThrow({
        where: { action: "registration.list-read", actorId: viewer.id, objectId: w.runId },
      });
      expect(read.unitIds).toEqual([w.unit.id]);
      expect((read.data as { registrationIds: string[] }).registrationIds).toHaveLength(5);
    }
  });

  it("gives a user representative in the working group the counts only: 403 on the list", async () => {
    const w = await runWithParticipants();
    const list = await asPerson(t.app, t.db, w.userRepresentative.id, "GET", `/api/runs/${w.runId}/registrations`);
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe("forbidden");
    expect(
      await t.db.auditEvent.count({ where: { action: "registration.list-read", actorId: w.userRepresentative.id } }),
    ).toBe(0);

    const counts = await asPerson(t.app, t.db, w.userRepresentative.id, "GET", `/api/runs/${w.runId}/enrolment`);
    expect(counts.statusCode).toBe(200);
    expect(counts.json()).toEqual({
      runId: w.runId,
      enrolment: "DIRECT",
      capacity: 2,
      confirmed: 2,
      offered: 0,
      waiting: 2,
      signupState: { state: "waiting_list", waiting: 2 },
      abilities: { canSeeParticipants: false, canRegister: false },
    });
    expect(counts.body).not.toMatch(/Åse|Dina|test\.example/);
  });

  it("answers other readers of the run with counts, strangers with 404", async () => {
    const w = await runWithParticipants();
    expect((await asPerson(t.app, t.db, w.unitLeader.id, "GET", `/api/runs/${w.runId}/registrations`)).statusCode).toBe(
      403,
    );
    expect((await asPerson(t.app, t.db, w.unitLeader.id, "GET", `/api/runs/${w.runId}/enrolment`)).statusCode).toBe(
      200,
    );
    for (const path of ["registrations", "enrolment"]) {
      expect((await asPerson(t.app, t.db, w.stranger.id, "GET", `/api/runs/${w.runId}/${path}`)).statusCode).toBe(404);
    }
    const own = await asPerson(t.app, t.db, w.coordinator.id, "GET", `/api/runs/${w.runId}/enrolment`);
    expect(own.json().abilities).toEqual({ canSeeParticipants: true, canRegister: true });
  });
});

describe("registering a referred participant", () => {
  const post = (personId: string, runId: string, payload: object, headers: Record<string, string> = {}) =>
    asPerson(t.app, t.db, personId, "POST", `/api/runs/${runId}/registrations`, { payload, headers });

  it("takes the referral date, never the referral, and queues the confirmation in the participant's language", async () => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL", phase: "PLANNING" });
    const body = referred();
    const response = await post(w.professional.id, w.runId, body);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      name: "Per Hansen",
      phone: "+47 91234567",
      status: "CONFIRMED",
      source: "REFERRAL",
      referralDate: day(-3),
      interpreterLanguage: "Somali",
      locale: "en",
      position: null,
    });
    const stored = await t.db.registration.findUniqueOrThrow({ where: { id: response.json().id } });
    expect(stored).toMatchObject({ registeredById: w.professional.id, consentAt: null });
    expect(await outboxFor(t.db, String(body.email))).toMatchObject([{ kind: "SIGNUP_CONFIRMED", locale: "en" }]);
    expect(
      await t.db.auditEvent.findFirst({
        where: { objectId: w.runId, action: "registration.created", actorId: w.professional.id },
      }),
    ).not.toBeNull();
  });

  it("puts the participant on the waiting list of a full run", async () => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL", capacity: 1 });
    expect((await post(w.coordinator.id, w.runId, referred())).json().status).toBe("CONFIRMED");
    const second = await post(w.coordinator.id, w.runId, referred());
    expect(second.json()).toMatchObject({ status: "WAITING", position: 1 });
  });

  it("registers someone who called in for a direct run, without a referral date", async () => {
    const w = await createRegistrationWorld(t.db);
    const response = await post(w.coordinator.id, w.runId, referred({ referralDate: null, email: "" }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ source: "DIRECT", referralDate: null, email: null });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a missing referral date", { referralDate: null }, "referral_date_required"],
    ["a referral date in the future", { referralDate: day(2) }, "referral_date_in_future"],
  ])("refuses %s with a field error and writes nothing", async (_name, overrides, code) => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL" });
    const body = referred(overrides);
    const before = await rowsOf(t.db, w.runId, [String(body.email)]);
    const response = await post(w.coordinator.id, w.runId, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "validation_failed", errors: [{ field: "referralDate", code }] });
    expect(await rowsOf(t.db, w.runId, [String(body.email)])).toEqual(before);
  });

  it("refuses an identity number, a referral text or a diagnosis, and stores nothing", async () => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL" });
    for (const key of ["nationalIdentityNumber", "fodselsnummer", "referralText", "diagnosis"]) {
      const body = { ...referred(), [key]: "01017012345" };
      const before = await rowsOf(t.db, w.runId, [String(body.email)]);
      const response = await post(w.coordinator.id, w.runId, body);
      expect(response.statusCode, key).toBe(400);
      expect(await rowsOf(t.db, w.runId, [String(body.email)])).toEqual(before);
    }
  });

  it("refuses a duplicate email, a closed run, and people who may not see participants", async () => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL" });
    const body = referred();
    expect((await post(w.coordinator.id, w.runId, body)).statusCode).toBe(201);
    const duplicate = await post(w.coordinator.id, w.runId, referred({ email: String(body.email).toUpperCase() }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "already_registered", errors: [{ field: "email" }] });

    const before = await rowsOf(t.db, w.runId, [String(body.email)]);
    for (const person of [w.userRepresentative, w.unitLeader]) {
      expect((await post(person.id, w.runId, referred())).statusCode).toBe(403);
    }
    expect((await post(w.stranger.id, w.runId, referred())).statusCode).toBe(404);
    await t.db.courseRun.update({ where: { id: w.runId }, data: { phase: "COMPLETED" } });
    const closed = await post(w.coordinator.id, w.runId, referred());
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe("run_closed");
    expect(await rowsOf(t.db, w.runId, [String(body.email)])).toEqual(before);
  });

  it("registers once when the same submission is retried with its Idempotency-Key", async () => {
    const w = await createRegistrationWorld(t.db, { enrolment: "REFERRAL" });
    const body = referred();
    const key = { "idempotency-key": `referral-${w.runId}` };
    const first = await post(w.coordinator.id, w.runId, body, key);
    const again = await post(w.coordinator.id, w.runId, body, key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(await t.db.registration.count({ where: { runId: w.runId } })).toBe(1);
  });
});

describe("cancelling as staff", () => {
  it("is for course leaders of an open run only", async () => {
    const w = await createRegistrationWorld(t.db);
    await postSignUp(t.app, w.runId, signUpBody());
    const registration = await t.db.registration.findFirstOrThrow({ where: { runId: w.runId } });
    const cancel = (personId: string) =>
      asPerson(t.app, t.db, personId, "POST", `/api/registrations/${registration.id}/cancel`, {
        headers: { "if-match": '"1"' },
      });
    expect((await cancel(w.userRepresentative.id)).statusCode).toBe(403);
    expect((await cancel(w.unitLeader.id)).statusCode).toBe(403);
    expect((await cancel(w.stranger.id)).statusCode).toBe(404);
    await t.db.courseRun.update({ where: { id: w.runId }, data: { phase: "CANCELLED" } });
    expect((await cancel(w.coordinator.id)).json().code).toBe("run_closed");
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("CONFIRMED");
  });
});
