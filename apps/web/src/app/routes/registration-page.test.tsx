import type { ParticipantRegistration } from "@sidestilt/domain/registration.schema";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

const token = "pEr5oNaL-link-token-0123456789abcdefghijklmno";

function aRegistration(overrides: Partial<ParticipantRegistration> = {}): ParticipantRegistration {
  return {
    name: "Kari Nordmann",
    courseTitle: "Mestringskurs for pårørende",
    startsOn: "2031-03-04",
    endsOn: "2031-03-18",
    venue: "Helsehuset, Finnsnes",
    digital: false,
    status: "CONFIRMED",
    position: null,
    offerExpiresAt: null,
    abilities: { canCancel: true, canAcceptOffer: false },
    ...overrides,
  };
}

const anonymous = {
  "GET /api/auth/session": problem(401, "unauthenticated"),
  "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
};

describe("the personal link", () => {
  it("shows the registration and cancels it after asking, posting the token from the fragment", async () => {
    const api = stubApi({
      ...anonymous,
      "POST /api/registrations/lookup": json(200, aRegistration()),
      "POST /api/registrations/cancel": json(
        200,
        aRegistration({ status: "CANCELLED", abilities: { canCancel: false, canAcceptOffer: false } }),
      ),
    });
    const { user } = renderApp(`/registration#${token}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Påmeldingen din" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "Mestringskurs for pårørende" })).toBeVisible();
    expect(screen.getByText("Du har plass på kurset.")).toBeVisible();
    expect(screen.getByText("Helsehuset, Finnsnes")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Meld meg av" }));
    const dialog = await screen.findByRole("dialog", { name: "Vil du melde deg av?" });
    // The safe choice has focus first.
    expect(within(dialog).getByRole("button", { name: "Nei, jeg vil være med" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Ja, meld meg av" }));

    expect(await screen.findByText("Du er meldt av kurset.")).toBeVisible();
    expect(screen.getByText(/Du er meldt av\. Har du oppgitt e-post/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Meld meg av" })).toBeNull();
    expect(api.calls("POST /api/registrations/lookup")[0]?.body).toEqual({ token });
    expect(api.calls("POST /api/registrations/cancel")[0]?.body).toEqual({ token });
    // The token never travels in a URL.
    expect(api.requests.every((request) => !request.url.href.includes(token))).toBe(true);
  });

  it("offers a held seat: accept it, or decline it", async () => {
    const offered = aRegistration({
      status: "OFFERED",
      offerExpiresAt: "2031-02-20T11:00:00.000Z",
      abilities: { canCancel: true, canAcceptOffer: true },
    });
    const api = stubApi({
      ...anonymous,
      "POST /api/registrations/lookup": json(200, offered),
      "POST /api/registrations/accept-offer": json(200, aRegistration()),
    });
    const { user } = renderApp(`/registration#${token}`);
    expect(await screen.findByText(/Plassen holdes for deg til 20\. feb\. 2031, 12:00/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Takk nei til plassen" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Ta imot plassen" }));
    expect(await screen.findByText("Du har plass på kurset.")).toBeVisible();
    expect(api.calls("POST /api/registrations/accept-offer")).toHaveLength(1);
  });

  it("explains a refused action, such as an offer that has run out", async () => {
    stubApi({
      ...anonymous,
      "POST /api/registrations/lookup": json(
        200,
        aRegistration({
          status: "OFFERED",
          offerExpiresAt: "2031-02-20T11:00:00.000Z",
          abilities: { canCancel: true, canAcceptOffer: true },
        }),
      ),
      "POST /api/registrations/accept-offer": problem(409, "offer_expired"),
    });
    const { user } = renderApp(`/registration#${token}`);
    await user.click(await screen.findByRole("button", { name: "Ta imot plassen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Tilbudet om plass har gått ut, og plassen er gitt videre.",
    );
  });

  it("explains an unknown link, and a link without its token", async () => {
    stubApi({ ...anonymous, "POST /api/registrations/lookup": problem(404, "registration_link_invalid") });
    renderApp(`/registration#${token}`);
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken virker ikke.");
  });

  it("says so when the token is missing", async () => {
    stubApi(anonymous);
    renderApp("/registration");
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken er ikke hel.");
  });
});
