import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { collectionId, resultsByRole, someResults } from "../../test/evaluation-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aRunDetail, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// A closed course evaluation's results, as the working group reads them: each question a table that is
// its chart too, with the rule of five shown in words (merged answers, hidden options, too few).

const firstLoad = { timeout: 5_000 };
const resultsPath = `/api/evaluation-collections/${collectionId}/results`;

function resultsApi(answers: Record<string, Response> = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail({ phase: "EVALUATION" }), { etag: '"5"' }),
    [`GET ${resultsPath}`]: (request) => {
      const breakdown = request.url.searchParams.get("breakdown") ?? "";
      return (answers[breakdown] ?? json(200, someResults())).clone();
    },
  });
}

const pageUrl = (query = "") => `/runs/${runId}/evaluation/${collectionId}/results${query}`;

/** The rows of a table as text, cell by cell. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.replace(/\s+/g, " ").trim()));

describe("evaluation results", () => {
  it("shows each question as a table with counts, shares, means and the rule of five in words", async () => {
    resultsApi();
    renderApp(pageUrl());
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Evalueringsresultater: Startkurs diabetes type 2" },
        firstLoad,
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "Resultater: Kursevaluering" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "11 deltakere svarte på skjemaet for gjennomføringen som startet 12. januar 2027 (versjon 2 av skjemaet).",
      ),
    ).toBeInTheDocument();

    // A 0–10 scale: merged cells by value, the mean in Norwegian number format.
    const overall = screen.getByRole("region", { name: "Hvor nyttig var kurset for deg, alt i alt?" });
    const scale = within(overall).getByRole("table", { name: "Svarene fra 11 som svarte på spørsmålet" });
    expect(rowsOf(scale)).toEqual([
      ["Svar", "Antall", "Andel"],
      ["0–7", "5", "45 %"],
      ["8–10", "6", "55 %"],
    ]);
    expect(within(overall).getByText(/Gjennomsnitt 7,8 \(standardavvik 1,2\)\./)).toBeInTheDocument();
    // The bars are decoration: hidden from assistive technology.
    for (const bar of overall.querySelectorAll("svg")) expect(bar).toHaveAttribute("aria-hidden", "true");

    // Likert levels by name.
    const relevance = screen.getByRole("region", { name: "Hvor relevant var innholdet?" });
    expect(rowsOf(within(relevance).getByRole("table"))).toEqual([
      ["Svar", "Antall", "Andel"],
      ["Lite relevant – Ganske relevant", "5", "50 %"],
      ["Svært relevant", "5", "50 %"],
    ]);
    expect(
      within(relevance).getByText(/Skalaen går fra 1 \(lite relevant\) til 4 \(svært relevant\)\./),
    ).toBeInTheDocument();

    // Rare options merged into "other answers", which says what it holds.
    const education = screen.getByRole("region", { name: "Høyeste fullførte utdanning" });
    expect(rowsOf(within(education).getByRole("table"))).toEqual([
      ["Svar", "Antall", "Andel"],
      ["Universitet/høgskole", "6", "55 %"],
      ["Andre svarSlått sammen: Grunnskole, Videregående skole", "5", "45 %"],
    ]);

    // A hidden multiple-choice option says so instead of a count.
    const liked = screen.getByRole("region", { name: "Hva likte du best?" });
    expect(
      within(liked).getByRole("table", {
        name: /Det var lov å velge flere, så andelene blir til sammen mer enn 100 %\./,
      }),
    ).toBeInTheDocument();
    expect(rowsOf(within(liked).getByRole("table")).slice(1)).toEqual([
      ["Foredragene", "7", "64 %"],
      ["Gåturen", "Skjult (færre enn 5)"],
    ]);

    // Too few, and free text withheld from those who are not evaluators: words, no table.
    const age = screen.getByRole("region", { name: "Aldersgruppe" });
    expect(within(age).getByText("Færre enn 5 har svart på dette spørsmålet")).toBeInTheDocument();
    expect(within(age).queryByRole("table")).not.toBeInTheDocument();
    const change = screen.getByRole("region", { name: "Hva bør endres?" });
    expect(within(change).getByText("Fritekst vises bare for evaluatorene i arbeidsgruppen")).toBeInTheDocument();

    // Downloads in the UI's language.
    expect(screen.getByRole("link", { name: "Last ned som CSV-fil" })).toHaveAttribute(
      "href",
      `${resultsPath}.csv?language=nb`,
    );
    expect(screen.getByRole("link", { name: "Last ned som Excel-fil" })).toHaveAttribute(
      "href",
      `${resultsPath}.xlsx?language=nb`,
    );
  });

  it("lists free text for evaluators, saying that the order is shuffled", async () => {
    const results = someResults({ canSeeFreeText: true });
    results.questions[6] = {
      questionId: "change",
      text: { nb: "Hva bør endres?", nn: "Hva bør endres?", en: "What should change?" },
      kind: "free_text",
      type: "FREE_TEXT",
      respondents: 6,
      texts: ["Lunsjen var for kort.", "Mer tid i gruppene."],
    };
    resultsApi({ "": json(200, results) });
    renderApp(pageUrl());
    const change = await screen.findByRole("region", { name: "Hva bør endres?" }, firstLoad);
    expect(within(change).getByText(/Svarene står i tilfeldig rekkefølge/)).toBeInTheDocument();
    expect(
      within(change)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Lunsjen var for kort.", "Mer tid i gruppene."]);
  });

  it("breaks the results down by a background question chosen in the URL, a column per group", async () => {
    const api = resultsApi({ role: json(200, resultsByRole()) });
    const { user, router } = renderApp(pageUrl());
    const select = await screen.findByLabelText("Del opp resultatene etter", undefined, firstLoad);
    await user.selectOptions(select, "role");
    expect(router.state.location.search).toBe("?breakdown=role");

    const overall = screen.getByRole("region", { name: "Hvor nyttig var kurset for deg, alt i alt?" });
    const table = await within(overall).findByRole("table", { name: "Svarene fordelt etter «Status/rolle»" });
    expect(rowsOf(table)).toEqual([
      ["Svar", "Pasient6 svarte", "Pårørende5 svarte"],
      ["0–10", "6 (100 %)", "5 (100 %)"],
      ["Gjennomsnitt", "8,2 (standardavvik 1,1)", "7,4 (standardavvik 1,3)"],
    ]);
    // A group where fewer than five answered shows "–", explained below the table.
    const relevance = screen.getByRole("region", { name: "Hvor relevant var innholdet?" });
    expect(rowsOf(within(relevance).getByRole("table"))[1]).toEqual([
      "Lite relevant – Svært relevant",
      "5 (100 %)",
      "–",
    ]);
    expect(within(relevance).getByText(/– betyr at færre enn 5 i gruppen svarte/)).toBeInTheDocument();
    // Questions outside the breakdown (background, free text) keep their overall result.
    const education = screen.getByRole("region", { name: "Høyeste fullførte utdanning" });
    expect(
      within(education).getByRole("table", { name: "Svarene fra 11 som svarte på spørsmålet" }),
    ).toBeInTheDocument();
    // The downloads carry the breakdown.
    expect(screen.getByRole("link", { name: "Last ned som CSV-fil" })).toHaveAttribute(
      "href",
      `${resultsPath}.csv?language=nb&breakdown=role`,
    );
    expect(api.calls(`GET ${resultsPath}`).map((request) => request.url.search)).toEqual(["", "?breakdown=role"]);
  });

  it("says beside the select why a breakdown is refused, and keeps the overall results", async () => {
    resultsApi({ age: problem(409, "breakdown_unavailable") });
    renderApp(pageUrl("?breakdown=age"));
    const select = await screen.findByLabelText("Del opp resultatene etter", undefined, firstLoad);
    expect(select).toHaveValue("age");
    const status = await screen.findByText(/Det er for få svar til å dele opp resultatene på denne måten/);
    expect(status.closest("[role=status]")).not.toBeNull();
    expect(status).toHaveTextContent("Resultatene for alle som svarte, vises fortsatt nedenfor.");
    const overall = screen.getByRole("region", { name: "Hvor nyttig var kurset for deg, alt i alt?" });
    expect(within(overall).getByRole("table", { name: "Svarene fra 11 som svarte på spørsmålet" })).toBeInTheDocument();
    // No breakdown in the downloads: the server would refuse it.
    expect(screen.getByRole("link", { name: "Last ned som CSV-fil" })).toHaveAttribute(
      "href",
      `${resultsPath}.csv?language=nb`,
    );
  });

  it("explains on a page of its own why results cannot be shown yet", async () => {
    resultsApi({ "": problem(409, "results_unavailable") });
    renderApp(pageUrl());
    expect(
      await screen.findByRole("heading", { level: 2, name: "Resultatene kan ikke vises" }, firstLoad),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Resultatene vises først når innsamlingen er avsluttet og minst fem har svart."),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Tilbake til evalueringen" })).toHaveAttribute(
      "href",
      `/runs/${runId}/evaluation`,
    );
  });
});
