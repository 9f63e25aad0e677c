import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, testConfig } from "../../test/fixtures.ts";
import {
  createRegistrationWorld,
  outboxFor,
  postSignUp,
  type RunOptions,
  rowsOf,
  signUpBody,
} from "./registrations-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("signing up for a direct run", () => {
  it("gives a seat, stores no more than was asked, and queues the confirmation with a personal link", async () => {
    const w = await createRegistrationWorld(t.db, { format: "HYBRID" });
    const body = signUpBody({
      name: "  Kari Nordmann ",
      email: "Kari.Nordmann@Test.Example",
      phone: "+47 412 34 567",
      participantRole: "RELATIVE",
      interpreterLanguage: "Arabisk",
      accessibilityNeeds: "Rullestol",
    });
    const response = await postSignUp(t.app, w.runId, body);
    expect(response.statusCode, response.body).toBe(201);
    // Where they ended up, and nothing of what they gave.
    expect(response.json()).toEqual({ status: "CONFIRMED" });

    const stored = await t.db.registration.findFirstOrThrow({ where: { runId: w.runId } });
    expect(stored).toMatchObject({
      name: "Kari Nordmann",
      email: "kari.nordmann@test.example",
      phone: "+47 41234567",
      participantRole: "RELATIVE",
      interpreterLanguage: "Arabisk",
      accessibilityNeeds: "Rullestol",
      locale: "nb",
      source: "DIRECT",
      status: "CONFIRMED",
      waitingSince: null,
      registeredById: null,
      referralDate: null,
    });
    expect(stored.consentAt).toBeInstanceOf(Date);
    expect(stored.manageTokenHash).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [message, ...more] = await outboxFor(t.db, "kari.nordmann@test.example");
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      kind: "SIGNUP_CONFIRMED",
      locale: "nb",
      dedupeKey: `signup:${stored.id}`,
      data: {
        name: "Kari Nordmann",
        courseTitle: w.title,
        startsOn: w.startsOn,
        place: "Store auditorium, UNN Tromsø",
        digital: true,
        manageUrl: expect.stringMatching(new RegExp(`^${testConfig.PUBLIC_URL}/registration#[A-Za-z0-9_-]{43}$`)),
      },
    });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { objectId: w.runId } });
    expect(audit).toMatchObject({ actorId: null, action: "registration.signed-up", unitIds: [w.unit.id] });
    // The audit trail names the registration by id only.
    expect(JSON.stringify(audit.data)).not.toMatch(/Kari|test\.example|412/);
  });

  it("puts the participant on the waiting list when the run is full, and says where in line", async () => {
    const w = await createRegistrationWorld(t.db, { capacity: 1 });
    expect((await postSignUp(t.app, w.runId, signUpBody())).json()).toEqual({ status: "CONFIRMED" });
    const second = signUpBody({ locale: "nn" });
    const response = await postSignUp(t.app, w.runId, second);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ status: "WAITING", position: 1 });
    expect((await postSignUp(t.app, w.runId, signUpBody())).json()).toEqual({ status: "WAITING", position: 2 });

    const waiting = await t.db.registration.findFirstOrThrow({ where: { email: second.email } });
    expect(waiting.status).toBe("WAITING");
    expect(waiting.waitingSince).toBeInstanceOf(Date);
    expect(await outboxFor(t.db, second.email)).toMatchObject([
      {
        kind: "WAITING_LIST_JOINED",
        locale: "nn",
        dedupeKey: `waiting:${waiting.id}`,
        data: { name: "Kari Nordmann", courseTitle: w.title, startsOn: w.startsOn, position: 1 },
      },
    ]);
  });

  it("queues nothing for a participant who gave only a phone number", async () => {
    const w = await createRegistrationWorld(t.db);
    const response = await postSignUp(t.app, w.runId, signUpBody({ email: "", phone: "98765432" }));
    expect(response.statusCode, response.body).toBe(201);
    const stored = await t.db.registration.findFirstOrThrow({ where: { runId: w.runId } });
    expect(stored).toMatchObject({ email: null, phone: "+47 98765432" });
    expect(await t.db.outboxMessage.count({ where: { dedupeKey: { contains: stored.id } } })).toBe(0);
  });
});

