import { Secret, TOTP } from "otpauth";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The evaluator's account is used by no other journey: this one turns on two-step verification for it.
const email = "evaluator@unn.example";

const codeFor = (secret: string, offsetSeconds = 0): string =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });

test("a person edits their profile, turns on two-step verification, and then signs in with a code", async ({
  page,
}) => {
  await signIn(page, email);
  await page.getByRole("link", { name: "Profil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profilen din" })).toBeVisible();
  await expectAccessible(page, "the profile page");

  // Choosing nynorsk saves it on the profile and switches the page at once.
  await page.getByLabel("Telefon").fill("912 34 567");
  await page.getByRole("radio", { name: "Nynorsk" }).check();
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profilen din" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await page.getByRole("button", { name: "Bokmål" }).click();

  await page.getByRole("button", { name: "Slå på totrinnsbekreftelse" }).click();
  const secret = ((await page.locator(".account-totp__secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expectAccessible(page, "the two-step set-up");
  await page.getByLabel("Kode fra autentiseringsappen").fill("000000");
  await page.getByRole("button", { name: "Bekreft og slå på" }).click();
  await expect(page.getByText("Koden stemmer ikke.").first()).toBeVisible();
  await page.getByLabel("Kode fra autentiseringsappen").fill(codeFor(secret));
  await page.getByRole("button", { name: "Bekreft og slå på" }).click();
  await expect(page.getByText("Totrinnsbekreftelse er slått på.").first()).toBeVisible();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("sidestilt-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  const code = page.getByLabel("Kode fra autentiseringsappen");
  await expect(code).toBeFocused();
  await expectAccessible(page, "the second-factor step");
  // The code used to turn it on is spent: take the next time step's code.
  await code.fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Bekreft og logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kursene dine" })).toBeVisible();
});

test("the forgotten-password and reset pages answer without revealing accounts, and explain a dead link", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Glemt passordet?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glemt passordet" })).toBeVisible();
  await expectAccessible(page, "the forgotten-password page");
  await page.getByLabel("E-post").fill("nobody@unn.example");
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByText("Hvis det finnes en konto med denne adressen").first()).toBeVisible();
  await expectAccessible(page, "the forgotten-password confirmation");

  await page.goto("/reset-password#not-a-real-token-but-long-enough-to-try");
  await expect(page.getByRole("heading", { level: 1, name: "Lag nytt passord" })).toBeVisible();
  await page.getByLabel("Nytt passord").fill("a long new password");
  await page.getByLabel("Gjenta det nye passordet").fill("a long new password");
  await page.getByRole("button", { name: "Lagre det nye passordet" }).click();
  await expect(page.getByRole("link", { name: "Be om en ny lenke" })).toBeVisible();
  await expectAccessible(page, "a dead reset link");
});
