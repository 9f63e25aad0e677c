import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The working group evaluates together (the demo seed): "Startkurs diabetes type 2" has a run being
// evaluated, with a closed course evaluation of eleven answers, a meeting record and two proposals (one
// accepted), and a later run in planning; "Hjerterehabilitering" is running and has three answers so far.
// A professional of UNN reads the results, downloads them, and takes the accepted change into the next
// run's plan; the course page shows the chain.

const professional = "fagperson@unn.example";

async function openCourse(page: Page, title: string) {
  await page.goto("/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/**
 * At 320 px wide with text at 200 %, fails when the page scrolls sideways (wide tables scroll inside
 * their own region) or axe finds anything; then back to the usual size.
 */
async function expectFitsNarrow(page: Page, state: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 720 });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const { overflow, widest } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // The innermost elements past the right edge (outside a region that scrolls by itself), to say what to fix.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const past = [...document.body.querySelectorAll("*")].filter(
      (element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(element),
    );
    const widest = past
      .filter((element) => !past.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} «${element.textContent?.slice(0, 40)}»`);
    return { overflow: root.scrollWidth - root.clientWidth, widest };
  });
  expect(overflow, `${state} scrolls sideways: ${widest.join(", ")}`).toBeLessThanOrEqual(1);
  await expectAccessible(page, `${state} at 320 px and 200 % text`);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "";
  });
  if (viewport) await page.setViewportSize(viewport);
}

test("the working group reads the results, downloads them, and takes the accepted change into the next run", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, professional);

  // The course page: the chain of evaluations, run by run.
  await openCourse(page, "Startkurs diabetes type 2");
  const chain = page.getByRole("region", { name: "Evaluering og forbedring" });
  const evaluated = chain.getByTestId("chain-run").first();
  await expect(evaluated).toContainText("Kursevaluering: se resultatene");
  await expect(evaluated).toContainText("Evalueringsmøtet er skrevet ned");
  await expect(evaluated).toContainText("2 endringsforslag: 1 vedtatt, 0 avvist");
  await expect(chain.getByRole("link", { name: "Skjema: Kursevaluering" })).toBeVisible();
  await expectAccessible(page, "the course page with its evaluation chain");

  // The evaluated run's tab: the closed collection and its results.
  await evaluated.getByRole("link", { name: /^Gjennomføringen / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluering: Startkurs diabetes type 2" })).toBeVisible();
  const courseEvaluation = page.getByRole("region", { name: "Kursevaluering" });
  await expect(courseEvaluation.getByText("11 svarte.")).toBeVisible();
  await expectAccessible(page, "the evaluation tab of a run being evaluated");
  await expectFitsNarrow(page, "the evaluation tab of a run being evaluated");
  const tabUrl = page.url();

  await courseEvaluation.getByRole("link", { name: "Se resultatene" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Resultater: Kursevaluering" })).toBeVisible();
  await expect(page.getByText(/^11 deltakere svarte på skjemaet/)).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectAccessible(page, "the results");

  // Broken down by status/role: side by side, or (with too few in a group) said why not.
  await page.getByLabel("Del opp resultatene etter").selectOption({ label: "Status/rolle" });
  await expect(page).toHaveURL(/\?breakdown=status-role$/);
  await expect(
    page
      .getByRole("table", { name: "Svarene fordelt etter «Status/rolle»" })
      .first()
      .or(page.getByText(/Det er for få svar til å dele opp resultatene/)),
  ).toBeVisible();
  await expectAccessible(page, "the results broken down");
  await expectFitsNarrow(page, "the results broken down");

  // The CSV, in Norwegian, with the same rule of five.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som CSV-fil" }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^evaluering-\d{4}-\d{2}-\d{2}\.csv$/);
  const content = await readFile(await csv.path(), "utf8");
  expect(content).toContain("Spørsmål;Svar;Antall;Prosent;Gjennomsnitt;Standardavvik");
  expect(content).toContain("Antall besvarelser;;11");

  // The comparison with the course's other runs.
  await page.getByRole("link", { name: "Sammenlign med tidligere gjennomføringer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sammenligning av evalueringer/ })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page, "the comparison of runs");

  // The meeting: the accepted proposal goes into the later run's plan.
  await page.goto(tabUrl);
  await page.getByRole("link", { name: "Gå til evalueringsmøtet" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Evalueringsmøtet" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Hva fungerte?" })).toHaveValue(/Erfaringsdelingen i små grupper/);
  const methods = page.getByTestId("proposal").filter({ hasText: "Metoder" });
  await expect(methods.getByText("Vedtatt", { exact: true })).toBeVisible();
  await expectAccessible(page, "the evaluation meeting");
  await expectFitsNarrow(page, "the evaluation meeting");
  const apply = page.getByRole("region", { name: "Ta med endringene i neste gjennomføring" });
  await expect(apply.getByText("1 vedtatt forslag venter på å bli tatt med.")).toBeVisible();
  // The seed's later run has never had its plan opened: taking the change in makes its elements first.
  await apply.getByRole("button", { name: "Ta med endringene" }).click();
  await expect(apply.getByText(/^1 endring er tatt inn i planen for gjennomføringen/)).toBeVisible();
  await expect(apply.getByText(/må nå signeres på nytt av en brukerrepresentant og en fagperson/)).toBeVisible();
  await expect(methods.getByText("Tatt inn i")).toBeVisible();
  await expectAccessible(page, "the meeting after taking the change in");
  await apply.getByRole("link", { name: "Åpne planen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Didaktisk plan: Startkurs diabetes type 2" }),
  ).toBeVisible();
  await expect(page.getByText(/Hver bolk avsluttes med 15 minutter til spørsmål og erfaringsdeling\./)).toBeVisible();

  // Back on the course page, the chain says where the change went.
  await openCourse(page, "Startkurs diabetes type 2");
  await expect(chain.getByTestId("chain-run").first()).toContainText("Tatt inn i gjennomføringen");
  await expect(chain.getByTestId("chain-run").last()).toContainText("Bygger på gjennomføringen");
});

test("a running course's collection shows no count below five, and its handout prints", async ({ page }) => {
  await signIn(page, professional);
  await openCourse(page, "Hjerterehabilitering");
  await page
    .getByRole("region", { name: "Evaluering og forbedring" })
    .getByRole("link", { name: /^Gjennomføringen / })
    .first()
    .click();
  const courseEvaluation = page.getByRole("region", { name: "Kursevaluering" });
  await expect(courseEvaluation.getByText("Færre enn 5 svar så langt")).toBeVisible();
  await expect(courseEvaluation.getByRole("button", { name: "Avslutt innsamlingen" })).toBeVisible();
  await expectAccessible(page, "the evaluation tab of a running course");

  await courseEvaluation.getByRole("link", { name: "Skriv ut QR-kode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluering: Hjerterehabilitering" })).toBeVisible();
  const qr = page.getByRole("img", { name: "QR-kode som åpner evalueringsskjemaet" });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page, "the printable handout");

  await page.getByRole("link", { name: "Tilbake til evalueringen" }).click();
  await expect(page.getByRole("region", { name: "Kursevaluering" })).toBeVisible();
  await expectFitsNarrow(page, "the evaluation tab");
});
