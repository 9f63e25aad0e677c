import type { ParticipantForm } from "@sidestilt/domain/evaluation-collection.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "../../i18n/setup.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

const token = "pEr5oNaL-evaluation-token-0123456789abcdefghij";
const code = "anonymous-link-code-0123456789abcdefghijkl";

const text = (nb: string, en: string) => ({ nb, nn: nb, en });

function aForm(): ParticipantForm {
  return {
    courseTitle: "Hjerterehabilitering",
    kind: "COURSE_EVALUATION",
    questions: [
      {
        id: "overall-benefit",
        type: "SCALE_0_10",
        text: text(
          "Alt i alt: I hvilken grad har du hatt nytte av kurset?",
          "All in all, how useful has the course been?",
        ),
        options: [],
        required: true,
        background: false,
        bankKey: "course.overall-benefit",
      },
      {
        id: "topic-relevance",
        type: "LIKERT",
        text: text("Hvor relevante var temaene for deg?", "How relevant were the topics to you?"),
        options: [],
        required: false,
        background: false,
        bankKey: null,
      },
      {
        id: "status-role",
        type: "SINGLE_CHOICE",
        text: text("Status/rolle", "Status/role"),
        options: [
          { id: "patient", label: text("Pasient", "Patient") },
          { id: "relative", label: text("Pårørende", "Relative") },
        ],
        required: false,
        background: true,
        bankKey: "background.status-role",
      },
      {
        id: "what-to-change",
        type: "FREE_TEXT",
        text: text("Hva bør vi endre til neste gang?", "What should we change next time?"),
        options: [],
        required: false,
        background: false,
        bankKey: null,
      },
    ],
  };
}

const anonymous = { "GET /api/auth/session": problem(401, "unauthenticated") };
const received = json(201, { received: true });

const question = (number: number) => screen.findByRole("group", { name: new RegExp(`^${number}\\. `) });
const freeText = () => screen.findByRole("textbox", { name: /^4\. Hva bør vi endre/ });

/** The requests to the participant's routes, with the credentials mode fetch was given. */
function evaluationRequests() {
  return vi
    .mocked(fetch)
    .mock.calls.filter(([input]) => String(input).startsWith("/api/evaluation/"))
    .map(([input, init]) => ({
      path: String(input),
      credentials: init?.credentials,
      csrf: new Headers(init?.headers).has("x-csrf-token"),
    }));
}

beforeEach(() => sessionStorage.clear());

