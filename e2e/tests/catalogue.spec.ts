import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../support/fixtures.ts";

// A patient or relative who has never heard of Sidestilt: no account, no sign-in. They land in the
// catalogue, narrow it to digital courses, search for a word, open a course page and put its
// sessions in their calendar. The demo data has a digital relatives' course at UNN.

const digitalCourse = "Pårørendekurs bipolar lidelse";

async function expectNoSidewaysScroll(page: Page, state: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, state).toBeLessThanOrEqual(0);
  await expectAccessible(page, `${state} at 320 px and 200 % text`);
}

test("an anonymous visitor finds a digital course by format and word, reads its page and downloads its calendar", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kurskatalog" })).toBeVisible();
  const cards = page.getByTestId("catalogue-card");
  await expect(cards.filter({ hasText: "Mestringstreff" })).toBeVisible();
  await expect(cards.filter({ hasText: "Mestringstreff" })).toContainText("Egenandel: 350 kr");
  await expect(cards.filter({ hasText: "KOLS-kurs i kommunen" })).toContainText("Fullt – venteliste");
  await expect(cards.filter({ hasText: "Startkurs diabetes type 2" })).toContainText("Krever henvisning");
  // Runs still in planning are not public.
  await expect(cards.filter({ hasText: "Lære å leve med KOLS" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Logg inn for kursplanleggere" })).toBeVisible();
  await expectAccessible(page, "the catalogue");

  // Filter by format: the filters fold away under one summary.
  await page.getByText("Vis filtre").click();
  await page.getByLabel("Kursform").selectOption({ label: "Digitalt" });
  await expectAccessible(page, "the catalogue with its filters open");
  await page.getByRole("button", { name: "Vis kurs" }).click();
  await expect(page).toHaveURL(/[?&]format=DIGITAL/);
  await expect(cards.filter({ hasText: digitalCourse })).toBeVisible();
  await expect(cards.filter({ hasText: "Mestringstreff" })).toHaveCount(0);

  // Search for a word, within the filter; the count is announced.
  await page.getByRole("searchbox", { name: "Søk etter kurs" }).fill("pårørende");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=p%C3%A5r%C3%B8rende/);
  await expect(page).toHaveURL(/[?&]format=DIGITAL/);
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole("status")).toHaveText("1 kurs passer");

  // Back returns to the previous search; Forward to this one.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue("");
  await page.goForward();
  await expect(page.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue("pårørende");

  await page.getByRole("link", { name: digitalCourse }).click();
  await expect(page.getByRole("heading", { level: 1, name: digitalCourse })).toBeVisible();
  await expect(page.getByText("Digitalt – lenke kommer på e-post").first()).toBeVisible();
  const join = page.getByTestId("catalogue-join");
  await expect(join.getByRole("link", { name: "Meld deg på" })).toHaveAttribute(
    "href",
    /^\/catalogue\/runs\/[0-9a-f-]+\/sign-up$/,
  );
  await expect(page.getByRole("region", { name: "Program: dette lærer du" })).toContainText("Hva er bipolar lidelse?");
  // The video link never reaches the public page.
  expect(await page.content()).not.toContain("video.example");
  await expectAccessible(page, "a course page");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned samlingene til kalenderen din (.ics)" }).click();
  const calendar = await download;
  expect(calendar.suggestedFilename()).toMatch(/^samlinger-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = (await readFile(await calendar.path(), "utf8")).replace(/\r?\n[ \t]/g, "");
  expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
  // 18:00 in Oslo is 16:00 or 17:00 UTC, by the season.
  expect(ics.match(/^DTSTART:\d{8}T1[67]0000Z\r?$/gm)).toHaveLength(2);
  expect(ics).not.toContain("video.example");

  // Back to the search the visitor came from.
  await page.getByRole("link", { name: "Tilbake til kurskatalogen" }).click();
  await expect(page).toHaveURL(/[?&]q=p%C3%A5r%C3%B8rende/);
  await expect(page.getByRole("searchbox", { name: "Søk etter kurs" })).toHaveValue("pårørende");
});

test("a search that finds nothing says so and what to try", async ({ page }) => {
  await page.goto("/catalogue?q=sjokoladekake");
  await expect(page.getByRole("heading", { level: 2, name: "Ingen kurs passer søket ditt" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("0 kurs passer");
  await expectAccessible(page, "the catalogue's empty state");
});

test("at 320 px wide and 200 % text the catalogue, its filters, the empty state and a course page do not scroll sideways", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto("/catalogue");
  await expect(page.getByTestId("catalogue-card").first()).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await expectNoSidewaysScroll(page, "the catalogue");

  await page.getByText("Vis filtre").click();
  await expect(page.getByLabel("Kursform")).toBeVisible();
  await expectNoSidewaysScroll(page, "the catalogue with its filters open");

  await page.getByRole("link", { name: "KOLS-kurs i kommunen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KOLS-kurs i kommunen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Meld deg på ventelisten" })).toBeVisible();
  await expectNoSidewaysScroll(page, "a course page");

  await page.goto("/catalogue?q=sjokoladekake");
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await expect(page.getByRole("heading", { level: 2, name: "Ingen kurs passer søket ditt" })).toBeVisible();
  await expectNoSidewaysScroll(page, "the empty state");
});
