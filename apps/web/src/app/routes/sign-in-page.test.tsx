import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aCourse, aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const signedOut = {
  "GET /api/auth/session": problem(401, "unauthenticated"),
  "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
};

async function fillIn(user: ReturnType<typeof renderApp>["user"], email: string, password: string) {
  await user.type(await screen.findByLabelText("E-post"), email);
  if (password) await user.type(screen.getByLabelText("Passord"), password);
  await user.click(screen.getByRole("button", { name: "Logg inn" }));
}

describe("sign-in page", () => {
  it("shows the field error beside an invalid email, in the error summary, without calling the API", async () => {
    const api = stubApi(signedOut);
    const { user } = renderApp("/sign-in");
    await fillIn(user, "kari@", "hemmelig");

    const email = screen.getByLabelText("E-post");
    const message = "Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.";
    await waitFor(() => expect(email).toHaveAccessibleDescription(message));
    expect(email).toHaveAttribute("aria-invalid", "true");
    const summary = screen.getByRole("group", { name: "For å gå videre må du rette opp følgende:" });
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute("href", "#email");
    expect(screen.getByLabelText("Passord")).not.toHaveAttribute("aria-invalid");
    expect(api.calls("POST /api/auth/sign-in")).toHaveLength(0);
  });

  it("says which fields are required when the form is empty", async () => {
    stubApi(signedOut);
    const { user } = renderApp("/sign-in");
    await user.click(await screen.findByRole("button", { name: "Logg inn" }));
    await waitFor(() => expect(screen.getByLabelText("E-post")).toHaveAccessibleDescription("E-post må fylles ut."));
    expect(screen.getByLabelText("Passord")).toHaveAccessibleDescription("Passord må fylles ut.");
  });

  it("shows one generic message for 401 invalid_credentials, sending the CSRF token", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/sign-in": problem(401, "invalid_credentials") });
    const { user, router } = renderApp("/sign-in");
    await fillIn(user, "Kari@Example.no ", "feil-passord");

    expect(await screen.findByRole("alert")).toHaveTextContent("Feil e-post eller passord.");
    const [request] = api.calls("POST /api/auth/sign-in");
    expect(request?.headers.get("x-csrf-token")).toBe("anonymous-csrf-token");
    expect(request?.body).toEqual({ email: "kari@example.no", password: "feil-passord" });
    expect(screen.getByLabelText("E-post")).not.toHaveAttribute("aria-invalid");
    expect(router.state.location.pathname).toBe("/sign-in");
  });

  it("shows a server-side field error beside the field it names", async () => {
    const errors = [{ field: "password", code: "too_big" as const, message: "Too big" }];
    stubApi({ ...signedOut, "POST /api/auth/sign-in": problem(400, "validation_failed", { errors }) });
    const { user } = renderApp("/sign-in");
    await fillIn(user, "kari@example.no", "x");
    const password = screen.getByLabelText("Passord");
    await waitFor(() => expect(password).toHaveAccessibleDescription("Passord er for lang."));
  });

  it("tells how many minutes to wait after 429 too_many_requests", async () => {
    const tooMany = problem(429, "too_many_requests", { headers: { "retry-after": "90" } });
    stubApi({ ...signedOut, "POST /api/auth/sign-in": tooMany });
    const { user } = renderApp("/sign-in");
    await fillIn(user, "kari@example.no", "hemmelig");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "For mange mislykkede innloggingsforsøk. Prøv igjen om 2 minutter.",
    );
  });

  it("retries once with a fresh token after csrf_failed, then goes to the courses and warns about failed sign-ins", async () => {
    const api = stubApi({
      ...signedOut,
      "GET /api/auth/csrf": [json(200, { csrfToken: "stale" }), json(200, { csrfToken: "fresh" })],
      "POST /api/auth/sign-in": [problem(403, "csrf_failed"), json(200, aSession({ failedSignInsSinceLast: 3 }))],
      "GET /api/courses": json(200, { items: [aCourse()], nextCursor: null }),
    });
    const { user, router } = renderApp("/sign-in");
    await fillIn(user, "kari@example.no", "hemmelig");

    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toHaveFocus();
    expect(router.state.location.pathname).toBe("/courses");
    const tokens = api.calls("POST /api/auth/sign-in").map((request) => request.headers.get("x-csrf-token"));
    expect(tokens).toEqual(["stale", "fresh"]);
    expect(
      screen.getByText("Det har vært 3 mislykkede innloggingsforsøk på kontoen din siden sist."),
    ).toBeInTheDocument();
    expect(screen.getByText("Logget inn som Kari Nordmann")).toBeInTheDocument();
    expect(document.title).toBe("Kursene dine – Sidestilt");
  });

  it("sends a signed-in person on to the courses", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { router } = renderApp("/sign-in");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses");
  });
});

