import type { EnrolmentSummary, Registration, RegistrationList } from "@sidestilt/domain/registration.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aRunDetail, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

let sequence = 0;

function aRegistration(overrides: Partial<Registration> = {}): Registration {
  sequence += 1;
  return {
    id: `7e000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    name: "Anne Berg",
    email: "anne@example.no",
    phone: "+47 41234567",
    participantRole: "PATIENT",
    interpreterLanguage: null,
    accessibilityNeeds: null,
    locale: "nb",
    source: "DIRECT",
    referralDate: null,
    status: "CONFIRMED",
    position: null,
    waitingSince: null,
    offerExpiresAt: null,
    createdAt: "2026-11-01T10:00:00.000Z",
    cancelledAt: null,
    version: 1,
    ...overrides,
  };
}

function aSummary(overrides: Partial<EnrolmentSummary> = {}): EnrolmentSummary {
  return {
    runId,
    enrolment: "REFERRAL",
    capacity: 2,
    confirmed: 2,
    offered: 0,
    waiting: 1,
    signupState: { state: "referral" },
    abilities: { canSeeParticipants: true, canRegister: true },
    ...overrides,
  };
}

const anne = aRegistration({ accessibilityNeeds: "Rullestol" });
const bjorn = aRegistration({
  name: "Bjørn Dahl",
  email: null,
  participantRole: "RELATIVE",
  interpreterLanguage: "Polsk",
});
const cecilie = aRegistration({
  name: "Cecilie Moe",
  status: "WAITING",
  position: 1,
  source: "REFERRAL",
  referralDate: "2026-10-20",
});

function aList(overrides: Partial<RegistrationList> = {}): RegistrationList {
  return {
    runId,
    confirmed: [anne, bjorn],
    offered: [],
    waiting: [cecilie],
    closed: [],
    counts: { confirmed: 2, offered: 0, waiting: 1, closed: 0 },
    ...overrides,
  };
}

const memberOf = (role: "COORDINATOR" | "USER_REPRESENTATIVE") =>
  aSession({
    memberships: [
      { unitId: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", unitName: "LMS UNN", unitKind: "HOSPITAL_LMS", role },
    ],
  });

const base = (session: ReturnType<typeof aSession>) => ({
  "GET /api/auth/session": json(200, session),
  "GET /api/auth/csrf": json(200, { csrfToken: "csrf" }),
  [`GET /api/runs/${runId}`]: json(200, aRunDetail({ phase: "READY" }), { etag: '"5"' }),
});

describe("the run's participants tab", () => {
  it("shows a user representative the numbers only, never a name", async () => {
    const api = stubApi({
      ...base(memberOf("USER_REPRESENTATIVE")),
      [`GET /api/runs/${runId}/enrolment`]: json(
        200,
        aSummary({ abilities: { canSeeParticipants: false, canRegister: false } }),
      ),
    });
    renderApp(`/runs/${runId}/participants`);
    expect(await screen.findByRole("heading", { level: 1, name: /^Deltakere:/ })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "Plasser og venteliste" })).toBeVisible();
    expect(screen.getByText("2 av 2")).toBeVisible();
    expect(screen.getByText(/Du ser bare antallet/)).toBeVisible();
    expect(screen.queryByText("Anne Berg")).toBeNull();
    expect(screen.queryByRole("button", { name: "Registrer en deltaker" })).toBeNull();
    expect(api.calls(`GET /api/runs/${runId}/registrations`)).toHaveLength(0);
  });

  it("lists the participants for a course leader: seats, the waiting list in order, contact and needs", async () => {
    stubApi({
      ...base(memberOf("COORDINATOR")),
      [`GET /api/runs/${runId}/enrolment`]: json(200, aSummary()),
      [`GET /api/runs/${runId}/registrations`]: json(200, aList()),
    });
    renderApp(`/runs/${runId}/participants`);
    const seats = await screen.findByRole("region", { name: "Har plass (2)" });
    const cards = within(seats).getAllByRole("listitem");
    expect(cards.map((card) => within(card).getByRole("heading").textContent)).toEqual(["Anne Berg", "Bjørn Dahl"]);
    expect(within(cards[0] as HTMLElement).getByRole("link", { name: "anne@example.no" })).toHaveAttribute(
      "href",
      "mailto:anne@example.no",
    );
    expect(within(cards[0] as HTMLElement).getByText("Rullestol")).toBeVisible();
    expect(within(cards[1] as HTMLElement).getByText("Polsk")).toBeVisible();
    const waiting = screen.getByRole("region", { name: "Venteliste (1)" });
    expect(within(waiting).getByRole("heading", { level: 4 })).toHaveTextContent("1. Cecilie Moe");
    expect(within(waiting).getByText("Etter henvisning 20. oktober 2026")).toBeVisible();
  });

  it("registers a referred participant: the referral date is required and checked before sending", async () => {
    const registered = aRegistration({ name: "Per Hansen", status: "WAITING", position: 2, source: "REFERRAL" });
    const api = stubApi({
      ...base(memberOf("COORDINATOR")),
      [`GET /api/runs/${runId}/enrolment`]: json(200, aSummary()),
      [`GET /api/runs/${runId}/registrations`]: json(200, aList()),
      [`POST /api/runs/${runId}/registrations`]: json(201, registered),
    });
    const { user } = renderApp(`/runs/${runId}/participants`);
    await user.click(await screen.findByRole("button", { name: "Registrer en deltaker" }));
    const form = await screen.findByRole("form", { name: "Registrer en deltaker" });
    expect(within(form).getByRole("heading", { name: "Registrer en deltaker" })).toHaveFocus();
    await user.type(within(form).getByLabelText("Fullt navn"), "Per Hansen");
    await user.type(within(form).getByLabelText("Telefonnummer"), "912 34 567");
    await user.click(within(form).getByRole("radio", { name: /Pasient/ }));
    await user.click(within(form).getByRole("button", { name: "Registrer" }));
    await waitFor(() =>
      expect(within(form).getByLabelText("Dato henvisningen kom")).toHaveAccessibleDescription(
        expect.stringContaining("Skriv inn datoen henvisningen kom."),
      ),
    );
    expect(api.calls(`POST /api/runs/${runId}/registrations`)).toHaveLength(0);

    await user.type(within(form).getByLabelText("Dato henvisningen kom"), "2026-10-30");
    await user.click(within(form).getByRole("button", { name: "Registrer" }));
    expect(await screen.findByText("Per Hansen er registrert og står som nummer 2 på ventelisten.")).toBeVisible();
    const [sent] = api.calls(`POST /api/runs/${runId}/registrations`);
    expect(sent?.body).toMatchObject({
      name: "Per Hansen",
      phone: "+47 91234567",
      participantRole: "PATIENT",
      referralDate: "2026-10-30",
      locale: "nb",
    });
    expect(sent?.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("cancels a registration after asking, sending the version it showed", async () => {
    const api = stubApi({
      ...base(memberOf("COORDINATOR")),
      [`GET /api/runs/${runId}/enrolment`]: json(200, aSummary()),
      [`GET /api/runs/${runId}/registrations`]: json(200, aList()),
      [`POST /api/registrations/${bjorn.id}/cancel`]: json(200, { ...bjorn, status: "CANCELLED", version: 2 }),
    });
    const { user } = renderApp(`/runs/${runId}/participants`);
    await user.click(await screen.findByRole("button", { name: "Meld av Bjørn Dahl" }));
    const dialog = await screen.findByRole("dialog", { name: "Melde av Bjørn Dahl?" });
    await user.click(within(dialog).getByRole("button", { name: "Meld av" }));
    expect(await screen.findByText("Bjørn Dahl er meldt av.")).toBeVisible();
    expect(api.calls(`POST /api/registrations/${bjorn.id}/cancel`)[0]?.headers.get("if-match")).toBe('"1"');
  });

  it("explains a failed cancel inside the dialog", async () => {
    stubApi({
      ...base(memberOf("COORDINATOR")),
      [`GET /api/runs/${runId}/enrolment`]: json(200, aSummary()),
      [`GET /api/runs/${runId}/registrations`]: json(200, aList()),
      [`POST /api/registrations/${anne.id}/cancel`]: problem(412, "precondition_failed"),
    });
    const { user } = renderApp(`/runs/${runId}/participants`);
    await user.click(await screen.findByRole("button", { name: "Meld av Anne Berg" }));
    const dialog = await screen.findByRole("dialog", { name: "Melde av Anne Berg?" });
    await user.click(within(dialog).getByRole("button", { name: "Meld av" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Noen andre har endret dette i mellomtiden.");
  });
});
