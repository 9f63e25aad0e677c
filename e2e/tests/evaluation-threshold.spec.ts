import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "../support/fixtures.ts";

// The rule of five, end to end: the working group of "Startkurs diabetes type 2" (demo seed: its run
// being evaluated has a signed participant-benefit form that no collection uses yet) starts collecting,
// participants answer on their phones through the anonymous link, and nothing but "fewer than five"
// shows until the fifth answer; the results appear only once the collection is closed.

const professional = "fagperson@unn.example";

type Question = { id: string; type: string; required: boolean; options: { id: string }[] };

/** What a participant might answer: something for every question, as the form asks it. */
function answersTo(questions: Question[], n: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    if (question.type === "SCALE_0_10") answers[question.id] = 5 + (n % 6);
    if (question.type === "LIKERT") answers[question.id] = 1 + (n % 4);
    if (question.type === "SINGLE_CHOICE") answers[question.id] = question.options[n % question.options.length]?.id;
    if (question.type === "MULTIPLE_CHOICE") answers[question.id] = [question.options[0]?.id];
    if (question.type === "FREE_TEXT") answers[question.id] = `Tanker fra deltaker ${n}`;
  }
  return answers;
}

/** One participant's answer through the anonymous link's code, as their phone's page sends it. */
async function answerThroughLink(request: APIRequestContext, code: string, n: number) {
  const form = await request.post("/api/evaluation/form", { data: { code } });
  expect(form.ok()).toBe(true);
  const { questions } = (await form.json()) as { questions: Question[] };
  const sent = await request.post("/api/evaluation/answers", {
    data: { code, submissionId: randomUUID(), answers: answersTo(questions, n) },
  });
  expect(sent.status()).toBe(201);
}

async function openEvaluatedRun(page: Page) {
  await page.goto("/courses");
  await page.getByRole("link", { name: "Startkurs diabetes type 2", exact: true }).first().click();
  const chain = page.getByRole("region", { name: "Evaluering og forbedring" });
  await chain
    .getByTestId("chain-run")
    .first()
    .getByRole("link", { name: /^Gjennomføringen / })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluering: Startkurs diabetes type 2" })).toBeVisible();
}

test("results stay hidden until the fifth answer and the close", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, professional);
  await openEvaluatedRun(page);
  const benefit = page.getByRole("region", { name: "Nytteevaluering" });
  await benefit.getByRole("button", { name: "Start innsamling" }).click();
  await expect(benefit.getByText("Innsamlingen er startet. Del lenken eller skriv ut QR-koden.")).toBeVisible();
  const link = await benefit.getByLabel("Lenke til skjemaet (anonym)").inputValue();
  const code = new URL(link).hash.replace("#code=", "");

  // The first participant opens the link on a phone: the form, with no sign-in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const participant = await phone.newPage();
  await participant.goto(link);
  await expect(participant.getByRole("heading", { level: 1 })).toContainText("Startkurs diabetes type 2");
  await expectAccessible(participant, "the participant's form on a phone");

  for (let n = 1; n <= 4; n += 1) {
    await answerThroughLink(phone.request, code, n);
    await page.reload();
    await expect(benefit.getByText("Færre enn 5 svar så langt")).toBeVisible();
    await expect(benefit).not.toContainText(/\b[1-4] svar så langt/);
  }
  await expectAccessible(page, "the evaluation tab with fewer than five answers");

  await answerThroughLink(phone.request, code, 5);
  await page.reload();
  await expect(benefit.getByText("5 svar så langt")).toBeVisible();
  // Still collecting: no results yet, however many have answered.
  await expect(benefit.getByRole("link", { name: "Se resultatene" })).toHaveCount(0);

  await benefit.getByRole("button", { name: "Avslutt innsamlingen" }).click();
  const dialog = page.getByRole("dialog", { name: "Avslutte innsamlingen?" });
  await expectAccessible(page, "the dialog that closes the collection");
  await dialog.getByRole("button", { name: "Avslutt innsamlingen" }).click();
  await expect(benefit.getByText("5 svarte.")).toBeVisible();
  await benefit.getByRole("link", { name: "Se resultatene" }).click();
  await expect(page.getByText(/^5 deltakere svarte på skjemaet/)).toBeVisible();
  await expectAccessible(page, "the results of five answers");

  // The link no longer takes answers.
  const late = await phone.request.post("/api/evaluation/answers", {
    data: { code, submissionId: randomUUID(), answers: {} },
  });
  expect(late.status()).toBe(409);
  await phone.close();
});
