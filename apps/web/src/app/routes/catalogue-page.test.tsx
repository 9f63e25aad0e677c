import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aCatalogueRun, lenvikId, someFacets } from "../../test/catalogue-fixtures.ts";
import { json, problem, type RecordedRequest, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const anonymous = problem(401, "unauthenticated");

/** The list as the server answers it: a 400 for a reversed window, two pages, or nothing for "ingenting". */
function runsAnswer(request: RecordedRequest): Response {
  const params = request.url.searchParams;
  const from = params.get("from");
  const to = params.get("to");
  if (from && to && to < from) {
    return problem(400, "validation_failed", { errors: [{ field: "to", code: "custom", message: "to_before_from" }] });
  }
  if (params.get("q") === "ingenting") return json(200, { items: [], nextCursor: null });
  if (params.get("cursor") === "c2") {
    return json(200, {
      items: [aCatalogueRun({ title: "Pårørendeskole demens", signup: { state: "waiting_list", waiting: 3 } })],
      nextCursor: null,
    });
  }
  return json(200, {
    items: [
      aCatalogueRun({ title: "KOLS-kurs i kommunen" }),
      aCatalogueRun({
        title: "Startkurs diabetes type 2",
        enrolment: "REFERRAL",
        signup: { state: "referral" },
        feeNok: null,
        format: "DIGITAL",
        venue: null,
      }),
    ],
    nextCursor: "c2",
  });
}

function catalogueApi(session: Response = anonymous) {
  return stubApi({
    "GET /api/auth/session": session,
    "GET /api/catalogue/runs": runsAnswer,
    "GET /api/catalogue/facets": json(200, someFacets()),
  });
}

const lastRunsRequest = (api: ReturnType<typeof stubApi>) => api.calls("GET /api/catalogue/runs").at(-1);

describe("the catalogue page", { timeout: 20_000 }, () => {
  it("sends an anonymous visitor from / to the catalogue, with a link to it and to signing in", async () => {
    catalogueApi();
    const { router } = renderApp("/");
    // The first page of the file loads its code: give it time.
    expect(
      await screen.findByRole("heading", { level: 1, name: "Kurskatalog" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/catalogue");
    const nav = screen.getByRole("navigation", { name: "Hovedmeny" });
    expect(within(nav).getByRole("link", { name: "Kurskatalog" })).toHaveAttribute("href", "/catalogue");
    expect(within(nav).queryByRole("link", { name: "Enheter" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Logg inn for kursplanleggere" })).toHaveAttribute("href", "/sign-in");
    await waitFor(() => expect(document.title).toBe("Kurskatalog – Sidestilt"));
  });

  it("sends a signed-in person from / to their courses, and shows them the catalogue link too", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
    });
    const { router } = renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursene dine" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses");
    const nav = screen.getByRole("navigation", { name: "Hovedmeny" });
    expect(within(nav).getByRole("link", { name: "Kurskatalog" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Logg inn for kursplanleggere" })).not.toBeInTheDocument();
  });

  it("lists the runs as cards with their facts and sign-up state, announces the count and loads more", async () => {
    const api = catalogueApi();
    const { user } = renderApp("/catalogue");
    const list = await screen.findByRole("list", { name: "Kurs" });
    const cards = within(list).getAllByTestId("catalogue-card");
    expect(cards).toHaveLength(2);
    const [kols, diabetes] = cards as [HTMLElement, HTMLElement];
    expect(within(kols).getByRole("heading", { level: 2, name: "KOLS-kurs i kommunen" })).toBeInTheDocument();
    expect(within(kols).getByRole("link", { name: "KOLS-kurs i kommunen" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/catalogue\/runs\/d0000000-/),
    );
    expect(kols).toHaveTextContent("3. februar 2031");
    expect(kols).toHaveTextContent("Finnsnes helsehus");
    expect(kols).toHaveTextContent("Lenvik kommune");
    expect(kols).toHaveTextContent("Ledige plasser: 5");
    expect(kols).toHaveTextContent("Egenandel: 350 kr");
    expect(diabetes).toHaveTextContent("Krever henvisning");
    expect(diabetes).toHaveTextContent("Gratis");
    expect(diabetes).toHaveTextContent("Digitalt – lenke kommer på e-post");
    expect(screen.getByRole("status")).toHaveTextContent("Viser 2 kurs. Det finnes flere.");

    await user.click(screen.getByRole("button", { name: "Vis flere kurs" }));
    expect(await within(list).findByText("Fullt – venteliste")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("3 kurs passer");
    expect(screen.queryByRole("button", { name: "Vis flere kurs" })).not.toBeInTheDocument();
    expect(api.calls("GET /api/catalogue/runs").map((request) => request.url.searchParams.get("cursor"))).toEqual([
      null,
      "c2",
    ]);
  });

  it("reads the search and filters from a shared link and sends them to the API", async () => {
    const api = catalogueApi();
    renderApp(`/catalogue?q=kols&format=DIGITAL&unit=${lenvikId}&diagnosis=none&from=2031-01-01`);
    await screen.findByRole("list", { name: "Kurs" });
    expect(screen.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue("kols");
    expect(screen.getByLabelText("Kursform")).toHaveValue("DIGITAL");
    expect(screen.getByLabelText("Arrangør")).toHaveValue(lenvikId);
    expect(screen.getByLabelText("Diagnose")).toHaveValue("none");
    expect(screen.getByRole("option", { name: "Uavhengig av diagnose" })).toBeInTheDocument();
    expect(screen.getByLabelText("Starter tidligst")).toHaveValue("2031-01-01");
    // Four filters beside the search text, so the panel is open and says so.
    expect(screen.getByText("Filtre (4 valgt)")).toBeInTheDocument();
    const params = lastRunsRequest(api)?.url.searchParams;
    expect(Object.fromEntries(params ?? [])).toEqual({
      q: "kols",
      format: "DIGITAL",
      unit: lenvikId,
      diagnosis: "none",
      from: "2031-01-01",
      limit: "20",
    });
  });

  it("puts a search in the URL, a new history entry each, so that Back returns to the previous one", async () => {
    const api = catalogueApi();
    const { user, router } = renderApp("/catalogue");
    await screen.findByRole("list", { name: "Kurs" });
    await user.type(screen.getByRole("searchbox", { name: "Søk etter kurs" }), "  diabetes ");
    await user.click(screen.getByText("Vis filtre"));
    await user.selectOptions(screen.getByLabelText("Kurset er for"), "Pårørende");
    await user.selectOptions(screen.getByLabelText("Kursform"), "Digitalt");
    await user.click(screen.getByRole("button", { name: "Søk" }));

    await waitFor(() => expect(router.state.location.search).toBe("?q=diabetes&targetGroup=RELATIVES&format=DIGITAL"));
    await waitFor(() => expect(lastRunsRequest(api)?.url.searchParams.get("q")).toBe("diabetes"));
    expect(lastRunsRequest(api)?.url.searchParams.get("targetGroup")).toBe("RELATIVES");
    // The form shows what the URL holds now (trimmed), with the filter panel open.
    await waitFor(() => expect(screen.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue("diabetes"));
    expect(screen.getByText("Filtre (2 valgt)")).toBeInTheDocument();

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(""));
    await waitFor(() => expect(screen.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue(""));
  });

  it("clears the search and filters with one link", async () => {
    catalogueApi();
    const { user, router } = renderApp("/catalogue?q=kols&format=DIGITAL");
    await user.click(await screen.findByRole("link", { name: "Fjern søk og filtre" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    await waitFor(() => expect(screen.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue(""));
    expect(screen.queryByRole("link", { name: "Fjern søk og filtre" })).not.toBeInTheDocument();
  });

  it("explains an empty result and what to try", async () => {
    catalogueApi();
    renderApp("/catalogue?q=ingenting");
    expect(await screen.findByRole("heading", { level: 2, name: "Ingen kurs passer søket ditt" })).toBeInTheDocument();
    expect(screen.getByText("Prøv et annet ord, eller fjern noen av filtrene.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("0 kurs passer");
  });

  it("shows a 400 about a filter beside that filter, in an error summary that links to it", async () => {
    catalogueApi();
    renderApp("/catalogue?from=2031-05-01&to=2031-04-01");
    // The form is drawn again with the answer: look the field up each time.
    await waitFor(() =>
      expect(screen.getByLabelText("Starter senest")).toHaveAccessibleDescription(
        "«Starter senest» kan ikke være før «Starter tidligst».",
      ),
    );
    expect(screen.getByLabelText("Starter senest")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Starter tidligst")).not.toHaveAttribute("aria-invalid");
    expect(
      screen.getByRole("link", { name: "«Starter senest» kan ikke være før «Starter tidligst»." }),
    ).toHaveAttribute("href", "#catalogue-to");
    expect(screen.queryByRole("list", { name: "Kurs" })).not.toBeInTheDocument();
    expect(screen.getByText("Rett opp filtrene ovenfor for å se kursene.")).toBeInTheDocument();
  });

  it("keeps a filter value from a link even when the facets no longer offer it", async () => {
    catalogueApi();
    renderApp("/catalogue?municipality=Bardu");
    await screen.findByRole("list", { name: "Kurs" });
    expect(screen.getByLabelText("Kommune")).toHaveValue("Bardu");
  });
});
