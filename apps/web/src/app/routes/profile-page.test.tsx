import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { languageStorageKey } from "../../i18n/setup.ts";
import { aProfile } from "../../test/account-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const signedIn = { "GET /api/auth/session": json(200, aSession()) };
const noContent = () => new Response(null, { status: 204 });
const me = (overrides: Parameters<typeof aProfile>[0] = {}) => {
  const profile = aProfile(overrides);
  return json(200, profile, { etag: `"${profile.version}"` });
};

describe("profile page", () => {
  it("is in the main menu and sends someone not signed in to sign in first", async () => {
    stubApi({ ...signedIn, "GET /api/me": me(), "GET /api/courses": json(200, { items: [], nextCursor: null }) });
    const { user, router } = renderApp("/courses");
    const nav = await screen.findByRole("navigation", { name: "Hovedmeny" });
    await user.click(within(nav).getByRole("link", { name: "Profil" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Profilen din" })).toHaveFocus();
    expect(router.state.location.pathname).toBe("/profile");

    stubApi({ "GET /api/auth/session": problem(401, "unauthenticated") });
    const other = renderApp("/profile");
    await waitFor(() => expect(other.router.state.location.pathname).toBe("/sign-in"));
    expect(other.router.state.location.search).toBe("?returnTo=%2Fprofile");
  });

  it("saves name, phone and language with If-Match, and speaks the new language", async () => {
    const api = stubApi({
      ...signedIn,
      "GET /api/me": me(),
      "PUT /api/me": me({ name: "Kari Holm", phone: "912 34 567", locale: "nn", version: 4 }),
    });
    const { user } = renderApp("/profile");
    const name = await screen.findByLabelText("Navn");
    expect(name).toHaveValue("Kari Nordmann");
    expect(screen.getByText("kari@example.no")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Bokmål" })).toBeChecked();

    await user.clear(name);
    await user.type(name, "Kari Holm");
    await user.type(screen.getByLabelText(/^Telefon/), "912 34 567");
    await user.click(screen.getByRole("radio", { name: "Nynorsk" }));
    await user.click(screen.getByRole("button", { name: "Lagre endringene" }));

    expect(await screen.findByText("Endringane er lagra.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Profilen din" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lagre endringane" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nn");
    expect(localStorage.getItem(languageStorageKey)).toBe("nn");
    expect(screen.getByText("Logga inn som Kari Holm")).toBeInTheDocument();
    const [request] = api.calls("PUT /api/me");
    expect(request?.headers.get("if-match")).toBe('"3"');
    expect(request?.body).toEqual({ name: "Kari Holm", phone: "912 34 567", locale: "nn" });
  });

  it("on 412 keeps what was typed, shows the saved version, and saves over it with the new ETag", async () => {
    const api = stubApi({
      ...signedIn,
      "GET /api/me": [me(), me({ name: "Kari Fra Mobilen", phone: "+47 400 00 000", version: 5 })],
      "PUT /api/me": [problem(412, "precondition_failed"), me({ name: "Kari Holm", version: 6 })],
    });
    const { user } = renderApp("/profile");
    const name = await screen.findByLabelText("Navn");
    await user.clear(name);
    await user.type(name, "Kari Holm");
    await user.click(screen.getByRole("button", { name: "Lagre endringene" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Profilen er endret et annet sted");
    expect(alert).toHaveTextContent("Det du har skrevet, er ikke lagret ennå, men det står fortsatt i skjemaet.");
    expect(screen.getByLabelText("Navn")).toHaveValue("Kari Holm");

    await user.click(within(alert).getByRole("button", { name: "Hent den lagrede versjonen" }));
    const latestHeading = await screen.findByRole("heading", { level: 3, name: "Dette er lagret nå" });
    await waitFor(() => expect(latestHeading).toHaveFocus());
    const latest = screen.getByRole("region", { name: "Dette er lagret nå" });
    expect(latest).toHaveTextContent("Kari Fra Mobilen");
    expect(latest).toHaveTextContent("+47 400 00 000");
    // What was typed stays; the field left alone takes the saved value instead of undoing it.
    expect(screen.getByLabelText("Navn")).toHaveValue("Kari Holm");
    expect(screen.getByLabelText(/^Telefon/)).toHaveValue("+47 400 00 000");
    expect(screen.queryByText("Profilen er endret et annet sted")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Lagre endringene" }));
    expect(await screen.findByText("Endringene er lagret.")).toBeInTheDocument();
    expect(api.calls("PUT /api/me").map((request) => request.headers.get("if-match"))).toEqual(['"3"', '"5"']);
    expect(api.calls("PUT /api/me")[1]?.body).toEqual({ name: "Kari Holm", phone: "+47 400 00 000", locale: "nb" });
    expect(screen.queryByRole("region", { name: "Dette er lagret nå" })).not.toBeInTheDocument();
  });

  it("shows an invalid phone number beside the field without saving", async () => {
    const api = stubApi({ ...signedIn, "GET /api/me": me() });
    const { user } = renderApp("/profile");
    await user.type(await screen.findByLabelText(/^Telefon/), "ring meg");
    await user.click(screen.getByRole("button", { name: "Lagre endringene" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Telefon/)).toHaveAccessibleDescription(
        expect.stringContaining("Skriv inn et gyldig telefonnummer, for eksempel 912 34 567."),
      ),
    );
    expect(api.calls("PUT /api/me")).toHaveLength(0);
  });

  it("shows wrong_password beside the current password", async () => {
    const errors = [{ field: "currentPassword", code: "wrong_password" as const, message: "Wrong password" }];
    const api = stubApi({
      ...signedIn,
      "GET /api/me": me(),
      "PUT /api/me/password": [problem(400, "validation_failed", { errors }), noContent],
    });
    const { user } = renderApp("/profile");
    await user.type(await screen.findByLabelText("Nåværende passord"), "feil");
    await user.type(screen.getByLabelText(/^Nytt passord/), "et langt passord");
    await user.type(screen.getByLabelText("Gjenta det nye passordet"), "et langt passord");
    await user.click(screen.getByRole("button", { name: "Endre passordet" }));

    await waitFor(() =>
      expect(screen.getByLabelText("Nåværende passord")).toHaveAccessibleDescription(
        "Passordet er feil. Skriv inn passordet du logger inn med i dag.",
      ),
    );
    expect(screen.getByLabelText(/^Nytt passord/)).not.toHaveAttribute("aria-invalid");
    expect(api.calls("PUT /api/me/password")[0]?.body).toEqual({
      currentPassword: "feil",
      newPassword: "et langt passord",
    });

    await user.clear(screen.getByLabelText("Nåværende passord"));
    await user.type(screen.getByLabelText("Nåværende passord"), "riktig");
    await user.click(screen.getByRole("button", { name: "Endre passordet" }));
    expect(await screen.findByText("Passordet er endret.")).toBeInTheDocument();
    expect(screen.getByLabelText("Nåværende passord")).toHaveValue("");
    expect(screen.getByLabelText(/^Nytt passord/)).toHaveValue("");
  });

  it("turns on two-step verification: QR code, key as text, a wrong code, then the right one", async () => {
    const qrSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    const api = stubApi({
      ...signedIn,
      "GET /api/me": [me(), me({ totpEnabled: true, version: 4 })],
      "PUT /api/me": me({ totpEnabled: true, version: 5 }),
      "POST /api/me/totp/setup": json(200, {
        secret: "JBSWY3DPEHPK3PXP",
        otpauthUri: "otpauth://totp/Sidestilt:kari%40example.no?secret=JBSWY3DPEHPK3PXP&issuer=Sidestilt",
        qrSvg,
      }),
      "POST /api/me/totp/enable": [
        problem(400, "validation_failed", {
          errors: [{ field: "code", code: "invalid_totp_code", message: "Wrong code" }],
        }),
        noContent,
      ],
    });
    const { user } = renderApp("/profile");
    expect(await screen.findByText(/^Totrinnsbekreftelse er slått av\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Slå på totrinnsbekreftelse" }));

    const qr = await screen.findByRole("img", { name: "QR-kode som legger til Sidestilt i autentiseringsappen" });
    expect(qr).toHaveAttribute("src", `data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`);
    expect(screen.getByText("JBSWY3DPEHPK3PXP")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Koble til autentiseringsappen" })).toHaveFocus();

    const code = screen.getByLabelText(/^Kode fra autentiseringsappen/);
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    await user.type(code, "111111");
    await user.click(screen.getByRole("button", { name: "Bekreft og slå på" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Kode fra autentiseringsappen/)).toHaveAccessibleDescription(
        expect.stringContaining("Koden stemmer ikke."),
      ),
    );

    await user.clear(screen.getByLabelText(/^Kode fra autentiseringsappen/));
    await user.type(screen.getByLabelText(/^Kode fra autentiseringsappen/), "222222");
    await user.click(screen.getByRole("button", { name: "Bekreft og slå på" }));
    expect(await screen.findByRole("button", { name: "Slå av totrinnsbekreftelse" })).toBeInTheDocument();
    expect(screen.getByText("Totrinnsbekreftelse er slått på.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Totrinnsbekreftelse" })).toHaveFocus();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(api.calls("POST /api/me/totp/enable").map((request) => request.body)).toEqual([
      { code: "111111" },
      { code: "222222" },
    ]);

    // Turning it on changed the version but nothing in the form: saving the form is no conflict.
    await user.click(screen.getByRole("button", { name: "Lagre endringene" }));
    expect(await screen.findByText("Endringene er lagret.")).toBeInTheDocument();
    expect(api.calls("PUT /api/me")[0]?.headers.get("if-match")).toBe('"4"');
  });

  it("asks for the password to turn two-step verification off", async () => {
    const api = stubApi({
      ...signedIn,
      "GET /api/me": [me({ totpEnabled: true }), me({ totpEnabled: false, version: 4 })],
      "POST /api/me/totp/disable": noContent,
    });
    const { user } = renderApp("/profile");
    await user.click(await screen.findByRole("button", { name: "Slå av totrinnsbekreftelse" }));
    const password = screen.getByLabelText(/^Passord/);
    expect(password).toHaveFocus();
    await user.type(password, "hemmelig");
    await user.click(screen.getByRole("button", { name: "Bekreft og slå av" }));
    expect(await screen.findByText("Totrinnsbekreftelse er slått av.")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Slå på totrinnsbekreftelse" })).toBeInTheDocument();
    expect(api.calls("POST /api/me/totp/disable")[0]?.body).toEqual({ password: "hemmelig" });
  });

  it("links to the data export and lists linked sign-in services", async () => {
    stubApi({
      ...signedIn,
      "GET /api/me": me({
        oidcIdentities: [{ issuer: "https://helseid.example", createdAt: "2026-03-02T09:00:00.000Z" }],
      }),
    });
    renderApp("/profile");
    const download = await screen.findByRole("link", { name: "Last ned dataene mine" });
    expect(download).toHaveAttribute("href", "/api/me/export");
    expect(download).toHaveAttribute("download");
    const providers = screen.getByRole("region", { name: "Innloggingstjenester" });
    expect(within(providers).getByRole("listitem")).toHaveTextContent(
      "https://helseid.example koblet til 2. mars 2026",
    );
  });
});

describe("first language", () => {
  it("speaks the signed-in person's language on app start when none was chosen in this browser", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession({ person: { ...aSession().person, locale: "nn" } })),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    renderApp("/courses");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursa dine" })).toBeInTheDocument();
    expect(localStorage.getItem(languageStorageKey)).toBeNull();
  });

  it("keeps a language chosen in this browser", async () => {
    localStorage.setItem(languageStorageKey, "nb");
    stubApi({
      "GET /api/auth/session": json(200, aSession({ person: { ...aSession().person, locale: "en" } })),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    renderApp("/courses");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
  });

  it("switches to the person's language after signing in", async () => {
    stubApi({
      "GET /api/auth/session": problem(401, "unauthenticated"),
      "GET /api/auth/csrf": json(200, { csrfToken: "anonymous" }),
      "POST /api/auth/sign-in": json(200, aSession({ person: { ...aSession().person, locale: "en" } })),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { user } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText("E-post"), "kari@example.no");
    await user.type(screen.getByLabelText("Passord"), "hemmelig");
    await user.click(screen.getByRole("button", { name: "Logg inn" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your courses" })).toBeInTheDocument();
    expect(localStorage.getItem(languageStorageKey)).toBeNull();
  });
});
