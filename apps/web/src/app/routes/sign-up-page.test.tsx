import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

const runId = "d0000000-0000-4000-8000-000000000501";

function aCatalogueRun(overrides: Partial<CatalogueRunDetail> = {}): CatalogueRunDetail {
  return {
    runId,
    courseId: "c0000000-0000-4000-8000-000000000501",
    title: "Mestringskurs for pårørende",
    summary: "Et kurs for deg som er pårørende.",
    targetGroup: "RELATIVES",
    ageFrom: null,
    ageTo: null,
    diagnosis: null,
    format: "PHYSICAL",
    languages: ["nb"],
    enrolment: "DIRECT",
    startsOn: "2031-03-04",
    endsOn: "2031-03-18",
    venue: "Helsehuset, Finnsnes",
    capacity: 15,
    feeNok: null,
    lastSignupDay: "2031-03-03",
    owners: [
      {
        id: "a0000000-0000-4000-8000-000000000501",
        name: "Lenvik kommune",
        municipality: "Senja",
        region: "Nord-Norge",
        contactEmail: null,
        contactPhone: null,
      },
    ],
    signup: { state: "open", seatsLeft: 4 },
    sessions: [],
    totalTeachingMinutes: 360,
    ...overrides,
  };
}

const anonymous = {
  "GET /api/auth/session": problem(401, "unauthenticated"),
  "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
};

/** The field's error message, as its accessible description carries it. */
const describedAs = async (label: string | RegExp, message: string) =>
  waitFor(() => expect(screen.getByLabelText(label)).toHaveAccessibleDescription(expect.stringContaining(message)));

describe("signing up from the catalogue", () => {
  it("shows each problem beside its field and in a summary, and sends nothing until they are fixed", async () => {
    const api = stubApi({ ...anonymous, [`GET /api/catalogue/runs/${runId}`]: json(200, aCatalogueRun()) });
    const { user } = renderApp(`/catalogue/runs/${runId}/sign-up`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Påmelding: Mestringskurs for pårørende" }),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText("Telefonnummer"), "1234");
    await user.type(screen.getByLabelText("E-post"), "kari@");
    await user.click(screen.getByRole("button", { name: "Meld meg på" }));

    const summary = await screen.findByRole("heading", { name: "Rett opp dette før du sender:" });
    const items = within(summary.closest(".ds-error-summary") as HTMLElement).getAllByRole("link");
    expect(items.map((item) => item.textContent)).toEqual([
      "Fullt navn må fylles ut.",
      "Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.",
      "Skriv inn et gyldig telefonnummer, for eksempel 77 62 60 00.",
      "Velg et av alternativene for Jeg melder meg på som.",
      "Kryss av for at du samtykker.",
    ]);
    await describedAs("Fullt navn", "Fullt navn må fylles ut.");
    await describedAs("E-post", "Skriv inn en gyldig e-postadresse");
    await describedAs("Telefonnummer", "Skriv inn et gyldig telefonnummer");
    await describedAs(/Jeg samtykker/, "Kryss av for at du samtykker.");

    // Neither email nor phone: the rule "at least one" is told on the email field.
    await user.clear(screen.getByLabelText("E-post"));
    await user.clear(screen.getByLabelText("Telefonnummer"));
    await user.type(screen.getByLabelText("Fullt navn"), "Kari Nordmann");
    await user.click(screen.getByRole("radio", { name: /Pårørende/ }));
    await user.click(screen.getByRole("checkbox", { name: /Jeg samtykker/ }));
    await user.click(screen.getByRole("button", { name: "Meld meg på" }));
    await describedAs("E-post", "Fyll ut e-postadresse eller telefonnummer, eller begge.");

    expect(api.calls(`POST /api/catalogue/runs/${runId}/registrations`)).toHaveLength(0);
  });

  it("shows the server's field error beside the field, and sends the same Idempotency-Key when the same form is sent again", async () => {
    const api = stubApi({
      ...anonymous,
      [`GET /api/catalogue/runs/${runId}`]: json(200, aCatalogueRun()),
      [`POST /api/catalogue/runs/${runId}/registrations`]: [
        problem(503, "service_unavailable"),
        problem(409, "already_registered", {
          errors: [{ field: "email", code: "already_registered", message: "Already signed up for this run" }],
        }),
      ],
    });
    const { user } = renderApp(`/catalogue/runs/${runId}/sign-up`);
    await user.type(await screen.findByLabelText("Fullt navn"), "Kari Nordmann");
    await user.type(screen.getByLabelText("E-post"), "Kari@Example.no");
    await user.click(screen.getByRole("radio", { name: /Pasient/ }));
    await user.click(screen.getByRole("checkbox", { name: /Jeg samtykker/ }));
    await user.click(screen.getByRole("button", { name: "Meld meg på" }));

    expect(await screen.findByText(/Vi kunne ikke sende påmeldingen\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Meld meg på" }));
    await describedAs("E-post", "Denne e-postadressen er allerede påmeldt dette kurset.");

    const [first, retry] = api.calls(`POST /api/catalogue/runs/${runId}/registrations`);
    expect(first?.body).toEqual({
      name: "Kari Nordmann",
      email: "kari@example.no",
      phone: null,
      participantRole: "PATIENT",
      interpreterLanguage: null,
      accessibilityNeeds: null,
      consent: true,
      locale: "nb",
    });
    expect(first?.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
    expect(retry?.headers.get("idempotency-key")).toBe(first?.headers.get("idempotency-key"));
    expect(first?.headers.get("x-csrf-token")).toBe("anonymous-csrf-token");
  });

  it("says plainly that the person is on the waiting list as number N, and that an email is coming", async () => {
    stubApi({
      ...anonymous,
      [`GET /api/catalogue/runs/${runId}`]: json(200, aCatalogueRun({ signup: { state: "waiting_list", waiting: 2 } })),
      [`POST /api/catalogue/runs/${runId}/registrations`]: json(201, { status: "WAITING", position: 3 }),
    });
    const { user } = renderApp(`/catalogue/runs/${runId}/sign-up`);
    expect(await screen.findByText(/Kurset er fullt\. Melder du deg på nå, kommer du på venteliste\./)).toBeVisible();
    await user.type(screen.getByLabelText("Fullt navn"), "Ola Nordmann");
    await user.type(screen.getByLabelText("E-post"), "ola@example.no");
    await user.click(screen.getByRole("radio", { name: /Pårørende/ }));
    await user.click(screen.getByRole("checkbox", { name: /Jeg samtykker/ }));
    await user.click(screen.getByRole("button", { name: "Meld meg på" }));

    const heading = await screen.findByRole("heading", { level: 2, name: "Du står på venteliste" });
    expect(heading).toHaveFocus();
    expect(screen.getByText("Du er nummer 3 på ventelisten til Mestringskurs for pårørende.")).toBeVisible();
    expect(screen.getByText(/Om litt får du en e-post med en personlig lenke/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Meld meg på" })).toBeNull();
  });

  it("offers no form for a run that takes referrals", async () => {
    stubApi({
      ...anonymous,
      [`GET /api/catalogue/runs/${runId}`]: json(
        200,
        aCatalogueRun({ enrolment: "REFERRAL", signup: { state: "referral" } }),
      ),
    });
    renderApp(`/catalogue/runs/${runId}/sign-up`);
    expect(await screen.findByText(/Dette kurset krever henvisning/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Meld meg på" })).toBeNull();
  });
});
