import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The heart of the Standard metode: a coordinator starts a course from a template, a user
// representative and a professional edit the plan at the same time in their own browsers, the
// conflict is merged, both sign, and the run moves to ready; the programme prints and downloads.

async function personIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  return page;
}

async function addToWorkingGroup(page: Page, name: string) {
  const person = page.getByLabel("Person", { exact: true });
  const value = await person.locator("option", { hasText: name }).first().getAttribute("value");
  await person.selectOption(value ?? "");
  // The role is filled in from the person's role in the unit.
  await page.getByRole("button", { name: "Legg til i arbeidsgruppen" }).click();
  await expect(page.getByText(new RegExp(`${name} er lagt til i arbeidsgruppen`))).toBeVisible();
}

test("a course from a template is planned by a user representative and a professional as equals, signed by both and made ready", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Startkurs diabetes ${Date.now().toString(36)}`;

  // The coordinator creates the course from a template, with a first run.
  await signIn(page, "koordinator@unn.example");
  await page.getByRole("link", { name: "Nytt kurs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt kurs" })).toBeVisible();
  await page.getByRole("radio", { name: /Startkurs diabetes type 2/ }).check();
  await page.getByLabel("Navn på kurset").fill(title);
  await page.getByLabel("Legg inn første gjennomføring nå").check();
  await page.getByLabel("Første dag").fill("2031-03-10");
  await page.getByLabel("Siste dag").fill("2031-03-11");
  await page.getByLabel("Antall plasser").fill("14");
  await expectAccessible(page, "the new-course form");
  await page.getByRole("button", { name: "Opprett kurset" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Didaktisk plan: ${title}` })).toBeVisible();
  const runUrl = page.url();

  // The working group: a user representative and a professional join the coordinator.
  await page.getByRole("link", { name: `Tilbake til ${title}` }).click();
  await expect(page.getByText("Arbeidsgruppen er ikke komplett")).toBeVisible();
  await expectAccessible(page, "the course page with an incomplete working group");
  await addToWorkingGroup(page, "Kari Johansen");
  await addToWorkingGroup(page, "Lars Nilsen");
  await expect(page.getByText("Arbeidsgruppen er ikke komplett")).toHaveCount(0);

  // Both open the plan in their own browser and edit the goals at the same time.
  const representative = await personIn(browser, "bruker@unn.example");
  const professional = await personIn(browser, "fagperson@unn.example");
  for (const member of [representative, professional]) {
    await member.goto(runUrl);
    await member.getByRole("button", { name: "Rediger Mål", exact: true }).click();
  }
  await expect(professional.getByText(/Kari Johansen \(brukerrepresentant\) redigerer også «Mål»/)).toBeVisible({
    timeout: 20_000,
  });
  await representative
    .getByRole("textbox", { name: "Mål", exact: true })
    .fill("Deltakerne kjenner igjen egne erfaringer.");
  await representative.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(representative.getByText("Endringen i «Mål» er lagret.")).toBeVisible();

  await professional
    .getByRole("textbox", { name: "Mål", exact: true })
    .fill("Deltakerne vet hvordan blodsukkeret styres.");
  await professional.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(professional.getByRole("heading", { name: "Noen andre har endret «Mål»" })).toBeVisible();
  await professional.waitForTimeout(500); // let the dialog finish fading in before axe measures contrast
  await expectAccessible(professional, "the conflict dialog");
  await professional.getByRole("button", { name: "Slå sammen" }).click();
  const merged = professional.getByRole("textbox", { name: "Mål", exact: true });
  await expect(merged).toHaveValue(/kjenner igjen egne erfaringer[\s\S]*blodsukkeret styres/);
  await professional.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(professional.getByText("Endringen i «Mål» er lagret.")).toBeVisible();
  await expectAccessible(professional, "the plan after the merge");

  // Both sign the same version; then the run can move on.
  for (const member of [representative, professional]) {
    await member.goto(runUrl);
    await member.getByRole("link", { name: "Signering og faser" }).click();
    await member.getByRole("button", { name: "Signer for Klar" }).click();
    await expect(member.getByRole("button", { name: "Signer for Klar" })).toHaveCount(0);
  }
  await representative.reload();
  await expectAccessible(representative, "the sign-off with both signatures");
  await representative.getByRole("button", { name: "Gå videre til Klar" }).click();
  await expect(representative.getByText(/· Klar/)).toBeVisible();

  // The coordinator adds a session; the programme prints and its calendar downloads.
  await page.goto(runUrl);
  await page.getByRole("link", { name: "Program", exact: true }).click();
  await page.getByRole("button", { name: "Legg til samling" }).click();
  await page.getByLabel("Dato").fill("2031-03-10");
  await page.getByLabel("Starttid").fill("09:00");
  await page.getByLabel("Sluttid").fill("15:00");
  await page.getByRole("button", { name: "Legg til samlingen" }).click();
  await expect(page.getByRole("heading", { name: "Samling 1", exact: true })).toBeVisible();
  await expectAccessible(page, "the programme tab with a session and its warnings");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned kalender (.ics)" }).click();
  const calendar = await download;
  expect(calendar.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile(await calendar.path(), "utf8");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toMatch(/DTSTART:20310310T080000Z/); // 09:00 in Oslo, winter time
  await page.getByRole("link", { name: "Utskriftsvennlig program" }).click();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  await expect(page.getByText(/Samling 1/).first()).toBeVisible();
  await expectAccessible(page, "the printable programme");

  await representative.context().close();
  await professional.context().close();
});