describe("sign-in page: second factor, OpenID provider and forgotten password", () => {
  it("asks for the authenticator code after second_factor_required and resends email, password and code", async () => {
    const api = stubApi({
      ...signedOut,
      "POST /api/auth/sign-in": [
        problem(401, "second_factor_required"),
        problem(401, "invalid_second_factor"),
        json(200, aSession()),
      ],
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { user, router } = renderApp("/sign-in");
    await fillIn(user, "kari@example.no", "hemmelig");

    const code = await screen.findByLabelText("Kode fra autentiseringsappen");
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    expect(code).toHaveAttribute("inputmode", "numeric");
    expect(screen.queryByLabelText("Passord")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await user.type(code, "123456");
    await user.click(screen.getByRole("button", { name: "Bekreft og logg inn" }));
    const wrong = "Koden er feil eller utløpt. Prøv den nyeste koden fra appen.";
    await waitFor(() =>
      expect(screen.getByLabelText("Kode fra autentiseringsappen")).toHaveAccessibleDescription(
        expect.stringContaining(wrong),
      ),
    );
    expect(screen.getByLabelText("Kode fra autentiseringsappen")).toHaveAttribute("aria-invalid", "true");

    await user.clear(screen.getByLabelText("Kode fra autentiseringsappen"));
    await user.type(screen.getByLabelText("Kode fra autentiseringsappen"), "654 321");
    await user.click(screen.getByRole("button", { name: "Bekreft og logg inn" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses");
    expect(api.calls("POST /api/auth/sign-in").map((request) => request.body)).toEqual([
      { email: "kari@example.no", password: "hemmelig" },
      { email: "kari@example.no", password: "hemmelig", totpCode: "123456" },
      { email: "kari@example.no", password: "hemmelig", totpCode: "654321" },
    ]);
  });

  it("checks the code's format before sending it, and can start again with the email kept", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/sign-in": problem(401, "second_factor_required") });
    const { user } = renderApp("/sign-in");
    await fillIn(user, "kari@example.no", "hemmelig");
    await user.type(await screen.findByLabelText("Kode fra autentiseringsappen"), "12ab");
    await user.click(screen.getByRole("button", { name: "Bekreft og logg inn" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Kode fra autentiseringsappen")).toHaveAccessibleDescription(
        expect.stringContaining("Koden har seks sifre."),
      ),
    );
    expect(api.calls("POST /api/auth/sign-in")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Start på nytt" }));
    expect(screen.getByLabelText("E-post")).toHaveValue("kari@example.no");
    expect(screen.getByLabelText("E-post")).toHaveFocus();
    expect(screen.getByLabelText("Passord")).toHaveValue("");
  });

  it("offers the OpenID provider with the safe return path", async () => {
    stubApi({ ...signedOut, "GET /api/auth/options": json(200, { oidc: { displayName: "HelseID" } }) });
    renderApp(`/sign-in?returnTo=${encodeURIComponent("/courses/1?tab=plan")}`);
    const link = await screen.findByRole("link", { name: "Logg inn med HelseID" });
    expect(link.tagName).toBe("A");
    expect(link).toHaveAttribute("href", `/api/auth/oidc/start?returnTo=${encodeURIComponent("/courses/1?tab=plan")}`);
  });

  it("sends a crafted return path through the provider as /courses", async () => {
    stubApi({ ...signedOut, "GET /api/auth/options": json(200, { oidc: { displayName: "ID-porten" } }) });
    renderApp(`/sign-in?returnTo=${encodeURIComponent("//evil.example")}`);
    const link = await screen.findByRole("link", { name: "Logg inn med ID-porten" });
    expect(link).toHaveAttribute("href", "/api/auth/oidc/start?returnTo=%2Fcourses");
  });

  it("shows no provider link when none is configured", async () => {
    const api = stubApi({ ...signedOut, "GET /api/auth/options": json(200, { oidc: null }) });
    renderApp("/sign-in");
    await screen.findByRole("heading", { level: 1, name: "Logg inn" });
    await waitFor(() => expect(api.calls("GET /api/auth/options")).toHaveLength(1));
    expect(screen.queryByRole("link", { name: /Logg inn med/ })).not.toBeInTheDocument();
  });

  it.each([
    [
      "no_account",
      "Vi fant ingen aktiv konto med e-postadressen fra HelseID. Be koordinatoren i enheten din om en invitasjon.",
    ],
    ["email_unverified", "HelseID har ikke bekreftet e-postadressen din"],
    ["cancelled", "Innloggingen hos HelseID ble avbrutt."],
    ["failed", "Noe gikk galt under innloggingen hos HelseID."],
    ["something-else", "Noe gikk galt under innloggingen hos HelseID."],
  ])("explains oidcError=%s in an alert", async (code, message) => {
    stubApi({ ...signedOut, "GET /api/auth/options": json(200, { oidc: { displayName: "HelseID" } }) });
    renderApp(`/sign-in?oidcError=${code}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Innloggingen med HelseID gikk ikke");
    expect(alert).toHaveTextContent(message);
  });

  it("links to the forgotten-password page", async () => {
    stubApi(signedOut);
    const { user, router } = renderApp("/sign-in");
    await user.click(await screen.findByRole("link", { name: "Glemt passordet?" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Glemt passordet" })).toHaveFocus();
    expect(router.state.location.pathname).toBe("/forgot-password");
  });
});
