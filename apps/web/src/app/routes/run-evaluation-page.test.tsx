import type { RunEvaluation } from "@sidestilt/domain/evaluation-collection.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aCollection, aRunEvaluation, collectionId } from "../../test/evaluation-fixtures.ts";
import { json, problem, type RecordedRequest, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aRunDetail, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// The run's evaluation tab for the working group: per kind of form whether it is signed, then its
// collection from start to close. Counts of 1–4 are never shown.

const firstLoad = { timeout: 5_000 };
const code = "c".repeat(43);

function tabApi(
  evaluations: RunEvaluation[],
  extra: Record<string, Response | ((r: RecordedRequest) => Response)> = {},
) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    "GET /api/auth/csrf": json(200, { csrfToken: "csrf" }),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail({ phase: evaluations[0]?.phase ?? "RUNNING" }), {
      etag: '"5"',
    }),
    [`GET /api/runs/${runId}/evaluation`]: evaluations.map((evaluation) => json(200, evaluation)),
    ...extra,
  });
}

const kindSection = (name: string) => screen.findByRole("region", { name }, firstLoad);

describe("run evaluation tab", () => {
  it("says a form must be signed first, and lets the group start collecting a signed one while the course runs", async () => {
    const opened = aCollection();
    const api = tabApi([aRunEvaluation(), aRunEvaluation({ collections: [opened] })], {
      [`POST /api/runs/${runId}/evaluation-collections`]: json(201, opened),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Evaluering: Startkurs diabetes type 2" }, firstLoad),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Evaluering" })).toHaveAttribute("aria-current", "page");

    const benefit = await kindSection("Nytteevaluering");
    expect(
      within(benefit).getByText(/Skjemaet må signeres av en brukerrepresentant og en fagperson først\./),
    ).toBeInTheDocument();
    expect(within(benefit).getByRole("link", { name: "Gå til skjemaet" })).toHaveAttribute(
      "href",
      expect.stringMatching(/\/evaluation-forms\/PARTICIPANT_BENEFIT$/),
    );
    expect(within(benefit).queryByRole("button", { name: "Start innsamling" })).not.toBeInTheDocument();

    const course = await kindSection("Kursevaluering");
    await user.click(within(course).getByRole("button", { name: "Start innsamling" }));
    expect(api.calls(`POST /api/runs/${runId}/evaluation-collections`)[0]?.body).toEqual({
      kind: "COURSE_EVALUATION",
    });
    expect(
      await within(course).findByText("Innsamlingen er startet. Del lenken eller skriv ut QR-koden."),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(course).getByRole("heading", { name: "Kursevaluering" })).toHaveFocus());
    expect(within(course).getByText("Færre enn 5 svar så langt")).toBeInTheDocument();
  });

  it("says when collecting can start in planning", async () => {
    tabApi([aRunEvaluation({ phase: "READY" })]);
    renderApp(`/runs/${runId}/evaluation`);
    const course = await kindSection("Kursevaluering");
    expect(within(course).getByText("Innsamlingen kan starte når kurset er i gang.")).toBeInTheDocument();
    expect(within(course).queryByRole("button", { name: "Start innsamling" })).not.toBeInTheDocument();
  });

  it("follows an open collection: the link, the handout, emailed links, the few-participants warning and closing after asking", async () => {
    const open = aCollection({ answers: 7, invited: null, version: 4 });
    const closed = aCollection({
      status: "CLOSED",
      closedAt: "2027-01-20T10:00:00.000Z",
      answers: 7,
      version: 5,
      resultsAvailable: true,
    });
    const invited = { ...open, invited: 6 };
    const evaluations = [open, invited, closed].map((collection) => aRunEvaluation({ collections: [collection] }));
    const api = tabApi(evaluations, {
      [`POST /api/evaluation-collections/${collectionId}/invitations`]: json(200, {
        newlyInvited: null,
        collection: invited,
      }),
      [`POST /api/evaluation-collections/${collectionId}/close`]: json(200, closed),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation`);
    const course = await kindSection("Kursevaluering");
    expect(within(course).getByText("7 svar så langt")).toBeInTheDocument();
    expect(within(course).getByText("Lenke på e-post er sendt til færre enn 5 deltakere.")).toBeInTheDocument();
    expect(within(course).getByText(/lettere å kjenne igjen hvem som har svart hva/)).toBeInTheDocument();
    expect(within(course).getByLabelText("Lenke til skjemaet (anonym)")).toHaveValue(open.link);
    expect(within(course).getByRole("link", { name: "Skriv ut QR-kode" })).toHaveAttribute(
      "href",
      `/runs/${runId}/evaluation/${collectionId}/handout`,
    );

    await user.click(within(course).getByRole("button", { name: "Send lenke på e-post til deltakerne" }));
    expect(await within(course).findByText("Lenken er sendt til færre enn 5 nye deltakere.")).toBeInTheDocument();

    await user.click(within(course).getByRole("button", { name: "Avslutt innsamlingen" }));
    const dialog = await screen.findByRole("dialog", { name: "Avslutte innsamlingen?" });
    expect(api.calls(`POST /api/evaluation-collections/${collectionId}/close`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Avslutt innsamlingen" }));
    expect(api.calls(`POST /api/evaluation-collections/${collectionId}/close`)[0]?.headers.get("if-match")).toBe('"4"');
    expect(await within(course).findByText("Innsamlingen er avsluttet.")).toBeInTheDocument();
    expect(within(course).getByRole("link", { name: "Se resultatene" })).toHaveAttribute(
      "href",
      `/runs/${runId}/evaluation/${collectionId}/results`,
    );
  });

  it("hides the actions from those who may not manage, and says when too few answered a closed collection", async () => {
    tabApi([
      aRunEvaluation({
        phase: "EVALUATION",
        abilities: { canManage: false },
        collections: [aCollection({ status: "CLOSED", closedAt: "2027-01-20T10:00:00.000Z", answers: null })],
      }),
    ]);
    renderApp(`/runs/${runId}/evaluation`);
    const course = await kindSection("Kursevaluering");
    expect(within(course).getByText("Færre enn 5 svarte.")).toBeInTheDocument();
    expect(within(course).getByText("For få svar til å vise resultater")).toBeInTheDocument();
    expect(within(course).queryByRole("link", { name: "Se resultatene" })).not.toBeInTheDocument();
    expect(within(course).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Gå til evalueringsmøtet" })).toHaveAttribute(
      "href",
      `/runs/${runId}/evaluation/meeting`,
    );
  });

  it("types in paper forms one at a time, checked before sending, into an empty form after each save", async () => {
    const questions = [
      {
        id: "overall",
        type: "SCALE_0_10",
        text: { nb: "Hvor nyttig var kurset?", nn: "Kor nyttig var kurset?", en: "How useful was the course?" },
        options: [],
        required: true,
        background: false,
        bankKey: null,
      },
      {
        id: "change",
        type: "FREE_TEXT",
        text: { nb: "Hva bør endres?", nn: "Kva bør endrast?", en: "What should change?" },
        options: [],
        required: false,
        background: false,
        bankKey: null,
      },
    ];
    const api = tabApi([aRunEvaluation({ collections: [aCollection()] })], {
      "POST /api/evaluation/form": json(200, {
        courseTitle: "Startkurs diabetes type 2",
        kind: "COURSE_EVALUATION",
        questions,
      }),
      [`POST /api/evaluation-collections/${collectionId}/paper-answers`]: json(201, { received: true }),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation`);
    const course = await kindSection("Kursevaluering");
    await user.click(within(course).getByRole("button", { name: "Før inn svar fra papirskjema" }));
    const form = await within(course).findByRole("region", { name: "Før inn svar fra papirskjema" });
    await within(form).findByRole("group", { name: /Hvor nyttig var kurset\?/ });
    // The questions are read with the anonymous link's code, without the session.
    const formRequest = api.calls("POST /api/evaluation/form")[0];
    expect(formRequest?.body).toEqual({ code });
    expect(formRequest?.headers.get("x-csrf-token")).toBeNull();

    await user.click(within(form).getByRole("button", { name: "Lagre svaret" }));
    expect(await within(form).findByRole("link", { name: /Hvor nyttig var kurset\?/ })).toBeInTheDocument();
    expect(api.calls(`POST /api/evaluation-collections/${collectionId}/paper-answers`)).toHaveLength(0);

    await user.click(within(form).getByRole("radio", { name: "8" }));
    await user.type(within(form).getByRole("textbox", { name: /Hva bør endres\?/ }), "Kortere dager");
    await user.click(within(form).getByRole("button", { name: "Lagre svaret" }));
    expect(await within(form).findByText("Svaret er lagret. Før inn neste.")).toBeInTheDocument();
    expect(api.calls(`POST /api/evaluation-collections/${collectionId}/paper-answers`)[0]?.body).toEqual({
      answers: { overall: 8, change: "Kortere dager" },
    });
    expect(within(form).getByRole("radio", { name: "8" })).not.toBeChecked();
    expect(within(form).getByRole("textbox", { name: /Hva bør endres\?/ })).toHaveValue("");
    expect(within(form).getByRole("heading", { name: "Før inn svar fra papirskjema" })).toHaveFocus();
  });

  it("explains a refused start", async () => {
    tabApi([aRunEvaluation()], {
      [`POST /api/runs/${runId}/evaluation-collections`]: problem(409, "evaluation_form_unsigned"),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation`);
    const course = await kindSection("Kursevaluering");
    await user.click(within(course).getByRole("button", { name: "Start innsamling" }));
    expect(await within(course).findByRole("alert")).toHaveTextContent(
      "Vi kunne ikke starte innsamlingen. Skjemaet må være signert",
    );
  });
});
