import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aCatalogueRun, aCatalogueRunDetail, someFacets } from "../../test/catalogue-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

function runApi(run: CatalogueRunDetail | Response) {
  return stubApi({
    "GET /api/auth/session": problem(401, "unauthenticated"),
    [`GET /api/catalogue/runs/${run instanceof Response ? "missing" : run.runId}`]:
      run instanceof Response ? run : json(200, run),
    "GET /api/catalogue/runs": json(200, {
      items: [aCatalogueRun({ title: "KOLS-kurs i kommunen" })],
      nextCursor: null,
    }),
    "GET /api/catalogue/facets": json(200, someFacets()),
  });
}

const page = async (title: string) => screen.findByRole("heading", { level: 1, name: title }, { timeout: 5000 });

describe("the public course page", { timeout: 20_000 }, () => {
  it("tells who it is for, where and when, the fee, the programme and how to reach the organiser", async () => {
    const run = aCatalogueRunDetail({ ageFrom: 17, ageTo: 26, languages: ["nb", "se"] });
    runApi(run);
    renderApp(`/catalogue/runs/${run.runId}`);
    expect(await page("KOLS-kurs i kommunen")).toBeInTheDocument();
    const facts = screen.getByText("Når").closest("dl") as HTMLElement;
    expect(facts).toHaveTextContent("3. februar 2031");
    expect(facts).toHaveTextContent("Pasienter, 17–26 år");
    expect(facts).toHaveTextContent("Norsk bokmål og Nordsamisk");
    expect(facts).toHaveTextContent("Egenandel: 350 kr");
    expect(facts).toHaveTextContent("12 plasser");
    expect(facts).toHaveTextContent("Ledige plasser: 5");

    const programme = screen.getByRole("region", { name: "Program: dette lærer du" });
    expect(programme).toHaveTextContent("2 samlinger, til sammen 4 timer 15 min undervisning.");
    expect(
      within(programme).getByRole("heading", { level: 3, name: "Samling 1: mandag 3. februar 2031" }),
    ).toBeInTheDocument();
    expect(programme).toHaveTextContent("Kl. 10:00–14:00 · Finnsnes helsehus, møterom 2");
    expect(programme).toHaveTextContent("Hva er KOLS? (Faginnlegg, 45 min)");
    expect(programme).toHaveTextContent("Pusteteknikker (Øvelse, 1 time 30 min)");
    expect(programme).toHaveTextContent("Kl. 18:00–19:30 · Digitalt – lenke kommer på e-post");
    expect(
      within(programme).getByRole("link", { name: "Last ned samlingene til kalenderen din (.ics)" }),
    ).toHaveAttribute("href", `/api/catalogue/runs/${run.runId}/calendar.ics`);

    const contact = screen.getByRole("region", { name: "Spørsmål om kurset?" });
    expect(within(contact).getByRole("link", { name: "lms@lenvik.example" })).toHaveAttribute(
      "href",
      "mailto:lms@lenvik.example",
    );
    expect(within(contact).getByRole("link", { name: "+47 77 87 00 00" })).toHaveAttribute("href", "tel:+4777870000");
    await waitFor(() => expect(document.title).toBe("KOLS-kurs i kommunen – Sidestilt"));
  });

  it("offers a direct run's sign-up prominently, with the deadline", async () => {
    const run = aCatalogueRunDetail();
    runApi(run);
    renderApp(`/catalogue/runs/${run.runId}`);
    const join = within(await screen.findByTestId("catalogue-join", {}, { timeout: 5000 }));
    expect(join.getByRole("heading", { level: 2, name: "Slik melder du deg på" })).toBeInTheDocument();
    expect(join.getByText("Det er 5 ledige plasser.")).toBeInTheDocument();
    expect(join.getByText("Påmeldingsfrist: 2. februar 2031.")).toBeInTheDocument();
    expect(join.getByRole("link", { name: "Meld deg på" })).toHaveAttribute(
      "href",
      `/catalogue/runs/${run.runId}/sign-up`,
    );
  });

  it("offers the waiting list when a direct run is full", async () => {
    const run = aCatalogueRunDetail({ signup: { state: "waiting_list", waiting: 3 } });
    runApi(run);
    renderApp(`/catalogue/runs/${run.runId}`);
    const join = within(await screen.findByTestId("catalogue-join", {}, { timeout: 5000 }));
    expect(join.getByText(/Kurset er fullt/)).toBeInTheDocument();
    expect(join.getByRole("link", { name: "Meld deg på ventelisten" })).toHaveAttribute(
      "href",
      `/catalogue/runs/${run.runId}/sign-up`,
    );
  });

  it("tells who to ask for a referral, with no sign-up link", async () => {
    const run = aCatalogueRunDetail({ enrolment: "REFERRAL", signup: { state: "referral" }, format: "DIGITAL" });
    runApi(run);
    renderApp(`/catalogue/runs/${run.runId}`);
    const join = within(await screen.findByTestId("catalogue-join", {}, { timeout: 5000 }));
    expect(
      join.getByText(
        "Dette kurset krever henvisning. Be fastlegen din eller behandleren din om å henvise deg til Lenvik kommune.",
      ),
    ).toBeInTheDocument();
    expect(join.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.getAllByText("Digitalt – lenke kommer på e-post").length).toBeGreaterThan(0);
  });

  it("says why sign-up is closed", async () => {
    const run = aCatalogueRunDetail({ signup: { state: "closed", reason: "deadline_passed" } });
    runApi(run);
    renderApp(`/catalogue/runs/${run.runId}`);
    const join = within(await screen.findByTestId("catalogue-join", {}, { timeout: 5000 }));
    expect(join.getByText("Påmeldingsfristen er ute.")).toBeInTheDocument();
    expect(join.queryByRole("link")).not.toBeInTheDocument();
  });

  it("explains a run that is not in the catalogue, with the way back", async () => {
    runApi(problem(404, "not_found"));
    renderApp("/catalogue/runs/missing");
    expect(await page("Fant ikke kurset")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Kurset finnes ikke i katalogen" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Tilbake til kurskatalogen" })).toHaveAttribute("href", "/catalogue");
  });

  it("goes back to the search the visitor came from", async () => {
    const run = aCatalogueRunDetail();
    stubApi({
      "GET /api/auth/session": problem(401, "unauthenticated"),
      "GET /api/catalogue/runs": json(200, { items: [aCatalogueRun({ runId: run.runId })], nextCursor: null }),
      "GET /api/catalogue/facets": json(200, someFacets()),
      [`GET /api/catalogue/runs/${run.runId}`]: json(200, run),
    });
    const { user, router } = renderApp("/catalogue?q=kols");
    await user.click(await screen.findByRole("link", { name: "KOLS-kurs i kommunen" }, { timeout: 5000 }));
    await page("KOLS-kurs i kommunen");
    expect(screen.getByRole("link", { name: "Tilbake til kurskatalogen" })).toHaveAttribute(
      "href",
      "/catalogue?q=kols",
    );
    await user.click(screen.getByRole("link", { name: "Tilbake til kurskatalogen" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=kols"));
  });
});
