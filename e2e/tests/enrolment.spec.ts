import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";
import { linkIn, readMail } from "../support/mailbox.ts";

// Running a course, end to end: a relative finds a course in the public catalogue, signs up, gets the
// confirmation email from the real SMTP server and cancels through the personal link in it; a course
// leader records attendance on a phone. The demo data has a digital relatives' course at UNN with free
// seats, and a heart course at UNN that started yesterday with ten referred participants.

const course = "Pårørendekurs bipolar lidelse";
const runningCourse = "Hjerterehabilitering";

test("a relative finds a course, signs up, gets the email and cancels through its link", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `kari.nordmann.${Date.now()}@example.no`;

  await page.goto("/catalogue?format=DIGITAL&q=bipolar");
  const card = page.getByTestId("catalogue-card").filter({ hasText: course });
  await expect(card).toBeVisible();
  await page.getByRole("link", { name: course }).click();
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();
  await page.getByTestId("catalogue-join").getByRole("link", { name: "Meld deg på" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Påmelding: ${course}` })).toBeVisible();
  await expectAccessible(page, "the sign-up form");

  // Sending the form empty names every missing answer beside its field, and nothing is lost after.
  await page.getByRole("button", { name: "Meld meg på" }).click();
  const summary = page.getByRole("group", { name: "Rett opp dette før du sender:" });
  await expect(summary).toBeVisible();
  await expectAccessible(page, "the sign-up form with errors");

  await page.getByLabel("Fullt navn").fill("Kari Nordmann");
  await page.getByRole("textbox", { name: "E-post" }).fill("kari@");
  await page.getByRole("radio", { name: "Pårørende" }).check();
  await page.getByRole("checkbox", { name: /Jeg samtykker/ }).check();
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await expect(page.getByRole("textbox", { name: "E-post" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Kari Nordmann");

  await page.getByRole("textbox", { name: "E-post" }).fill(email);
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await expect(page.getByRole("heading", { name: "Du har fått plass" })).toBeVisible();
  await expect(page.getByText(`Du er påmeldt ${course}.`)).toBeVisible();
  await expectAccessible(page, "the sign-up receipt");

  // The confirmation leaves through the outbox and the job queue to the SMTP server.
  const confirmation = await readMail(email, `Du har fått plass på «${course}»`);
  expect(confirmation.text).toContain("Kari Nordmann");
  const link = linkIn(confirmation, "/registration#");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Påmeldingen din" })).toBeVisible();
  await expect(page.getByText("Du har plass på kurset.")).toBeVisible();
  await expectAccessible(page, "the personal registration page");

  await page.getByRole("button", { name: "Meld meg av" }).click();
  const dialog = page.getByRole("dialog", { name: "Vil du melde deg av?" });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(500);
  await expectAccessible(page, "the cancel dialog");
  await dialog.getByRole("button", { name: "Ja, meld meg av" }).click();
  await expect(page.getByText("Du er meldt av kurset.")).toBeVisible();

  const cancelled = await readMail(email, `Du er meldt av «${course}»`);
  expect(cancelled.text).toContain(course);

  // A tampered link gets a clear answer, not a crash.
  await page.goto(`${link.slice(0, -4)}AAAA`);
  await expect(page.getByText(/Lenken virker ikke/)).toBeVisible();
  await expectAccessible(page, "a tampered personal link");
});

test("a course leader records attendance on a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "fagperson@unn.example");

  // The run that is under way is public in the catalogue; its id leads to its pages.
  await page.goto("/catalogue");
  await page.getByRole("link", { name: runningCourse }).click();
  await page.waitForURL(/\/catalogue\/runs\/[0-9a-f-]+$/);
  const runId = new URL(page.url()).pathname.split("/").at(-1);
  await page.goto(`/runs/${runId}/programme`);
  await page.getByRole("link", { name: "Oppmøte" }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}/attendance`));
  await expect(page.getByRole("heading", { name: /Hvem er til stede i samling 1\?/ })).toBeVisible();
  await expectAccessible(page, "attendance on a phone");

  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(10);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText("Lagret").first()).toBeVisible();
  await expect(page.getByTestId("attendance-count")).toHaveText("2 av 10 til stede");

  // The marks were saved: they are there after a reload.
  await page.reload();
  await expect(page.getByTestId("attendance-count")).toHaveText("2 av 10 til stede");
  await expect(boxes.nth(0)).toBeChecked();
  await expectAccessible(page, "attendance after a reload");

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);
});
