import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";
import { linkIn, readMail } from "../support/mailbox.ts";

const unitName = "Universitetssykehuset Nord-Norge LMS";

test("a coordinator invites a user representative, who accepts the link, sets a password and sees only their courses", async ({
  page,
}) => {
  // A long journey: seven accessibility scans and an email round trip.
  test.setTimeout(120_000);
  // Unique per run: the database outlives a single test, and an email can be invited once.
  const email = `ingrid.${Date.now().toString(36)}@example.no`;
  const password = "et langt og hemmelig passord";

  await signIn(page, "koordinator@unn.example");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();

  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Enheter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enheter" })).toBeVisible();
  await expect(page.getByTestId("unit-card").filter({ hasText: unitName })).toContainText("LMS-koordinator");
  await expectAccessible(page, "the unit list");

  await page.getByRole("link", { name: unitName }).click();
  await expect(page.getByRole("heading", { level: 1, name: unitName })).toBeVisible();
  await expect(page.getByTestId("person-item").first()).toBeVisible();
  await expectAccessible(page, "the unit page");

  const invite = page.getByRole("region", { name: "Inviter en person" });
  await invite.getByLabel("E-post").fill(email);
  await invite.getByLabel("Navn").fill("Ingrid Johansen");
  await invite.getByLabel("Rolle").selectOption({ label: "Brukerrepresentant" });
  await invite.getByLabel("Representerer (valgfritt)").selectOption({ label: "Diabetesforbundet" });
  await invite.getByRole("button", { name: "Send invitasjonen" }).click();

  // The invitation goes out by email (the e2e server's mailbox), and the coordinator is told so.
  await expect(invite.getByText(`Invitasjonen er sendt på e-post til ${email}.`)).toBeVisible();
  await expect(invite.getByLabel("Invitasjonslenke")).toHaveCount(0);
  const mail = await readMail(email, "Invitasjon til Universitetssykehuset Nord-Norge LMS");
  expect(mail.text).toContain("Hei Ingrid Johansen,");
  const link = linkIn(mail, "/invitation#");
  expect(link).toMatch(/\/invitation#.{20,}$/);
  const item = page.getByTestId("invitation-item").filter({ hasText: email });
  await expect(item).toContainText("Venter på svar");
  await expect(item).toContainText("På e-post");
  await expectAccessible(page, "the unit page with a new invitation");

  await page.getByRole("link", { name: "Se endringsloggen for enheten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Endringslogg for ${unitName}` })).toBeVisible();
  await expect(page.getByRole("table").getByText("Inviterte en person").first()).toBeVisible();
  await expectAccessible(page, "the unit's audit log");

  // A person's page: erasing asks first, in a native modal dialog that Esc closes, focus going back.
  await page.getByRole("link", { name: `Tilbake til ${unitName}` }).click();
  await page.getByRole("link", { name: "Ola Berg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ola Berg" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Endringslogg" })).toBeVisible();
  await expectAccessible(page, "a person's page");
  const erase = page.getByRole("button", { name: "Slett personen" });
  await erase.click();
  const dialog = page.getByRole("dialog", { name: "Slette Ola Berg?" });
  await expect(dialog).toContainText("Slettingen kan ikke angres.");
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  // The dialog fades in; check its contrast once it is fully shown.
  await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
  await expectAccessible(page, "the erase confirmation");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(erase).toBeFocused();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Velkommen til Sidestilt" })).toBeVisible();
  await expect(page.getByLabel("Navn")).toBeVisible();
  await expectAccessible(page, "the invitation page");
  await page.getByLabel("Navn").fill("Ingrid Johansen");
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByLabel("Gjenta passordet").fill(password);
  await page.getByRole("button", { name: "Godta invitasjonen" }).click();

  // Signed in at once; a new user representative is in no working group yet, so sees no course.
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Du har ingen kurs ennå" })).toBeVisible();
  await expect(page.getByTestId("course-card")).toHaveCount(0);
  await expect(page.getByText("Logget inn som Ingrid Johansen")).toBeVisible();
  await expectAccessible(page, "the new user representative's course list");

  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Enheter" }).click();
  const card = page.getByTestId("unit-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(unitName);
  await expect(card).toContainText("Brukerrepresentant");
});

test("at 320 px wide and 200 % text the units, a unit, its audit log, a person and the profile do not scroll sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await signIn(page, "koordinator@unn.example");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });

  async function expectNoSidewaysScroll(state: string) {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, state).toBeLessThanOrEqual(0);
    await expectAccessible(page, `${state} at 320 px and 200 % text`);
  }

  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Enheter" }).click();
  await expect(page.getByRole("link", { name: unitName })).toBeVisible();
  await expectNoSidewaysScroll("the units page");
  await page.getByRole("link", { name: unitName }).click();
  await expect(page.getByRole("heading", { level: 1, name: unitName })).toBeVisible();
  await expect(page.getByTestId("person-item").first()).toBeVisible();
  await expect(page.getByText("Henter invitasjonene …")).toHaveCount(0);
  await expectNoSidewaysScroll("the unit page");

  await page.getByRole("link", { name: "Se endringsloggen for enheten" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoSidewaysScroll("the audit log");

  await page.getByRole("link", { name: `Tilbake til ${unitName}` }).click();
  await page.getByRole("link", { name: "Lars Nilsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lars Nilsen" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Endringslogg" })).toBeVisible();
  await expect(page.getByText("Henter hendelser …")).toHaveCount(0);
  await expectNoSidewaysScroll("a person's page");

  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Profil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profilen din" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre endringene" })).toBeVisible();
  await expectNoSidewaysScroll("the profile page");
});
