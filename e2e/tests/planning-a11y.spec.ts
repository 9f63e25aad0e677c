import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// Planning for everyone: many in a working group are elderly, use a phone, enlarge the text or use
// no mouse. Every planning page works at 320 px wide with 200 % text, and the plan's conflict dialog
// (someone else saved first) can be read and resolved with the keyboard alone.

const coordinator = "koordinator@unn.example";

/** Creates a course with a first run through the form, and answers the run's plan address. */
async function createCourse(page: Page, title: string): Promise<string> {
  await page.goto("/courses/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nytt kurs" })).toBeVisible();
  await page.getByRole("radio", { name: /Startkurs diabetes type 2/ }).check();
  await page.getByLabel("Navn på kurset").fill(title);
  await page.getByLabel("Legg inn første gjennomføring nå").check();
  await page.getByLabel("Første dag").fill("2031-05-05");
  await page.getByLabel("Siste dag").fill("2031-05-06");
  await page.getByLabel("Antall plasser").fill("12");
  await page.getByRole("button", { name: "Opprett kurset" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Didaktisk plan: ${title}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  return page;
}

test("at 320 px wide and 200 % text every planning page fits the screen and passes axe", async ({ page }) => {
  test.setTimeout(180_000);
  const title = `Lære å leve med KOLS ${Date.now().toString(36)}`;
  await page.setViewportSize({ width: 320, height: 720 });
  await signIn(page, coordinator);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();

  // A full page load resets the text size; the app's own navigation keeps it.
  const enlargeText = () =>
    page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
  async function expectFits(state: string) {
    const { overflow, widest } = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      // The innermost elements that reach past the right edge (outside a region that scrolls by
      // itself, like a wide table's), to say what to fix.
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
        .map(
          (element) => `${element.tagName.toLowerCase()}.${element.className} «${element.textContent?.slice(0, 40)}»`,
        );
      return { overflow: root.scrollWidth - root.clientWidth, widest };
    });
    expect(overflow, `${state} scrolls sideways: ${widest.join(", ")}`).toBeLessThanOrEqual(1);
    await expectAccessible(page, `${state} at 320 px and 200 % text`);
  }

  await page.goto("/courses/new");
  await enlargeText();
  await expect(page.getByRole("radio", { name: /Startkurs diabetes type 2/ })).toBeVisible();
  await expectFits("the new-course form");
  // Nothing filled in: the error summary and the fields' messages fit too.
  const create = page.getByRole("button", { name: "Opprett kurset" });
  const summary = page.getByRole("group", { name: "Rett opp dette før du går videre:" });
  await create.click();
  await expect(summary).toBeFocused();
  await expectFits("the new-course form with its errors");
  // Submitting again with the same problems moves focus to the summary again, so it is read out again.
  await create.click();
  await expect(summary).toBeFocused();

  const runPath = await createCourse(page, title);
  await enlargeText();
  await expect(page.getByRole("button", { name: "Rediger Mål", exact: true })).toBeVisible();
  await expectFits("the run's plan");

  await page.getByRole("button", { name: "Rediger Mål", exact: true }).click();
  const goals = page.getByRole("textbox", { name: "Mål", exact: true });
  await expect(goals).toBeFocused();
  await goals.fill("Deltakerne kjenner igjen egne erfaringer og vet hvor de finner hjelp.");
  await expectFits("the plan with an element's editor open");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Endringen i «Mål» er lagret.")).toBeVisible();

  await page.getByRole("link", { name: "Program", exact: true }).click();
  await page.getByRole("button", { name: "Legg til samling" }).click();
  await page.getByLabel("Dato").fill("2031-05-05");
  await page.getByLabel("Starttid").fill("09:00");
  await page.getByLabel("Sluttid").fill("15:00");
  await expectFits("the programme's session form");
  await page.getByRole("button", { name: "Legg til samlingen" }).click();
  await expect(page.getByRole("heading", { name: "Samling 1", exact: true })).toBeVisible();
  await expectFits("the programme with a session and its warnings");

  await page.getByRole("link", { name: "Utskriftsvennlig program" }).click();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  await expectFits("the printable programme");

  await page.goto(runPath);
  await enlargeText();
  await page.getByRole("link", { name: "Signering og faser" }).click();
  await expect(page.getByRole("heading", { name: "Neste steg: Klar" })).toBeVisible();
  await expectFits("the sign-off");

  await page.getByRole("link", { name: `Tilbake til ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Henter fordelingen av bidrag …")).toHaveCount(0);
  await expectFits("the course page");
});

test("the plan's conflict dialog is read, left and resolved with the keyboard alone", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = `Mestringskurs for pårørende ${Date.now().toString(36)}`;
  await signIn(page, coordinator);
  const runPath = await createCourse(page, title);

  // The same coordinator at a second computer opens "Mål" too, and saves first from the first one.
  const other = await signedIn(browser, coordinator);
  await other.goto(runPath);
  await other.getByRole("button", { name: "Rediger Mål", exact: true }).click();
  await other.getByRole("textbox", { name: "Mål", exact: true }).fill("Deltakerne kan styre blodsukkeret.");
  await page.getByRole("button", { name: "Rediger Mål", exact: true }).click();
  const goals = page.getByRole("textbox", { name: "Mål", exact: true });
  await expect(goals).toBeFocused();
  await other.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(other.getByText("Endringen i «Mål» er lagret.")).toBeVisible();

  // From here on only the keyboard: write, Tab to "Lagre" and press Enter.
  const keyboard = page.keyboard;
  await keyboard.press("ControlOrMeta+A");
  await keyboard.type("Deltakerne deler egne erfaringer.");
  const save = page.getByRole("button", { name: "Lagre", exact: true });
  for (let step = 0; step < 10 && !(await isFocused(save)); step++) await keyboard.press("Tab");
  await expect(save).toBeFocused();
  await keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "Noen andre har endret «Mål»" });
  await expect(dialog).toBeVisible();
  // Focus starts on the dialog's heading, so that it is read from the top.
  await expect(dialog.getByRole("heading", { name: "Noen andre har endret «Mål»" })).toBeFocused();
  await page.waitForTimeout(500); // let the dialog finish fading in before axe measures contrast
  await expectAccessible(page, "the conflict dialog");

  // Tab goes through the dialog's controls, each visibly focused, and comes round again; nothing
  // behind the dialog is reached (the browser's own toolbar may be, between two rounds).
  const stops = await tabStops(page, 12);
  const inDialog = stops.filter((stop) => stop.inDialog);
  expect(
    stops.filter((stop) => !stop.inDialog && stop.name !== "BODY"),
    "focus left the dialog",
  ).toEqual([]);
  expect(
    inDialog.filter((stop) => !stop.visible).map((stop) => stop.name),
    "focus not visible",
  ).toEqual([]);
  const names = inDialog.map((stop) => stop.name);
  for (const button of ["Behold min tekst", "Slå sammen", "Bruk den lagrede teksten", "Tilbake til teksten min"]) {
    expect(names, `Tab reaches ${button}`).toContain(button);
  }
  expect(names.filter((name) => name === "Slå sammen").length, "Tab comes round again").toBeGreaterThanOrEqual(2);
  const backwards = await tabStops(page, 3, "Shift+Tab");
  expect(
    backwards.every((stop) => stop.inDialog || stop.name === "BODY"),
    "Shift+Tab stays in the dialog",
  ).toBe(true);

  // Escape closes the dialog and puts focus back on "Lagre", with the text as typed.
  await keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(save).toBeFocused();
  await expect(goals).toHaveValue("Deltakerne deler egne erfaringer.");
  await expect(page.getByText(/har lagret «Mål» etter at du begynte å skrive/)).toBeVisible();

  // Enter on "Lagre" brings the dialog back; the merge is reached with Tab and done with Space.
  await keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  const merge = dialog.getByRole("button", { name: "Slå sammen" });
  for (let step = 0; step < 12 && !(await isFocused(merge)); step++) await keyboard.press("Tab");
  await expect(merge).toBeFocused();
  await keyboard.press("Space");
  await expect(dialog).toHaveCount(0);
  await expect(goals).toBeFocused();
  await expect(goals).toHaveValue(/kan styre blodsukkeret[\s\S]*deler egne erfaringer/);
  for (let step = 0; step < 10 && !(await isFocused(save)); step++) await keyboard.press("Tab");
  await keyboard.press("Enter");
  await expect(page.getByText("Endringen i «Mål» er lagret.")).toBeVisible();
  await expectAccessible(page, "the plan after a merge with the keyboard");

  await other.context().close();
});

const isFocused = (locator: ReturnType<Page["locator"]>) =>
  locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) `count` times, noting where focus lands and whether it shows. */
async function tabStops(page: Page, count: number, key = "Tab") {
  const stops: { name: string; inDialog: boolean; visible: boolean }[] = [];
  for (let step = 0; step < count; step++) {
    await page.keyboard.press(key);
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return { name: "BODY", inDialog: false, visible: false };
        const style = getComputedStyle(element);
        const visible =
          element.matches(":focus-visible") &&
          ((style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none");
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? element.tagName).trim();
        return { name, inDialog: element.closest("dialog[open]") !== null, visible };
      }),
    );
  }
  return stops;
}
