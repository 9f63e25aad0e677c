import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";
import { linkIn, readMail } from "../support/mailbox.ts";

// A participant answers the evaluation on a phone: the working group opens a collection for its
// co-signed participant-benefit form and emails the links; a participant follows the link from the
// real SMTP server, answers with the keyboard, is told about a too-long answer without losing anything,
// is thanked, and the same link then says it has been used. The demo data has a heart course at UNN
// under way with ten confirmed participants and both forms co-signed (see apps/api/src/db/seed).
// TODO(lead): this journey opens the run's participant-benefit collection and invites its participants;
// a run of its own in the seed would keep it apart from other journeys on the same run.

const course = "Hjerterehabilitering";

type Json = Record<string, unknown>;

/** A working-group member's API calls, made with their session (their page's request context shares its cookies). */
async function workingGroupMember(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  async function call<T = Json>(method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
    const response = await page.request.fetch(path, { method, data, headers: { "x-csrf-token": csrfToken } });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }
  return { call, close: () => context.close() };
}

type Collection = { id: string; kind: string; link: string };

/**
 * Opens (or finds) the run's collection of its co-signed participant-benefit form and emails the links.
 * Returns the anonymous link (the QR code's) and one participant's personal link, read from their email.
 */
async function openCollection(browser: Browser): Promise<{ anonymousLink: string; personalLink: string }> {
  const member = await workingGroupMember(browser, "fagperson@unn.example");
  const catalogue = await member.call<{ items: { runId: string; title: string }[] }>(
    "GET",
    `/api/catalogue/runs?q=${encodeURIComponent(course)}`,
  );
  const runId = catalogue.items.find((item) => item.title === course)?.runId;
  expect(runId, `${course} in the catalogue`).toBeTruthy();

  type Evaluation = { forms: { kind: string; signedVersion: number | null }[]; collections: Collection[] };
  const evaluation = await member.call<Evaluation>("GET", `/api/runs/${runId}/evaluation`);
  const kind = "PARTICIPANT_BENEFIT";
  expect(evaluation.forms.find((form) => form.kind === kind)?.signedVersion, "a co-signed form").not.toBeNull();
  const collection =
    evaluation.collections.find((each) => each.kind === kind) ??
    (await member.call<Collection>("POST", `/api/runs/${runId}/evaluation-collections`, { kind }));
  await member.call("POST", `/api/evaluation-collections/${collection.id}/invitations`);

  const participants = await member.call<{ confirmed: { email: string | null }[] }>(
    "GET",
    `/api/runs/${runId}/registrations`,
  );
  const email = participants.confirmed.map((participant) => participant.email).findLast(Boolean);
  expect(email, "a confirmed participant with email").toBeTruthy();
  await member.close();

  const invitation = await readMail(email ?? "", `Hva syntes du om «${course}»?`);
  expect(invitation.text).toContain("Svarene er anonyme");
  return { anonymousLink: collection.link, personalLink: linkIn(invitation, "/evaluation#token=") };
}

/** What the participant's page sends to the evaluation routes and to the session route, cookies included. */
function watchRequests(page: Page) {
  const seen: Promise<{ path: string; cookie: string | undefined }>[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/api/")) seen.push(request.allHeaders().then((headers) => ({ path, cookie: headers.cookie })));
  });
  return () => Promise.all(seen);
}

