import { readFileSync } from "node:fs";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aProgramme, aRunDetail, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// Read as text: the test runner does not load stylesheets (a `?raw` import comes back empty).
const css = readFileSync(`${import.meta.dirname}/../../styles/programme.css`, "utf8");

function printApi() {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail(), { etag: '"5"' }),
    [`GET /api/runs/${runId}/programme`]: json(200, aProgramme()),
  });
}

/** The rules inside `@media print { … }` of a stylesheet (one level of nesting). */
function printRules(stylesheet: string): string {
  const start = stylesheet.indexOf("@media print");
  if (start < 0) return "";
  let depth = 0;
  for (let index = stylesheet.indexOf("{", start); index < stylesheet.length; index += 1) {
    if (stylesheet[index] === "{") depth += 1;
    if (stylesheet[index] === "}") depth -= 1;
    if (depth === 0) return stylesheet.slice(start, index + 1);
  }
  return "";
}

/** The declarations of the print rule whose selector list names `selector`. */
function declarationsFor(rules: string, selector: string): string {
  const blocks = [...rules.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  const block = blocks.find(([, selectors]) =>
    (selectors ?? "")
      .split(",")
      .map((part) => part.trim())
      .includes(selector),
  );
  return block?.[2] ?? "";
}

describe("printable programme", () => {
  it("is a clean document of the course, its dates and each session's items with times and presenters, outside the run's tabs", async () => {
    printApi();
    renderApp(`/runs/${runId}/programme/print`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Program: Startkurs diabetes type 2" }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("Program: Startkurs diabetes type 2 – Sidestilt"));
    expect(await screen.findByText("12. januar 2027–13. januar 2027 · UNN Tromsø")).toBeInTheDocument();
    expect(screen.getByText("Undervisningstid totalt: 4 timer 45 min")).toBeInTheDocument();
    // Not inside the run layout: no tabs.
    expect(screen.queryByRole("navigation", { name: "Gjennomføringen" })).not.toBeInTheDocument();

    const one = screen.getByRole("region", { name: "Samling 1: tirsdag 12. januar 2027" });
    expect(one).toHaveTextContent("kl. 09:00–15:00 · Store auditorium, UNN");
    const items = within(one).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "kl. 09:00–09:30Velkommen og presentasjon (Faglig innlegg, 30 min)Ola Hansen (Fagperson)",
      "kl. 09:30–10:15Å leve med diabetes (Brukerinnlegg, 45 min)Kari Nordmann (Brukerrepresentant)",
      "kl. 10:15–10:45Lunsj (Pause, 30 min)",
      "kl. 10:45–11:45Hverdagen med diabetes (Gruppesamtale, 1 time)Kari Nordmann (Brukerrepresentant) og Ola Hansen (Fagperson)",
    ]);
    const two = screen.getByRole("region", { name: "Samling 2: onsdag 13. januar 2027" });
    expect(two).toHaveTextContent("Videolenke: https://video.example.no/startkurs");
    // The document itself has no controls.
    for (const session of [one, two]) expect(within(session).queryByRole("button")).not.toBeInTheDocument();
  });

  it("prints with a button, and every control on the page is left out of the print", async () => {
    printApi();
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const { user } = renderApp(`/runs/${runId}/programme/print`);
    await screen.findByText("Undervisningstid totalt: 4 timer 45 min");
    const button = screen.getByRole("button", { name: "Skriv ut" });
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);

    // The page's own controls are marked for leaving out; the app's header (with its buttons) is too.
    expect(button.closest(".print-hidden")).not.toBeNull();
    expect(screen.getByRole("link", { name: "Tilbake til programmet" }).closest(".print-hidden")).not.toBeNull();
    const main = screen.getByRole("main");
    for (const control of within(main).getAllByRole("button")) expect(control.closest(".print-hidden")).not.toBeNull();
    expect(document.querySelector(".app-header")).not.toBeNull();
    expect(document.querySelector(".app-footer")).not.toBeNull();

    // And the print stylesheet does leave them out, prints black on white, and keeps sessions whole.
    const rules = printRules(css);
    const hidden = declarationsFor(rules, ".print-hidden");
    expect(hidden).toMatch(/display:\s*none/);
    for (const selector of [".app-header", ".app-footer", ".ds-skip-link", "nav", "button"]) {
      expect(declarationsFor(rules, selector), selector).toBe(hidden);
    }
    expect(declarationsFor(rules, "body")).toMatch(/background:\s*#fff/);
    expect(declarationsFor(rules, "body")).toMatch(/color:\s*#000/);
    expect(declarationsFor(rules, ".programme-document__session")).toMatch(/break-inside:\s*avoid/);
  });
});