describe("a sign-up that is refused", () => {
  /** Posts the body and checks that nothing at all was written for the run or to the address. */
  async function refused(runId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const recipients = typeof body.email === "string" ? [body.email.toLowerCase()] : [];
    const before = await rowsOf(t.db, runId, recipients);
    const response = await postSignUp(t.app, runId, body, headers);
    expect(await rowsOf(t.db, runId, recipients)).toEqual(before);
    return response;
  }

  it.each<[string, RunOptions, number, string]>([
    ["in planning", { phase: "PLANNING" }, 409, "signup_closed"],
    ["cancelled", { phase: "CANCELLED" }, 409, "signup_closed"],
    ["completed", { phase: "COMPLETED", startsInDays: -30 }, 409, "signup_closed"],
    ["started", { phase: "RUNNING", startsInDays: -1 }, 409, "signup_closed"],
    ["starting today", { startsInDays: 0 }, 409, "signup_closed"],
    ["past its deadline", { signupClosesInDays: -1 }, 409, "signup_closed"],
    ["by referral", { enrolment: "REFERRAL" }, 409, "signup_by_referral"],
  ])("refuses a run %s", async (_name, options, status, code) => {
    const w = await createRegistrationWorld(t.db, options);
    const response = await refused(w.runId, signUpBody());
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
  });

  it("answers 404 for a run that does not exist", async () => {
    const response = await postSignUp(t.app, "0193f5d2-7c1a-7000-8000-00000000dead", signUpBody());
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("not_found");
  });

  it("names each bad field: email, phone, a missing contact, name, role and consent", async () => {
    const w = await createRegistrationWorld(t.db);
    const fields = async (body: Record<string, unknown>) => {
      const response = await refused(w.runId, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("validation_failed");
      return (response.json().errors as { field: string; message: string }[]).map((e) => `${e.field}:${e.message}`);
    };
    expect(await fields(signUpBody({ email: "kari@" }))).toEqual(["email:invalid_email"]);
    expect(await fields(signUpBody({ phone: "1234" }))).toEqual(["phone:invalid_phone"]);
    expect(await fields(signUpBody({ email: "", phone: "" }))).toEqual(["email:contact_required"]);
    const many = await fields(signUpBody({ name: " ", participantRole: "DOCTOR", consent: false, email: "" }));
    expect(many.map((entry) => entry.split(":")[0]).sort()).toEqual(["consent", "email", "name", "participantRole"]);
    expect(many).toContain("consent:consent_required");
    expect(await fields(signUpBody({ accessibilityNeeds: "x".repeat(501) }))).toEqual([
      expect.stringMatching(/^accessibilityNeeds:/),
    ]);
  });

  it.each(["nationalIdentityNumber", "fodselsnummer", "diagnosis", "referralText"])(
    "refuses a body with %s and stores nothing",
    async (key) => {
      const w = await createRegistrationWorld(t.db);
      const response = await refused(w.runId, { ...signUpBody(), [key]: "01017012345" });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("validation_failed");
      expect(response.body).not.toContain("01017012345");
    },
  );

  it("refuses a second sign-up with the same email (in any case) with a field error on email", async () => {
    const w = await createRegistrationWorld(t.db);
    const first = signUpBody();
    expect((await postSignUp(t.app, w.runId, first)).statusCode).toBe(201);
    const response = await refused(w.runId, signUpBody({ email: String(first.email).toUpperCase() }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "already_registered",
      errors: [{ field: "email", code: "already_registered" }],
    });
    // Once cancelled, the same address may sign up again.
    await t.db.registration.updateMany({ where: { runId: w.runId }, data: { status: "CANCELLED" } });
    expect((await postSignUp(t.app, w.runId, first)).statusCode).toBe(201);
  });

  it("needs the CSRF token like every other anonymous post", async () => {
    const w = await createRegistrationWorld(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: `/api/catalogue/runs/${w.runId}/registrations`,
      payload: signUpBody(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("csrf_failed");
    expect(await t.db.registration.count({ where: { runId: w.runId } })).toBe(0);
  });
});

describe("a retried sign-up", () => {
  it("with the same Idempotency-Key signs up once and answers the same", async () => {
    const w = await createRegistrationWorld(t.db, { capacity: 1 });
    await postSignUp(t.app, w.runId, signUpBody());
    const body = signUpBody();
    const key = { "idempotency-key": `sign-up-${w.runId}` };
    const first = await postSignUp(t.app, w.runId, body, key);
    const again = await postSignUp(t.app, w.runId, body, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await t.db.registration.count({ where: { email: String(body.email) } })).toBe(1);
    expect(await outboxFor(t.db, String(body.email))).toHaveLength(1);
  });
});
