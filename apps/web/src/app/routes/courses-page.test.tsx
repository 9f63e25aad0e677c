import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aCourse, aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const signedIn = { "GET /api/auth/session": json(200, aSession()) };

describe("courses page", () => {
  it("renders a card per course with translated labels and a formatted date", async () => {
    stubApi({
      ...signedIn,
      "GET /api/courses": json(200, {
        items: [
          aCourse({ title: "Leve med KOLS" }),
          aCourse({
            title: "Mestring av smerte",
            targetGroup: "RELATIVES",
            format: "DIGITAL",
            enrolment: "DIRECT",
            nextRun: null,
            diagnosis: null,
          }),
        ],
        nextCursor: null,
      }),
    });
    renderApp("/courses");

    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    const cards = await screen.findAllByTestId("course-card");
    expect(cards).toHaveLength(2);
    const [kols, pain] = cards as [HTMLElement, HTMLElement];
    expect(within(kols).getByRole("heading", { level: 2, name: "Leve med KOLS" })).toBeInTheDocument();
    expect(kols).toHaveTextContent("KursansvarligeKari Nordmann og Ola Nordmann");
    expect(kols).toHaveTextContent("MålgruppePasienter og pårørende");
    expect(kols).toHaveTextContent("KursformFysisk oppmøte");
    expect(kols).toHaveTextContent("PåmeldingKrever henvisning");
    expect(kols).toHaveTextContent("Neste gjennomføring12. januar 2027");
    expect(kols).toHaveTextContent("StatusUnder planlegging");
    expect(within(kols).getByText("12. januar 2027")).toHaveAttribute("datetime", "2027-01-12");
    expect(pain).toHaveTextContent("MålgruppePårørende");
    expect(pain).toHaveTextContent("KursformDigitalt");
    expect(pain).toHaveTextContent("Neste gjennomføringIkke planlagt ennå");
    expect(pain).not.toHaveTextContent("Diagnose");
    expect(screen.getByRole("status")).toHaveTextContent("Viser 2 kurs");
    expect(screen.queryByRole("button", { name: "Vis flere kurs" })).not.toBeInTheDocument();
    expect(document.title).toBe("Kursene dine – Sidestilt");
  });

  it("explains what to do next when there are no courses", async () => {
    stubApi({ ...signedIn, "GET /api/courses": json(200, { items: [], nextCursor: null }) });
    renderApp("/courses");
    expect(await screen.findByRole("heading", { level: 2, name: "Du har ingen kurs ennå" })).toBeInTheDocument();
    expect(screen.getByText(/ta kontakt med koordinatoren i enheten din/)).toBeInTheDocument();
    expect(screen.queryByTestId("course-card")).not.toBeInTheDocument();
  });

  it("loads the next page with the cursor", async () => {
    const api = stubApi({
      ...signedIn,
      "GET /api/courses": [
        json(200, { items: [aCourse({ title: "Første" })], nextCursor: "cursor-2" }),
        json(200, { items: [aCourse({ title: "Andre" })], nextCursor: null }),
      ],
    });
    const { user } = renderApp("/courses");
    await user.click(await screen.findByRole("button", { name: "Vis flere kurs" }));

    expect(await screen.findByRole("heading", { level: 2, name: "Andre" })).toBeInTheDocument();
    expect(screen.getAllByTestId("course-card")).toHaveLength(2);
    const cursors = api.calls("GET /api/courses").map((request) => request.url.searchParams.get("cursor"));
    expect(cursors).toEqual([null, "cursor-2"]);
    expect(api.calls("GET /api/courses")[0]?.url.searchParams.get("limit")).toBe("25");
    expect(screen.queryByRole("button", { name: "Vis flere kurs" })).not.toBeInTheDocument();
  });

  it("shows a translated error with a retry that works", async () => {
    let healthy = false;
    stubApi({
      ...signedIn,
      "GET /api/courses": () =>
        healthy
          ? json(200, { items: [aCourse({ title: "Etter feil" })], nextCursor: null })
          : problem(503, "service_unavailable"),
    });
    const { user } = renderApp("/courses");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Vi kunne ikke hente kursene.");
    expect(alert).toHaveTextContent("Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.");
    healthy = true;
    await user.click(within(alert).getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Etter feil" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("sends someone who is not signed in to the sign-in page and back after signing in", async () => {
    stubApi({
      "GET /api/auth/session": problem(401, "unauthenticated"),
      "GET /api/auth/csrf": json(200, { csrfToken: "anonymous" }),
      "POST /api/auth/sign-in": json(200, aSession()),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { user, router } = renderApp("/courses?view=all");
    expect(await screen.findByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent("/courses?view=all")}`);

    await user.type(screen.getByLabelText("E-post"), "kari@example.no");
    await user.type(screen.getByLabelText("Passord"), "hemmelig");
    await user.click(screen.getByRole("button", { name: "Logg inn" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe("/courses?view=all");
  });

  it("goes to the sign-in page with a message when the session ends, and comes back after signing in", async () => {
    stubApi({
      ...signedIn,
      "GET /api/auth/csrf": json(200, { csrfToken: "anonymous" }),
      "POST /api/auth/sign-in": json(200, aSession()),
      "GET /api/courses": [
        json(200, { items: [aCourse()], nextCursor: "cursor-2" }),
        problem(401, "unauthenticated"),
        json(200, { items: [aCourse({ title: "Igjen" })], nextCursor: null }),
      ],
    });
    const { user, router } = renderApp("/courses");
    await user.click(await screen.findByRole("button", { name: "Vis flere kurs" }));

    expect(await screen.findByText(/Økten din er avsluttet/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Logg inn" })).toHaveFocus();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(screen.queryByRole("button", { name: "Logg ut" })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("E-post"), "kari@example.no");
    await user.type(screen.getByLabelText("Passord"), "hemmelig");
    await user.click(screen.getByRole("button", { name: "Logg inn" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Igjen" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses");
  });

  it("signs out and drops the cached token", async () => {
    const api = stubApi({
      ...signedIn,
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
      "POST /api/auth/sign-out": new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp("/courses");
    await user.click(await screen.findByRole("button", { name: "Logg ut" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Logg inn" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(api.calls("POST /api/auth/sign-out")[0]?.headers.get("x-csrf-token")).toBe("session-csrf-token");
    // Signed out, the menu offers only the public catalogue.
    const nav = screen.getByRole("navigation", { name: "Hovedmeny" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Kurskatalog"]);
  });
});
