import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "../../lib/tokens.ts";
import { createTestApp } from "../../test/fixtures.ts";
import {
  createRegistrationWorld,
  outboxFor,
  postLink,
  postSignUp,
  rowsOf,
  signUpBody,
  tokenFromOutbox,
} from "./registrations-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A participant signed up for a run with one seat: `waiting` puts them second, on the waiting list. */
async function signedUp(options: { waiting?: boolean; format?: "PHYSICAL" | "DIGITAL" } = {}) {
  const w = await createRegistrationWorld(t.db, { capacity: 1, format: options.format });
  if (options.waiting) await postSignUp(t.app, w.runId, signUpBody());
  const body = signUpBody({ name: "Ola Nordmann", phone: "41234567" });
  expect((await postSignUp(t.app, w.runId, body)).statusCode).toBe(201);
  const email = String(body.email);
  return { ...w, email, token: await tokenFromOutbox(t.db, email) };
}

describe("the personal link", () => {
  it("shows the participant their registration: course, dates, place, status and place in line", async () => {
    const w = await signedUp({ waiting: true, format: "DIGITAL" });
    const response = await postLink(t.app, "lookup", w.token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: "Ola Nordmann",
      courseTitle: w.title,
      startsOn: w.startsOn,
      endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      venue: "Store auditorium, UNN Tromsø",
      digital: true,
      status: "WAITING",
      position: 1,
      offerExpiresAt: null,
      abilities: { canCancel: true, canAcceptOffer: false },
    });
    // Contact details stay out of the answer: the link could be forwarded.
    expect(response.body).not.toContain(w.email);
    expect(response.body).not.toContain("41234567");
  });

  it("answers a tampered or unknown link with registration_link_invalid and changes nothing", async () => {
    const w = await signedUp();
    const before = await rowsOf(t.db, w.runId, [w.email]);
    const tampered = `${w.token.slice(0, -2)}${w.token.endsWith("AA") ? "BB" : "AA"}`;
    for (const token of [tampered, randomToken()]) {
      for (const action of ["lookup", "cancel", "accept-offer"] as const) {
        const response = await postLink(t.app, action, token);
        expect(response.statusCode, `${action} ${token}`).toBe(404);
        expect(response.json().code).toBe("registration_link_invalid");
      }
    }
    expect(await rowsOf(t.db, w.runId, [w.email])).toEqual(before);
    const malformed = await postLink(t.app, "lookup", "short");
    expect(malformed.statusCode).toBe(400);
  });

  it("cancels once; a second cancel is registration_cancelled and writes nothing", async () => {
    const w = await signedUp();
    const first = await postLink(t.app, "cancel", w.token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: "CANCELLED", abilities: { canCancel: false } });
    const before = await rowsOf(t.db, w.runId, [w.email]);
    for (const action of ["cancel", "accept-offer"] as const) {
      const again = await postLink(t.app, action, w.token);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe("registration_cancelled");
    }
    expect(await rowsOf(t.db, w.runId, [w.email])).toEqual(before);
    expect((await outboxFor(t.db, w.email)).map((message) => message.kind)).toEqual([
      "SIGNUP_CONFIRMED",
      "REGISTRATION_CANCELLED",
    ]);
  });

  it("has no offer to accept for a confirmed or waiting participant", async () => {
    for (const waiting of [false, true]) {
      const w = await signedUp({ waiting });
      const before = await rowsOf(t.db, w.runId, [w.email]);
      const response = await postLink(t.app, "accept-offer", w.token);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe("no_offer");
      expect(await rowsOf(t.db, w.runId, [w.email])).toEqual(before);
    }
  });

  it("cannot cancel in a run that is over", async () => {
    const w = await signedUp();
    await t.db.courseRun.update({ where: { id: w.runId }, data: { phase: "COMPLETED" } });
    const response = await postLink(t.app, "cancel", w.token);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("run_closed");
    expect((await postLink(t.app, "lookup", w.token)).json().abilities.canCancel).toBe(false);
  });
});
