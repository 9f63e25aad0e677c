import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The working group builds its course evaluation form together: the professional adds a question from
// the bank and one of the group's own, is told about a problem before saving, saves, previews the form
// as a participant sees it, and signs; the user representative of the same group then signs the same
// version, and the form is signed. In the demo data "Pårørendeskole demens" (Lenvik and Midt-Troms) is
// being planned, has no saved forms yet, and its working group has Midt-Troms' user representative
// (Arne Karlsen) and professional (Hanne Mikkelsen); no other journey touches its forms.

const course = "Pårørendeskole demens";
const professional = "fagperson@midt-troms.example";
const userRepresentative = "bruker@midt-troms.example";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  return page;
}

/** The builder's address for the course's course evaluation, found from the course list. */
async function openBuilder(page: Page): Promise<string> {
  await page.getByTestId("course-card").getByRole("link", { name: course }).click();
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();
  const builder = `${new URL(page.url()).pathname}/evaluation-forms/COURSE_EVALUATION`;
  await page.goto(builder);
  await expect(page.getByRole("heading", { level: 1, name: `Kursevaluering: ${course}` })).toBeVisible();
  return builder;
}

/** Fails when the page scrolls sideways, naming the innermost elements that reach past the right edge. */
async function expectFits(page: Page, state: string): Promise<void> {
  const { overflow, widest } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Past the right edge itself, or holding content that is (a word too long for its box).
    const past = [...document.body.querySelectorAll("*")].filter(
      (element) =>
        element.getBoundingClientRect().right > root.clientWidth + 1 ||
        (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "visible"),
    );
    const widest = past
      .filter((element) => !past.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} «${element.textContent?.slice(0, 40)}»`);
    return { overflow: root.scrollWidth - root.clientWidth, widest };
  });
  expect(overflow, `${state} scrolls sideways: ${widest.join(", ")}`).toBeLessThanOrEqual(1);
}

/** The builder's question at this place (its heading changes as its text is edited). */
const questionCard = (page: Page, number: number) => page.getByTestId("evaluation-question").nth(number - 1);

test("a professional and a user representative build and co-sign the course evaluation form", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await signedIn(browser, professional);
  const builder = await openBuilder(page);
  const status = page.getByTestId("evaluation-form-status");
  await expect(status).toContainText("Ikke signert ennå");
  await expect(status).toContainText("Ikke lagret ennå");
  await expect(page.getByTestId("evaluation-question")).toHaveCount(10);
  await expectAccessible(page, "the builder with the default questions");

  // From the bank: the age group, with the background warning.
  await page.getByText("Legg til fra spørsmålsbanken").click();
  const background = page.getByRole("region", { name: "Bakgrunn" });
  await expect(background).toContainText("kan gjøre det lett å kjenne igjen hvem som har svart når gruppen er liten");
  const age = background.getByTestId("bank-item").filter({ hasText: "Aldersgruppe" });
  await age.getByRole("button", { name: "Legg til" }).click();
  await expect(age).toContainText("Med i skjemaet");
  await expect(page.getByText("«Aldersgruppe» er lagt til som spørsmål 11. Husk å lagre.")).toBeVisible();
  await expect(page.getByText("Ulagrede endringer", { exact: true })).toBeVisible();

  // A question of the group's own, one choice among two options.
  await page.getByText("Lag eget spørsmål").click();
  await page.getByRole("radio", { name: /Ett valg/ }).check();
  await page.getByRole("textbox", { name: /^Spørsmålet/ }).fill("Passet det å ha kursene om kvelden?");
  await page.getByRole("textbox", { name: "Svaralternativ 1" }).fill("Ja");
  await page.getByRole("textbox", { name: "Svaralternativ 2" }).fill("Nei");
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  const own = questionCard(page, 12);
  await expect(own.getByRole("heading", { level: 3 })).toHaveText("12. Passet det å ha kursene om kvelden?");
  await expect(own.getByRole("heading", { level: 3 })).toBeFocused();
  await expect(own).toContainText("Eget spørsmål");

  // A problem is named by its question before anything is sent, and the text is kept.
  await own.getByRole("button", { name: "Endre teksten" }).click();
  const ownText = own.getByRole("textbox", { name: "Teksten til spørsmål 12" });
  await ownText.fill("");
  await page.getByRole("button", { name: "Lagre skjemaet" }).click();
  const problems = page.getByRole("group", { name: "Skjemaet kan ikke lagres før dette er rettet:" });
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("Spørsmål 12: Teksten må fylles ut.");
  await expectAccessible(page, "the builder with a problem named by its question");
  await problems.getByRole("link").click();
  await expect(ownText).toBeFocused();
  await ownText.fill("Passet det å ha kurset om kvelden?");
  await own.getByRole("button", { name: "Ferdig med å endre" }).click();

  await page.getByRole("button", { name: "Lagre skjemaet" }).click();
  await expect(page.getByText("Skjemaet er lagret som versjon 1.")).toBeVisible();
  await expect(page.getByText("Ulagrede endringer", { exact: true })).toHaveCount(0);
  await expect(status).toContainText("Hanne Mikkelsen (Fagperson)");

  // The preview: the questions as a participant sees them, sending switched off.
  await page.getByText("Se skjemaet slik deltakerne ser det").click();
  const preview = page.getByTestId("evaluation-preview");
  await expect(preview.getByRole("group", { name: /^12\. Passet det å ha kurset om kvelden\?/ })).toBeVisible();
  await expect(preview.getByRole("radio", { name: "Ja" }).last()).toBeVisible();
  await expect(preview.getByRole("group", { name: /^11\. Aldersgruppe/ })).toBeVisible();
  await expect(preview.getByRole("button", { name: "Send svarene" })).toBeDisabled();
  await expectAccessible(page, "the builder's preview");

  // The professional signs version 1.
  const signing = page.getByRole("region", { name: "Signering" });
  await signing.getByRole("button", { name: "Signer denne versjonen" }).click();
  await expect(signing.getByText("Du har signert versjon 1.")).toBeVisible();
  await expect(signing).toContainText("Mangler signatur fra en brukerrepresentant");
  await expect(status).toContainText("Ikke signert ennå");

  // The user representative of the same group signs the same version: it is the signed version now.
  const representative = await signedIn(browser, userRepresentative);
  await representative.goto(builder);
  await expect(representative.getByRole("heading", { level: 1, name: `Kursevaluering: ${course}` })).toBeVisible();
  const theirSigning = representative.getByRole("region", { name: "Signering" });
  await expect(theirSigning).toContainText("Hanne Mikkelsen (Fagperson)");
  await expect(representative.getByTestId("evaluation-question")).toHaveCount(12);
  await theirSigning.getByRole("button", { name: "Signer denne versjonen" }).click();
  await expect(theirSigning.getByText("Du har signert versjon 1.")).toBeVisible();
  await expect(theirSigning).toContainText("Versjon 1 er signert av både en brukerrepresentant og en fagperson.");
  const theirStatus = representative.getByTestId("evaluation-form-status");
  await expect(theirStatus).toContainText("Signert versjonVersjon 1");
  await expect(theirStatus).toContainText("den signerte versjonen");
  const history = representative.getByRole("region", { name: "Historikk" });
  await expect(history).toContainText("Versjon 1 (den nyeste)");
  await expect(history).toContainText("Signert av brukerrepresentant og fagperson");
  await expectAccessible(representative, "the signed form");

  // On a narrow tablet or phone with enlarged text, everything fits, with the bank, a question of one's
  // own, an open editor and the preview all unfolded.
  await representative.setViewportSize({ width: 320, height: 720 });
  await representative.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await representative.getByText("Legg til fra spørsmålsbanken").click();
  await representative.getByText("Lag eget spørsmål").click();
  await representative.getByRole("radio", { name: /Flere valg/ }).check();
  await questionCard(representative, 3).getByRole("button", { name: "Endre teksten" }).click();
  await representative.getByText("Se skjemaet slik deltakerne ser det").click();
  await expect(representative.getByTestId("evaluation-preview")).toBeVisible();
  await expectFits(representative, "the builder at 320 px and 200 % text");
  await expectAccessible(representative, "the builder at 320 px and 200 % text");

  // And the professional sees it signed too.
  await page.reload();
  await expect(page.getByTestId("evaluation-form-status")).toContainText("Signert versjonVersjon 1");
});
