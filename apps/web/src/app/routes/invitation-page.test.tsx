import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { anInvitationPreview, aToken } from "../../test/account-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const signedOut = {
  "GET /api/auth/session": problem(401, "unauthenticated"),
  "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
};
const noCourses = { "GET /api/courses": json(200, { items: [], nextCursor: null }) };
const tokenKey = "sidestilt.invitationToken";

describe("invitation page", () => {
  beforeEach(() => sessionStorage.clear());

  it("creates the account with name and password, starts the session and goes to the courses", async () => {
    const session = aSession({ csrfToken: "new-session-token" });
    const api = stubApi({
      ...signedOut,
      ...noCourses,
      "POST /api/invitations/preview": json(200, anInvitationPreview()),
      "POST /api/invitations/accept": json(200, session),
      "POST /api/auth/sign-out": new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp(`/invitation#${aToken}`);

    expect(await screen.findByRole("heading", { level: 1, name: "Velkommen til Sidestilt" })).toBeInTheDocument();
    await screen.findByRole("heading", { level: 2, name: "Lag kontoen din" });
    expect(screen.getByText("LMS Haukeland")).toBeInTheDocument();
    expect(screen.getByText("Brukerrepresentant")).toBeInTheDocument();
    expect(screen.getByText("Ola Koordinator")).toBeInTheDocument();
    expect(screen.getByLabelText("Navn")).toHaveValue("Kari Nordmann");

    await user.clear(screen.getByLabelText("Navn"));
    await user.type(screen.getByLabelText("Navn"), "Kari N. Nordmann");
    await user.type(screen.getByLabelText("Passord"), "et langt passord");
    await user.type(screen.getByLabelText("Gjenta passordet"), "et langt passord");
    await user.click(screen.getByRole("button", { name: "Godta invitasjonen" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses");
    expect(screen.getByText("Logget inn som Kari Nordmann")).toBeInTheDocument();
    expect(api.calls("POST /api/invitations/preview")[0]?.body).toEqual({ token: aToken });
    expect(api.calls("POST /api/invitations/accept")[0]?.body).toEqual({
      token: aToken,
      name: "Kari N. Nordmann",
      password: "et langt passord",
    });
    expect(api.requests.every((request) => !request.url.href.includes(aToken))).toBe(true);
    expect(sessionStorage.getItem(tokenKey)).toBeNull();

    // The session's CSRF token replaced the anonymous one.
    await user.click(screen.getByRole("button", { name: "Logg ut" }));
    await screen.findByRole("heading", { level: 1, name: "Logg inn" });
    expect(api.calls("POST /api/auth/sign-out")[0]?.headers.get("x-csrf-token")).toBe("new-session-token");
  });

  it("checks the passwords before sending", async () => {
    const api = stubApi({ ...signedOut, "POST /api/invitations/preview": json(200, anInvitationPreview()) });
    const { user } = renderApp(`/invitation#${aToken}`);
    await user.type(await screen.findByLabelText("Passord"), "et langt passord");
    await user.type(screen.getByLabelText("Gjenta passordet"), "et annet passord");
    await user.click(screen.getByRole("button", { name: "Godta invitasjonen" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Gjenta passordet")).toHaveAccessibleDescription(
        "Passordene er ikke like. Skriv det samme passordet i begge feltene.",
      ),
    );
    expect(api.calls("POST /api/invitations/accept")).toHaveLength(0);
  });

  it.each([
    [404, "invitation_invalid", "Vi fant ikke invitasjonen. Sjekk at du brukte hele lenken fra e-posten."],
    [410, "invitation_expired", "Invitasjonen er utløpt. Be koordinatoren om å sende en ny."],
    [410, "invitation_revoked", "Invitasjonen er trukket tilbake. Ta kontakt med koordinatoren."],
  ] as const)("explains a preview answered %i %s", async (status, code, message) => {
    stubApi({ ...signedOut, "POST /api/invitations/preview": problem(status, code) });
    renderApp(`/invitation#${aToken}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Vi kunne ikke åpne invitasjonen");
    expect(alert).toHaveTextContent(message);
    expect(screen.queryByRole("button", { name: "Godta invitasjonen" })).not.toBeInTheDocument();
  });

  it("sends the holder of a used invitation to sign in", async () => {
    stubApi({ ...signedOut, "POST /api/invitations/preview": problem(410, "invitation_used") });
    renderApp(`/invitation#${aToken}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Invitasjonen er allerede brukt. Logg inn med kontoen din.");
    expect(within(alert).getByRole("link", { name: "Gå til innloggingen" })).toHaveAttribute("href", "/sign-in");
  });

  it("explains account_exists on accepting, with a way to sign in and come back", async () => {
    stubApi({
      ...signedOut,
      "POST /api/invitations/preview": json(200, anInvitationPreview()),
      "POST /api/invitations/accept": problem(409, "account_exists"),
    });
    const { user } = renderApp(`/invitation#${aToken}`);
    await user.type(await screen.findByLabelText("Passord"), "et langt passord");
    await user.type(screen.getByLabelText("Gjenta passordet"), "et langt passord");
    await user.click(screen.getByRole("button", { name: "Godta invitasjonen" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Vi kunne ikke godta invitasjonen");
    expect(alert).toHaveTextContent("Det finnes allerede en konto med denne e-postadressen.");
    expect(within(alert).getByRole("link", { name: "Logg inn for å godta" })).toHaveAttribute(
      "href",
      "/sign-in?returnTo=%2Finvitation",
    );
    expect(screen.getByLabelText("Passord")).toHaveValue("et langt passord");
  });

  it("lets an existing account sign in and accept, keeping the token out of the URL", async () => {
    const api = stubApi({
      ...signedOut,
      ...noCourses,
      "POST /api/invitations/preview": json(200, anInvitationPreview({ accountExists: true })),
      "POST /api/auth/sign-in": json(200, aSession()),
      "POST /api/invitations/accept": json(200, aSession({ csrfToken: "after-accept" })),
    });
    const { user, router } = renderApp(`/invitation#${aToken}`);
    expect(await screen.findByRole("heading", { level: 2, name: "Du har allerede en konto" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Passord")).not.toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Logg inn for å godta" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?returnTo=%2Finvitation");
    expect(sessionStorage.getItem(tokenKey)).toBe(aToken);

    await user.type(screen.getByLabelText("E-post"), "kari@example.no");
    await user.type(screen.getByLabelText("Passord"), "hemmelig");
    await user.click(screen.getByRole("button", { name: "Logg inn" }));

    expect(
      await screen.findByText(
        "Du er logget inn som Kari Nordmann. Godtar du invitasjonen, får kontoen din den nye rollen.",
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/invitation");
    expect(router.state.location.hash).toBe("");
    await user.click(screen.getByRole("button", { name: "Godta invitasjonen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(api.calls("POST /api/invitations/accept")[0]?.body).toEqual({ token: aToken });
    expect(api.calls("POST /api/invitations/preview").map((request) => request.body)).toEqual([
      { token: aToken },
      { token: aToken },
    ]);
    expect(sessionStorage.getItem(tokenKey)).toBeNull();
  });

  it("asks someone signed in as another person to sign out first", async () => {
    stubApi({
      "GET /api/auth/session": json(
        200,
        aSession({ person: { ...aSession().person, email: "ola@example.no", name: "Ola" } }),
      ),
      "POST /api/invitations/preview": json(200, anInvitationPreview()),
      "POST /api/auth/sign-out": new Response(null, { status: 204 }),
      "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
    });
    const { user, router } = renderApp(`/invitation#${aToken}`);
    expect(
      await screen.findByText(/Du er logget inn som Ola, men invitasjonen er sendt til en annen e-postadresse\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Godta invitasjonen" })).not.toBeInTheDocument();

    const main = screen.getByRole("main");
    await user.click(within(main).getByRole("button", { name: "Logg ut" }));
    expect(await screen.findByLabelText("Gjenta passordet")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/invitation");
  });

  it("offers to sign out when the server finds the invitation meant for another account", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "POST /api/invitations/preview": json(200, anInvitationPreview({ accountExists: true })),
      "POST /api/invitations/accept": problem(409, "invitation_foreign"),
    });
    const { user } = renderApp(`/invitation#${aToken}`);
    await user.click(await screen.findByRole("button", { name: "Godta invitasjonen" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Invitasjonen gjelder en annen person.");
    expect(within(alert).getByRole("button", { name: "Logg ut" })).toBeInTheDocument();
  });

  it("says what to do when the link has no token", async () => {
    stubApi(signedOut);
    renderApp("/invitation");
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken mangler invitasjonskoden.");
  });
});