test("a participant answers the evaluation from the emailed link on a phone, and the link then says it was used", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const link = (await openCollection(browser)).personalLink;

  // A cookie this browser already has (from another visit to the site): the answer must not carry it.
  await page.context().addCookies([{ name: "earlier-visit", value: "1", url: new URL(link).origin }]);
  const requests = watchRequests(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Evaluering: ${course}` })).toBeVisible();
  await expect(page.getByText(/Svarene dine er anonyme: Ingen kan se hvem som har svart hva\./)).toBeVisible();
  const first = page.getByRole("group", { name: /^1\. I hvilken grad har du lært noe på kurset/ });
  await expect(first).toBeVisible();
  await expectAccessible(page, "the evaluation form on a phone");

  // Answered with the keyboard: arrows choose on the 0–10 scales, Tab moves on, Space picks a radio.
  await first.getByRole("radio", { name: "0", exact: true }).focus();
  for (let step = 0; step < 8; step += 1) await page.keyboard.press("ArrowRight");
  await expect(first.getByRole("radio", { name: "8", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(first.getByRole("button", { name: "Fjern svaret" })).toBeFocused();
  await page.keyboard.press("Tab");
  const second = page.getByRole("group", { name: /^2\. / });
  await expect(second.getByRole("radio", { name: "0", exact: true })).toBeFocused();
  for (let step = 0; step < 6; step += 1) await page.keyboard.press("ArrowRight");
  await expect(second.getByRole("radio", { name: "6", exact: true })).toBeChecked();
  // Questions 3 to 6 are left unanswered: one Tab each.
  await page.keyboard.press("Tab");
  for (let question = 3; question <= 7; question += 1) await page.keyboard.press("Tab");
  const freeText = page.getByRole("textbox", { name: /^7\. Er det noe du vil gjøre annerledes/ });
  await expect(freeText).toBeFocused();
  // Too long: the count appears near the limit, and sending names the problem by the question.
  await page.keyboard.insertText("Gå tur hver dag. ".repeat(118));
  await expect(page.locator('[data-field="counter"]')).toHaveAttribute("data-label", "6 tegn for mye");
  await page.keyboard.press("Tab");
  const role = page.getByRole("group", { name: /^8\. Status\/rolle/ });
  await expect(role.getByRole("radio", { name: "Pasient" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(role.getByRole("radio", { name: "Pasient" })).toBeChecked();
  await page.getByRole("button", { name: "Send svarene" }).focus();
  await page.keyboard.press("Enter");

  const summary = page.getByRole("group", { name: "Se over dette før du sender:" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText(["Spørsmål 7: Teksten er for lang. Kort den ned litt."]);
  await expect(freeText).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByRole("radio", { name: "8", exact: true })).toBeChecked();
  await expectAccessible(page, "the evaluation form with a problem");

  await summary.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(freeText).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Gå tur hver dag.");
  await page.getByRole("button", { name: "Send svarene" }).focus();
  await page.keyboard.press("Enter");

  const thanks = page.getByRole("heading", { level: 2, name: "Takk for svarene dine!" });
  await expect(thanks).toBeFocused();
  await expect(page.getByText(/De er anonyme: Ingen kan se hvem som har svart hva\./)).toBeVisible();
  await expectAccessible(page, "the thank-you");

  // No CSRF token was fetched, and the evaluation's requests carried no cookie (the session request did).
  const sent = await requests();
  expect(sent.map((request) => request.path)).not.toContain("/api/auth/csrf");
  const evaluationCalls = sent.filter((request) => request.path.startsWith("/api/evaluation/"));
  // The too-long answer was caught before sending: one answer went out.
  expect(evaluationCalls.map((request) => request.path)).toEqual(["/api/evaluation/form", "/api/evaluation/answers"]);
  expect(evaluationCalls.every((request) => request.cookie === undefined)).toBe(true);
  expect(sent.find((request) => request.path === "/api/auth/session")?.cookie).toContain("earlier-visit=1");

  // The personal link admits one answer: opened again, it thanks the participant instead of asking again.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Du har allerede svart" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send svarene" })).toHaveCount(0);
  await expectAccessible(page, "a used personal link");
});

test("the anonymous link's form fits 320 px with text at 200 %", async ({ page, browser }) => {
  // The QR code's link: opening it stores nothing, so any journey may look at it.
  const link = (await openCollection(browser)).anonymousLink;
  expect(link).toContain("/evaluation#code=");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(link);
  await expect(page.getByRole("group", { name: /^1\. / })).toBeVisible();
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  const box = await page.getByRole("group", { name: /^1\. / }).locator(".ds-field").first().boundingBox();
  expect(box?.width ?? 0, "a 0–10 choice is a large target").toBeGreaterThanOrEqual(44);
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectAccessible(page, "the evaluation form at 320 px and 200 % text");
});