describe("a participant's evaluation", () => {
  it("shows the course and the questions behind the emailed link, without a cookie, and thanks for the answers", async () => {
    const api = stubApi({
      ...anonymous,
      "POST /api/evaluation/form": json(200, aForm()),
      "POST /api/evaluation/answers": received,
    });
    const { user } = renderApp(`/evaluation#token=${token}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Evaluering: Hjerterehabilitering" })).toBeVisible();
    expect(document.title).toBe("Evaluering: Hjerterehabilitering – Sidestilt");
    expect(screen.getByText(/Svarene dine er anonyme: Ingen kan se hvem som har svart hva\./)).toBeVisible();
    expect(screen.getByText(/Det tar omtrent 5 minutter\./)).toBeVisible();
    expect(await question(1)).toHaveAccessibleName(
      expect.stringContaining("1. Alt i alt: I hvilken grad har du hatt nytte av kurset? (må besvares)"),
    );

    await user.click(within(await question(1)).getByRole("radio", { name: "8" }));
    await user.click(within(await question(3)).getByRole("radio", { name: "Pårørende" }));
    await user.type(await freeText(), "  Mer tid til samtale.  ");
    await user.click(screen.getByRole("button", { name: "Send svarene" }));

    const thanks = await screen.findByRole("heading", { level: 2, name: "Takk for svarene dine!" });
    expect(thanks).toHaveFocus();
    expect(screen.getByText(/De er anonyme: Ingen kan se hvem som har svart hva\./)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Send svarene" })).toBeNull();

    expect(api.calls("POST /api/evaluation/form")[0]?.body).toEqual({ token });
    // The unanswered optional question is left out; text is trimmed.
    expect(api.calls("POST /api/evaluation/answers")[0]?.body).toEqual({
      token,
      answers: { "overall-benefit": 8, "status-role": "relative", "what-to-change": "Mer tid til samtale." },
    });
    // No CSRF token was fetched or sent, no cookie went along, and the token never travelled in a URL.
    expect(api.calls("GET /api/auth/csrf")).toHaveLength(0);
    expect(evaluationRequests()).toEqual([
      { path: "/api/evaluation/form", credentials: "omit", csrf: false },
      { path: "/api/evaluation/answers", credentials: "omit", csrf: false },
    ]);
    expect(api.requests.every((request) => !request.url.href.includes(token))).toBe(true);
    // Nothing is left behind in the tab once the answers are in.
    expect(sessionStorage.length).toBe(0);
  });

  it("asks for a required answer before sending anything, and names it beside the question and in a summary", async () => {
    const api = stubApi({ ...anonymous, "POST /api/evaluation/form": json(200, aForm()) });
    const { user } = renderApp(`/evaluation#token=${token}`);
    await user.click(await screen.findByRole("button", { name: "Send svarene" }));

    const summary = await screen.findByRole("heading", { name: "Se over dette før du sender:" });
    const links = within(summary.closest(".ds-error-summary") as HTMLElement).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Spørsmål 1: Svaret må fylles ut."]);
    const first = within(await question(1)).getByRole("radio", { name: "0" });
    await waitFor(() => expect(first).toHaveAccessibleDescription("Svaret må fylles ut."));
    await user.click(links[0] as HTMLElement);
    expect(first).toHaveFocus();
    expect(api.calls("POST /api/evaluation/answers")).toHaveLength(0);
  });

  it("keeps every value when the server refuses answers, and shows each message by its question", async () => {
    stubApi({
      ...anonymous,
      "POST /api/evaluation/form": json(200, aForm()),
      "POST /api/evaluation/answers": problem(400, "validation_failed", {
        errors: [
          { field: "answers.topic-relevance", code: "out_of_range", message: "out_of_range" },
          { field: "answers.what-to-change", code: "too_long", message: "too_long" },
        ],
      }),
    });
    const { user } = renderApp(`/evaluation#token=${token}`);
    await user.click(within(await question(1)).getByRole("radio", { name: "7" }));
    await user.click(within(await question(2)).getByRole("radio", { name: "Svært relevant" }));
    await user.type(await freeText(), "Kortere dager.");
    await user.click(screen.getByRole("button", { name: "Send svarene" }));

    const summary = await screen.findByRole("heading", { name: "Se over dette før du sender:" });
    expect(
      within(summary.closest(".ds-error-summary") as HTMLElement)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Spørsmål 2: Velg en av verdiene som står oppført.",
      "Spørsmål 4: Teksten er for lang. Kort den ned litt.",
    ]);
    await waitFor(() =>
      expect(
        within(screen.getByRole("group", { name: /^2\. / })).getByRole("radio", { name: "Lite relevant" }),
      ).toHaveAccessibleDescription("Velg en av verdiene som står oppført."),
    );
    await waitFor(async () =>
      expect(await freeText()).toHaveAccessibleDescription("Teksten er for lang. Kort den ned litt."),
    );
    // Question 1 has no problem, and everything typed is still there.
    expect(within(await question(1)).getByRole("radio", { name: "7" })).not.toHaveAttribute("aria-invalid");
    expect(within(await question(1)).getByRole("radio", { name: "7" })).toBeChecked();
    expect(within(await question(2)).getByRole("radio", { name: "Svært relevant" })).toBeChecked();
    expect(await freeText()).toHaveValue("Kortere dager.");
  });

  it("sends the anonymous link's answers with one submission id, kept after a lost connection", async () => {
    const lostConnection = () => {
      throw new TypeError("Failed to fetch");
    };
    const api = stubApi({
      ...anonymous,
      "POST /api/evaluation/form": json(200, aForm()),
      "POST /api/evaluation/answers": [lostConnection, received],
    });
    const { user } = renderApp(`/evaluation#code=${code}`);
    await user.click(within(await question(1)).getByRole("radio", { name: "10" }));
    await user.click(screen.getByRole("button", { name: "Send svarene" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Vi kunne ikke sende svarene. Vi får ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen. Svarene dine er tatt vare på, så du kan prøve igjen.",
    );
    expect(within(await question(1)).getByRole("radio", { name: "10" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Send svarene" }));
    expect(await screen.findByRole("heading", { name: "Takk for svarene dine!" })).toBeVisible();

    const [lost, retry] = api.calls("POST /api/evaluation/answers");
    expect(lost?.body).toEqual({
      code,
      submissionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      answers: { "overall-benefit": 10 },
    });
    expect(retry?.body).toEqual(lost?.body);
  });

  it("brings the answers back after a reload, without keeping the link itself", async () => {
    stubApi({ ...anonymous, "POST /api/evaluation/form": json(200, aForm()) });
    const first = renderApp(`/evaluation#token=${token}`);
    await first.user.click(within(await question(1)).getByRole("radio", { name: "3" }));
    await first.user.click(within(await question(3)).getByRole("radio", { name: "Pasient" }));
    await first.user.type(await freeText(), "Lunsjen var kort.");
    first.unmount();

    expect(sessionStorage.length).toBe(1);
    const key = sessionStorage.key(0) ?? "";
    expect(key).not.toContain(token);
    expect(sessionStorage.getItem(key)).not.toContain(token);

    renderApp(`/evaluation#token=${token}`);
    expect(within(await question(1)).getByRole("radio", { name: "3" })).toBeChecked();
    expect(within(await question(3)).getByRole("radio", { name: "Pasient" })).toBeChecked();
    expect(await freeText()).toHaveValue("Lunsjen var kort.");
  });

  it("thanks a participant whose link was used already, and shows no form", async () => {
    stubApi({ ...anonymous, "POST /api/evaluation/form": problem(409, "evaluation_token_used") });
    renderApp(`/evaluation#token=${token}`);
    expect(await screen.findByRole("heading", { level: 2, name: "Du har allerede svart" })).toBeVisible();
    expect(screen.getByText("Det er allerede sendt inn svar med denne lenken. Takk for at du svarte!")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Send svarene" })).toBeNull();
  });

  it("says so when the link was used while the participant answered, keeping nothing", async () => {
    stubApi({
      ...anonymous,
      "POST /api/evaluation/form": json(200, aForm()),
      "POST /api/evaluation/answers": problem(409, "evaluation_token_used"),
    });
    const { user } = renderApp(`/evaluation#token=${token}`);
    await user.click(within(await question(1)).getByRole("radio", { name: "5" }));
    await user.click(screen.getByRole("button", { name: "Send svarene" }));
    expect(await screen.findByRole("heading", { name: "Du har allerede svart" })).toHaveFocus();
    expect(sessionStorage.length).toBe(0);
  });

  it.each([
    [
      problem(409, "collection_closed"),
      "Evalueringen er avsluttet",
      /Evalueringen er avsluttet, og det kan ikke lenger/,
    ],
    [problem(404, "evaluation_link_invalid"), "Lenken virker ikke", /Lenken til evalueringen virker ikke\./],
    [problem(400, "validation_failed"), "Lenken virker ikke", /Lenken til evalueringen virker ikke\./],
  ])("explains a link that takes no answers (%#)", async (answer, heading, message) => {
    stubApi({ ...anonymous, "POST /api/evaluation/form": answer });
    renderApp(`/evaluation#code=${code}`);
    expect(await screen.findByRole("heading", { level: 2, name: heading })).toBeVisible();
    expect(screen.getByText(message)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Send svarene" })).toBeNull();
  });

  it("offers to try again when the questions could not be fetched", async () => {
    stubApi({
      ...anonymous,
      "POST /api/evaluation/form": [problem(503, "service_unavailable"), json(200, aForm())],
    });
    const { user, queryClient } = renderApp(`/evaluation#code=${code}`);
    queryClient.setDefaultOptions({ queries: { retry: false } });
    await user.click(await screen.findByRole("button", { name: "Prøv igjen" }));
    expect(await question(1)).toBeVisible();
  });

  it("says so when the link has no token or code", async () => {
    stubApi(anonymous);
    renderApp("/evaluation");
    expect(await screen.findByRole("alert")).toHaveTextContent("Lenken er ikke hel.");
  });

  it("speaks the UI's language, the questions' own texts included", async () => {
    await i18n.changeLanguage("en");
    stubApi({ ...anonymous, "POST /api/evaluation/form": json(200, aForm()) });
    renderApp(`/evaluation#token=${token}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Evaluation: Hjerterehabilitering" })).toBeVisible();
    expect(await question(1)).toHaveAccessibleName(
      expect.stringContaining("1. All in all, how useful has the course been? (must be answered)"),
    );
    expect(within(await question(2)).getByRole("radio", { name: "Very relevant" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Send my answers" })).toBeVisible();
  });
});
