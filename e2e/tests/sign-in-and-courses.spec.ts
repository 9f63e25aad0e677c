import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The unit leader's account is used by no other journey: this one counts its failed sign-ins.
test("a unit leader signs in, sees the unit's courses in three languages, and signs out", async ({ page }) => {
  // "/" is the public catalogue for anonymous visitors (catalogue.spec.ts); the courses need signing in.
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expectAccessible(page, "the sign-in page");

  // A wrong password gets one generic message and keeps what was typed.
  await page.getByLabel("E-post").fill("leder@unn.example");
  await page.getByLabel("Passord").fill("wrong password");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  await expect(page.getByLabel("E-post")).toHaveValue("leder@unn.example");
  await expectAccessible(page, "the sign-in page with an error");

  await page.getByLabel("Passord").fill("sidestilt-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  const cards = page.getByTestId("course-card");
  await expect(cards.filter({ hasText: "Startkurs diabetes type 2" })).toBeVisible();
  await expect(cards.filter({ hasText: "Starthjelp for foreldre til barn med nedsatt funksjonsevne" })).toBeVisible();
  await expect(cards.filter({ hasText: "SMIL – styrket mestring i livet" })).toHaveCount(0); // another unit's course
  await expect(page.getByText("Det har vært 1 mislykket innloggingsforsøk på kontoen din siden sist.")).toBeVisible();
  await expect(page).toHaveTitle("Kursene dine – Sidestilt");
  await expectAccessible(page, "the course list (bokmål)");

  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kursa dine" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expectAccessible(page, "the course list (nynorsk)");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your courses" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page, "the course list (English)");

  // The choice survives a reload; the session too.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your courses" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a user representative opening a link while signed out signs in and sees only their working groups' courses", async ({
  page,
}) => {
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("E-post").fill("bruker@midt-troms.example");
  await page.getByLabel("Passord").fill("sidestilt-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/courses$/);
  const cards = page.getByTestId("course-card");
  await expect(cards.filter({ hasText: "SMIL – styrket mestring i livet" })).toBeVisible();
  await expect(cards.filter({ hasText: "KOLS-kurs i kommunen" })).toBeVisible();
  await expect(cards.filter({ hasText: "Startkurs diabetes type 2" })).toHaveCount(0);
  await expect(cards.filter({ hasText: "Helt sjef!" })).toHaveCount(0); // their unit's, but not their working group's
});

test("the sign-in page explains an invalid email beside the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-post").fill("not-an-email");
  await page.getByLabel("Passord").fill("x");
  await page.getByRole("button", { name: "Logg inn" }).click();
  const email = page.getByLabel("E-post");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByText("Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.").first(),
  ).toBeVisible();
  await expectAccessible(page, "the sign-in page with a field error");
});

test("keyboard: the skip link comes first and moves focus to the main content", async ({ page }) => {
  await signIn(page, "fagperson@unn.example");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  // A fresh page load (after client-side navigation, focus is moved to the new page's h1 instead).
  await page.goto("/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("at 320 px wide and 200 % text the course list does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await signIn(page, "koordinator@unn.example");
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, "the course list at 320 px and 200 % text");
});

test("an unknown page shows a translated not-found page; an unknown API path answers problem JSON", async ({
  page,
  request,
}) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page, "the not-found page");
  const response = await request.get("/api/no/such/thing");
  expect(response.status()).toBe(404);
  expect((await response.json()).code).toBe("not_found");
});
