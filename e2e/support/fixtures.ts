import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const demoPassword = "sidestilt-demo";

/** WCAG 2.2 AA, which includes the A and AA rules of 2.0 and 2.1. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Fails with axe's findings when the page as it stands now has any WCAG 2.2 AA violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const findings = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(findings, `axe violations on ${state}`).toEqual([]);
}

/** Signs in through the real form. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  // Signed in once the app has left the sign-in page (the session cookie is set by then).
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Every page also fails on a CSP violation or an uncaught script error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use(errors);
      expect(errors, "script errors or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
