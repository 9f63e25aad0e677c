import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aToken } from "../../test/account-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

const signedOut = {
  "GET /api/auth/session": problem(401, "unauthenticated"),
  "GET /api/auth/csrf": json(200, { csrfToken: "anonymous-csrf-token" }),
};
const accepted = () => new Response(null, { status: 202 });
const noContent = () => new Response(null, { status: 204 });

describe("forgotten password", () => {
  it("answers every address with the same neutral confirmation", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/password-reset": accepted });
    const { user } = renderApp("/forgot-password");
    await user.type(await screen.findByLabelText("E-post"), " Kari@Example.no");
    await user.click(screen.getByRole("button", { name: "Send lenke" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Sjekk e-posten din" })).toHaveFocus();
    expect(
      screen.getByText(/^Hvis det finnes en konto med denne adressen, har vi sendt en lenke for å lage nytt passord\./),
    ).toHaveTextContent("Lenken virker i 60 minutter.");
    expect(screen.getByRole("link", { name: "Tilbake til innloggingen" })).toHaveAttribute("href", "/sign-in");
    const [request] = api.calls("POST /api/auth/password-reset");
    expect(request?.body).toEqual({ email: "kari@example.no" });
    expect(request?.headers.get("x-csrf-token")).toBe("anonymous-csrf-token");
  });

  it("checks the address before sending it", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/password-reset": accepted });
    const { user } = renderApp("/forgot-password");
    await user.type(await screen.findByLabelText("E-post"), "kari@");
    await user.click(screen.getByRole("button", { name: "Send lenke" }));
    await waitFor(() =>
      expect(screen.getByLabelText("E-post")).toHaveAccessibleDescription(
        "Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.",
      ),
    );
    expect(api.calls("POST /api/auth/password-reset")).toHaveLength(0);
  });
});

describe("reset password", () => {
  async function fillIn(user: ReturnType<typeof renderApp>["user"], password: string, repeat: string) {
    if (password) await user.type(await screen.findByLabelText("Nytt passord"), password);
    if (repeat) await user.type(screen.getByLabelText("Gjenta det nye passordet"), repeat);
    await user.click(screen.getByRole("button", { name: "Lagre det nye passordet" }));
  }

  it("catches passwords that differ or are too short before sending anything", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/password-reset/complete": noContent });
    const { user } = renderApp(`/reset-password#${aToken}`);
    await fillIn(user, "et langt passord", "et langt passsord");
    await waitFor(() =>
      expect(screen.getByLabelText("Gjenta det nye passordet")).toHaveAccessibleDescription(
        "Passordene er ikke like. Skriv det samme passordet i begge feltene.",
      ),
    );
    expect(screen.getByLabelText("Nytt passord")).not.toHaveAttribute("aria-invalid");

    await user.clear(screen.getByLabelText("Nytt passord"));
    await user.clear(screen.getByLabelText("Gjenta det nye passordet"));
    await fillIn(user, "kort", "kort");
    await waitFor(() =>
      expect(screen.getByLabelText("Nytt passord")).toHaveAccessibleDescription(
        expect.stringContaining("Passordet må ha minst 10 tegn."),
      ),
    );
    expect(api.calls("POST /api/auth/password-reset/complete")).toHaveLength(0);
  });

  it("sends the token from the fragment in the body and confirms with a way to sign in", async () => {
    const api = stubApi({ ...signedOut, "POST /api/auth/password-reset/complete": noContent });
    const { user } = renderApp(`/reset-password#${aToken}`);
    await fillIn(user, "et langt passord", "et langt passord");

    expect(await screen.findByRole("heading", { level: 2, name: "Passordet er endret" })).toHaveFocus();
    expect(screen.getByRole("link", { name: "Logg inn" })).toHaveAttribute("href", "/sign-in");
    const [request] = api.calls("POST /api/auth/password-reset/complete");
    expect(request?.body).toEqual({ token: aToken, password: "et langt passord" });
    expect(request?.url.search).toBe("");
    expect(api.requests.every((sent) => !sent.url.href.includes(aToken))).toBe(true);
  });

  it("explains an expired or used link (410) and links to a new one", async () => {
    stubApi({ ...signedOut, "POST /api/auth/password-reset/complete": problem(410, "reset_link_invalid") });
    const { user } = renderApp(`/reset-password#${aToken}`);
    await fillIn(user, "et langt passord", "et langt passord");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Lenken for å lage nytt passord er utløpt eller allerede brukt. Be om en ny lenke.",
    );
    const link = screen.getByRole("link", { name: "Be om en ny lenke" });
    expect(link).toHaveAttribute("href", "/forgot-password");
    expect(link).toHaveFocus();
    expect(screen.queryByLabelText("Nytt passord")).not.toBeInTheDocument();
  });

  it("says so when the link has no token", async () => {
    stubApi(signedOut);
    renderApp("/reset-password");
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken er ikke hel.");
    expect(screen.getByRole("link", { name: "Be om en ny lenke" })).toHaveAttribute("href", "/forgot-password");
    expect(screen.queryByLabelText("Nytt passord")).not.toBeInTheDocument();
  });
});
