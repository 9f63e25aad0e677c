import { expect, expectAccessible, test } from "../support/fixtures.ts";

// The server runs with a real OpenID provider, "Test-ID" (support/server.ts), where Lenvik's demo
// coordinator (koordinator@lenvik.example) has the verified account "lenvik-koordinator".

test("a coordinator signs in through the OpenID provider and lands on their courses", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Logg inn med Test-ID" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Logg inn hos Test-ID" })).toBeVisible();
  await expectAccessible(page, "the OpenID provider's login form");
  await page.getByLabel("Brukernavn").fill("lenvik-koordinator");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();

  await expect(page).toHaveURL(/\/courses$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
  await expect(page.getByTestId("course-card").filter({ hasText: "KOLS-kurs i kommunen" })).toBeVisible();
  await expectAccessible(page, "the course list after signing in through the OpenID provider");

  // A real session: it survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
});

test("cancelling at the OpenID provider comes back to the sign-in page with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Logg inn med Test-ID" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn hos Test-ID" })).toBeVisible();
  await page.getByRole("button", { name: "Avbryt" }).click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Innloggingen hos Test-ID ble avbrutt." })).toBeVisible();
  await expectAccessible(page, "the sign-in page after a cancelled OpenID sign-in");

  // Still signed out.
  await page.goto("/courses");
  await expect(page).toHaveURL(/\/sign-in/);
});
