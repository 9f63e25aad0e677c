import { offerHoldHours } from "@sidestilt/domain/enrolment";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, testConfig } from "../../test/fixtures.ts";
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
import { expireOffers } from "./waiting-list.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const hours = (count: number) => count * 3_600_000;

/** A run of `capacity` seats, all taken, with `waiting` people in line; everyone signed up with an email. */
async function fullRun(capacity: number, waiting: number, options: RunOptions = {}) {
  const w = await createRegistrationWorld(t.db, { ...options, capacity });
  const emails: string[] = [];
  for (let index = 0; index < capacity + waiting; index += 1) {
    const body = signUpBody({ name: `Deltaker ${index + 1}` });
    const response = await postSignUp(t.app, w.runId, body);
    expect(response.statusCode, response.body).toBe(201);
    emails.push(String(body.email));
  }
  const registrationOf = (email: string) => t.db.registration.findFirstOrThrow({ where: { runId: w.runId, email } });
  return { ...w, emails, seated: emails.slice(0, capacity), inLine: emails.slice(capacity), registrationOf };
}

describe("a freed seat", () => {
  it("goes to the first in line when a participant cancels through their link, with a new link for the offer", async () => {
    const w = await fullRun(2, 2);
    const [leaving] = w.seated as [string];
    const [first, second] = w.inLine as [string, string];
    const oldLinkOfFirst = await tokenFromOutbox(t.db, first);

    const before = Date.now();
    const cancelled = await postLink(t.app, "cancel", await tokenFromOutbox(t.db, leaving));
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: "CANCELLED", abilities: { canCancel: false } });

    const leaver = await w.registrationOf(leaving);
    expect(leaver).toMatchObject({ status: "CANCELLED", version: 2 });
    expect(await outboxFor(t.db, leaving)).toMatchObject([
      { kind: "SIGNUP_CONFIRMED" },
      {
        kind: "REGISTRATION_CANCELLED",
        dedupeKey: `cancelled:${leaver.id}`,
        data: { name: "Deltaker 1", courseTitle: w.title, startsOn: w.startsOn },
      },
    ]);

    const offered = await w.registrationOf(first);
    expect(offered.status).toBe("OFFERED");
    const held = (offered.offerExpiresAt?.getTime() ?? 0) - before;
    expect(held).toBeGreaterThanOrEqual(hours(offerHoldHours));
    expect(held).toBeLessThan(hours(offerHoldHours) + 60_000);
    const offer = (await outboxFor(t.db, first)).at(-1);
    expect(offer).toMatchObject({
      kind: "SEAT_OFFERED",
      dedupeKey: `offer:${offered.id}:${offered.offerExpiresAt?.toISOString()}`,
      data: {
        name: "Deltaker 3",
        courseTitle: w.title,
        startsOn: w.startsOn,
        offerExpiresAt: offered.offerExpiresAt?.toISOString(),
        manageUrl: expect.stringContaining(`${testConfig.PUBLIC_URL}/registration#`),
      },
    });
    // The offer came with a new link; the old one no longer opens the registration.
    const newLink = await tokenFromOutbox(t.db, first);
    expect(newLink).not.toBe(oldLinkOfFirst);
    expect((await postLink(t.app, "lookup", oldLinkOfFirst)).json().code).toBe("registration_link_invalid");
    const seen = await postLink(t.app, "lookup", newLink);
    expect(seen.json()).toMatchObject({
      status: "OFFERED",
      offerExpiresAt: offered.offerExpiresAt?.toISOString(),
      abilities: { canAcceptOffer: true },
    });
    // The second in line moved up.
    expect((await postLink(t.app, "lookup", await tokenFromOutbox(t.db, second))).json().position).toBe(1);

    const accepted = await postLink(t.app, "accept-offer", newLink);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "CONFIRMED", offerExpiresAt: null });
    expect(await w.registrationOf(first)).toMatchObject({ status: "CONFIRMED", offerExpiresAt: null });
    expect((await outboxFor(t.db, first)).at(-1)).toMatchObject({
      kind: "SIGNUP_CONFIRMED",
      dedupeKey: `signup:${offered.id}`,
      data: { manageUrl: `${testConfig.PUBLIC_URL}/registration#${newLink}` },
    });
    // Nobody else was offered a seat: the run is full again.
    expect((await w.registrationOf(second)).status).toBe("WAITING");
  });

  it("goes to the first in line when staff cancel a registration (If-Match on its version)", async () => {
    const w = await fullRun(1, 1);
    const [seated] = w.seated as [string];
    const [next] = w.inLine as [string];
    const registration = await w.registrationOf(seated);
    const url = `/api/registrations/${registration.id}/cancel`;

    const withoutVersion = await asPerson(t.app, t.db, w.coordinator.id, "POST", url);
    expect(withoutVersion.statusCode).toBe(428);
    const stale = await asPerson(t.app, t.db, w.coordinator.id, "POST", url, { headers: { "if-match": '"7"' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ version: 1, status: "CONFIRMED" });
    expect((await w.registrationOf(seated)).status).toBe("CONFIRMED");

    const cancelled = await asPerson(t.app, t.db, w.professional.id, "POST", url, { headers: { "if-match": '"1"' } });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.headers.etag).toBe('"2"');
    expect(cancelled.json()).toMatchObject({ id: registration.id, status: "CANCELLED", version: 2 });
    expect((await w.registrationOf(next)).status).toBe("OFFERED");
    expect((await outboxFor(t.db, seated)).at(-1)?.kind).toBe("REGISTRATION_CANCELLED");
    expect((await outboxFor(t.db, next)).at(-1)?.kind).toBe("SEAT_OFFERED");
    expect(
      await t.db.auditEvent.findFirst({
        where: { objectId: w.runId, action: "registration.cancelled-by-staff", actorId: w.professional.id },
      }),
    ).not.toBeNull();

    const again = await asPerson(t.app, t.db, w.coordinator.id, "POST", url, { headers: { "if-match": '"2"' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("registration_cancelled");
  });

  it("passes on when the person offered it declines (cancels the offer)", async () => {
    const w = await fullRun(1, 2);
    const [first, second] = w.inLine as [string, string];
    await postLink(t.app, "cancel", await tokenFromOutbox(t.db, w.seated[0] ?? ""));
    expect((await w.registrationOf(first)).status).toBe("OFFERED");

    const declined = await postLink(t.app, "cancel", await tokenFromOutbox(t.db, first));
    expect(declined.statusCode).toBe(200);
    expect(declined.json().status).toBe("CANCELLED");
    expect((await w.registrationOf(second)).status).toBe("OFFERED");
    expect(await t.db.registration.count({ where: { runId: w.runId, status: { in: ["CONFIRMED", "OFFERED"] } } })).toBe(
      1,
    );
  });

  it("goes to the waiting list when the run's capacity is raised", async () => {
    const w = await fullRun(1, 3);
    const run = await t.db.courseRun.findUniqueOrThrow({ where: { id: w.runId } });
    const raised = await asPerson(t.app, t.db, w.coordinator.id, "PUT", `/api/runs/${w.runId}`, {
      payload: { startsOn: w.startsOn, endsOn: run.endsOn.toISOString().slice(0, 10), capacity: 3 },
      headers: { "if-match": `"${run.version}"` },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const statuses = await Promise.all(w.inLine.map(async (email) => (await w.registrationOf(email)).status));
    expect(statuses).toEqual(["OFFERED", "OFFERED", "WAITING"]);
  });

  it("is not offered once the run has started", async () => {
    const w = await fullRun(1, 1);
    await t.db.courseRun.update({
      where: { id: w.runId },
      data: { phase: "RUNNING", startsOn: new Date(Date.now() - 86_400_000) },
    });
    const response = await postLink(t.app, "cancel", await tokenFromOutbox(t.db, w.seated[0] ?? ""));
    expect(response.statusCode).toBe(200);
    expect((await w.registrationOf(w.inLine[0] ?? "")).status).toBe("WAITING");
  });
});

describe("an offer that runs out", () => {
  it("expires at its time, and the seat goes on to the next in line, held from then", async () => {
    const w = await fullRun(1, 2);
    const [first, second] = w.inLine as [string, string];
    await postLink(t.app, "cancel", await tokenFromOutbox(t.db, w.seated[0] ?? ""));
    const offer = await w.registrationOf(first);
    const expiresAt = offer.offerExpiresAt ?? new Date(0);
    const firstLink = await tokenFromOutbox(t.db, first);

    // A minute before the time, the offer still holds.
    await expireOffers(t.db, new Date(expiresAt.getTime() - 60_000), testConfig.PUBLIC_URL);
    expect((await w.registrationOf(first)).status).toBe("OFFERED");

    const later = new Date(expiresAt.getTime() + hours(1));
    expect(await expireOffers(t.db, later, testConfig.PUBLIC_URL)).toBeGreaterThanOrEqual(1);
    expect(await w.registrationOf(first)).toMatchObject({ status: "EXPIRED", version: offer.version + 1 });
    const next = await w.registrationOf(second);
    expect(next.status).toBe("OFFERED");
    expect(next.offerExpiresAt?.getTime()).toBe(later.getTime() + hours(offerHoldHours));
    expect((await outboxFor(t.db, second)).at(-1)).toMatchObject({
      kind: "SEAT_OFFERED",
      dedupeKey: `offer:${next.id}:${next.offerExpiresAt?.toISOString()}`,
    });
    expect(await t.db.auditEvent.count({ where: { objectId: w.runId, action: "registration.offer-expired" } })).toBe(1);

    // Too late to accept; nothing changes.
    const before = await rowsOf(t.db, w.runId, w.emails);
    const accepted = await postLink(t.app, "accept-offer", firstLink);
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().code).toBe("offer_expired");
    expect(await rowsOf(t.db, w.runId, w.emails)).toEqual(before);
    expect((await postLink(t.app, "lookup", firstLink)).json()).toMatchObject({
      status: "EXPIRED",
      abilities: { canCancel: false, canAcceptOffer: false },
    });
  });

  it("cannot be accepted once its time is up, even before the expiry job has run", async () => {
    const w = await fullRun(1, 1);
    await postLink(t.app, "cancel", await tokenFromOutbox(t.db, w.seated[0] ?? ""));
    const offered = await w.registrationOf(w.inLine[0] ?? "");
    await t.db.registration.update({
      where: { id: offered.id },
      data: { offerExpiresAt: new Date(Date.now() - 1000) },
    });
    const link = await tokenFromOutbox(t.db, w.inLine[0] ?? "");
    const before = await rowsOf(t.db, w.runId, w.emails);
    const response = await postLink(t.app, "accept-offer", link);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("offer_expired");
    expect(await rowsOf(t.db, w.runId, w.emails)).toEqual(before);
    expect((await w.registrationOf(w.inLine[0] ?? "")).status).toBe("OFFERED");
  });

  it("is expired once when two expiry jobs run at the same moment", async () => {
    const w = await fullRun(1, 2);
    await postLink(t.app, "cancel", await tokenFromOutbox(t.db, w.seated[0] ?? ""));
    const offer = await w.registrationOf(w.inLine[0] ?? "");
    const later = new Date((offer.offerExpiresAt?.getTime() ?? 0) + 1000);
    await Promise.all([
      expireOffers(t.db, later, testConfig.PUBLIC_URL),
      expireOffers(t.db, later, testConfig.PUBLIC_URL),
      expireOffers(t.db, later, testConfig.PUBLIC_URL),
    ]);
    expect((await w.registrationOf(w.inLine[0] ?? "")).status).toBe("EXPIRED");
    expect((await w.registrationOf(w.inLine[1] ?? "")).status).toBe("OFFERED");
    expect(await t.db.auditEvent.count({ where: { objectId: w.runId, action: "registration.offer-expired" } })).toBe(1);
    expect(await t.db.outboxMessage.count({ where: { recipient: w.inLine[1] ?? "", kind: "SEAT_OFFERED" } })).toBe(1);
  });
});
