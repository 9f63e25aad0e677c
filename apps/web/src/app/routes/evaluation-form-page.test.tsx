import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aCourseDetail, courseId } from "../../test/course-fixtures.ts";
import { json, problem, type RecordedRequest, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// The evaluation form builder, through the real routes with the API stubbed: the list edits, the save
// with If-Match (and what a 412 and a 400 answer lead to), signing by the form's abilities, the history,
// the preview, and the warning before leaving with unsaved changes.

const formsPath = `/api/courses/${courseId}/evaluation-forms`;
const formPath = `${formsPath}/COURSE_EVALUATION`;
const pagePath = `/courses/${courseId}/evaluation-forms/COURSE_EVALUATION`;
const kariId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60";
const olaId = "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a61";

function aForm(overrides: Partial<EvaluationFormView> = {}): EvaluationFormView {
  return {
    kind: "COURSE_EVALUATION",
    questions: defaultQuestions("COURSE_EVALUATION"),
    version: 0,
    updatedAt: null,
    signatures: [],
    signedVersion: null,
    lastEdit: null,
    abilities: { canEdit: true, canSign: false, hasSigned: false },
    ...overrides,
  };
}

const savedByOla = (version: number, questions: Question[] = defaultQuestions("COURSE_EVALUATION")) =>
  aForm({
    version,
    questions,
    updatedAt: "2027-01-08T13:45:00.000Z",
    lastEdit: { authorId: olaId, authorName: "Ola Hansen", authorRole: "PROFESSIONAL", at: "2027-01-08T13:45:00.000Z" },
    abilities: { canEdit: true, canSign: true, hasSigned: false },
  });

const forms = (form: EvaluationFormView) => ({
  courseId,
  forms: [form, aForm({ kind: "PARTICIPANT_BENEFIT", questions: defaultQuestions("PARTICIPANT_BENEFIT") })],
});

/**
 * The API with the course's forms as `form`; `store` changes what later reads answer (the builder reads
 * the list again after each write, as the server would answer it).
 */
function formApi(form: EvaluationFormView, extra: Parameters<typeof stubApi>[0] = {}) {
  let stored = form;
  const api = stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET /api/courses/${courseId}`]: json(200, aCourseDetail(), { etag: '"1"' }),
    [`GET ${formsPath}`]: () => json(200, forms(stored)),
    [`GET ${formPath}/revisions`]: json(200, { items: [], nextCursor: null }),
    ...extra,
  });
  return {
    ...api,
    store(next: EvaluationFormView) {
      stored = next;
      return next;
    },
  };
}

const sentQuestions = (request: RecordedRequest | undefined) =>
  (request?.body as { questions: Question[] } | undefined)?.questions ?? [];

/** The builder's list of questions (the cards), each found by its heading. */
async function questionCards() {
  await screen.findByRole("heading", { level: 2, name: /Spørsmålene i skjemaet/ }, { timeout: 5000 });
  return screen.getAllByTestId("evaluation-question");
}

function card(number: number) {
  const heading = screen.getByRole("heading", { level: 3, name: new RegExp(`^${number}\\.(\\s|$)`) });
  const item = heading.closest("li");
  if (!item) throw new Error(`no card for question ${number}`);
  return within(item);
}

describe("evaluation form builder", { timeout: 20_000 }, () => {
  it("names the course and the kind, and shows where the form stands and each question's markers", async () => {
    formApi(aForm({ ...savedByOla(3), signedVersion: 2 }));
    renderApp(pagePath);
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Kursevaluering: Startkurs diabetes type 2" },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const status = screen.getByTestId("evaluation-form-status");
    expect(status).toHaveTextContent("Signert versjonVersjon 2");
    expect(status).toHaveTextContent("Endringer etter signert versjon må signeres på nytt.");
    expect(status).toHaveTextContent("Ola Hansen (Fagperson), 8. jan. 2027, 14:45");

    const cards = await questionCards();
    expect(cards).toHaveLength(10);
    expect(card(1).getByRole("heading", { level: 3 })).toHaveTextContent(
      "1. Alt i alt: I hvilken grad har du hatt nytte av kurset?",
    );
    expect(cards[0]).toHaveTextContent("Skala fra 0 til 10");
    expect(cards[0]).toHaveTextContent("Frivillig å svare");
    expect(cards[2]).toHaveTextContent("Svaralternativer: Ja · Delvis · Nei");
    expect(cards[9]).toHaveTextContent("Bakgrunnsspørsmål");
    expect(cards[9]).toHaveTextContent("I små grupper kan svaret gjøre det lett å kjenne igjen hvem som har svart.");
    expect(card(1).getByRole("button", { name: "Flytt opp" })).toBeDisabled();
    expect(card(10).getByRole("button", { name: "Flytt ned" })).toBeDisabled();
  });

  it("adds from the bank, moves, removes with undo and requires, then saves the whole list with If-Match 0", async () => {
    const api = formApi(aForm(), {
      [`PUT ${formPath}`]: (request) => json(200, api.store(savedByOla(1, sentQuestions(request))), { etag: '"1"' }),
    });
    const { user } = renderApp(pagePath);
    await questionCards();
    expect(screen.getByText(/Standardspørsmålene er ikke lagret ennå/)).toBeInTheDocument();
    expect(screen.queryByText("Ulagrede endringer")).not.toBeInTheDocument();

    // The bank: grouped, each item with its type, background items with their warning.
    await user.click(screen.getByText("Legg til fra spørsmålsbanken"));
    const background = within(screen.getByRole("region", { name: "Bakgrunn" }));
    expect(
      background.getByText(/kan gjøre det lett å kjenne igjen hvem som har svart når gruppen er liten/),
    ).toBeInTheDocument();
    const gender = within(background.getByText("Kjønn").closest("li") as HTMLElement);
    expect(gender.getByText("Med i skjemaet")).toBeInTheDocument();
    const age = within(background.getByText("Aldersgruppe").closest("li") as HTMLElement);
    expect(age.getByText("Ett valg")).toBeInTheDocument();
    const addAge = age.getByRole("button", { name: "Legg til" });
    await user.click(addAge);
    expect(addAge).toHaveTextContent("Ta ut av skjemaet");
    expect(addAge).toHaveFocus();
    expect(age.getByText("Med i skjemaet")).toBeInTheDocument();
    expect(screen.getByText("«Aldersgruppe» er lagt til som spørsmål 11. Husk å lagre.")).toBeInTheDocument();
    expect(screen.getByText("Ulagrede endringer")).toBeInTheDocument();

    // Move question 2 to the top: the keyboard follows it (up is off there, so to "Flytt ned").
    await user.click(card(2).getByRole("button", { name: "Flytt opp" }));
    expect(card(1).getByRole("heading", { level: 3 })).toHaveTextContent("Hvor relevante var temaene");
    expect(card(1).getByRole("button", { name: "Flytt ned" })).toHaveFocus();
    expect(screen.getByText(/er flyttet til plass 1 av 11\./)).toBeInTheDocument();

    // Remove question 3, undo it: it comes back in its place, with focus on it.
    await user.click(card(3).getByRole("button", { name: "Fjern" }));
    expect(await questionCards()).toHaveLength(10);
    const undo = screen.getByRole("button", { name: "Angre" });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(card(3).getByRole("heading", { level: 3 })).toHaveTextContent("Var det nok tid til å dele erfaringer");
    expect(card(3).getByRole("heading", { level: 3 })).toHaveFocus();
    // And remove question 4 for good.
    await user.click(card(4).getByRole("button", { name: "Fjern" }));

    await user.click(card(1).getByRole("switch", { name: "Må besvares" }));
    expect(card(1).getByText("Må besvares", { selector: ".ds-tag" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    expect(await screen.findByText("Skjemaet er lagret som versjon 1.")).toBeInTheDocument();
    const [put] = api.calls(`PUT ${formPath}`);
    expect(put?.headers.get("if-match")).toBe('"0"');
    const sent = sentQuestions(put);
    expect(sent.map((question) => question.id)).toEqual([
      "topic-relevance",
      "overall-benefit",
      "time-to-share",
      "understandable",
      "what-to-change",
      "how-heard",
      "other-comments",
      "status-role",
      "gender",
      "age-group",
    ]);
    expect(sent.map((question) => question.required)).toEqual([true, ...Array(9).fill(false)]);
    expect(sent[9]).toMatchObject({ bankKey: "background.age-group", background: true, type: "SINGLE_CHOICE" });
    await waitFor(() => expect(screen.queryByText("Ulagrede endringer")).not.toBeInTheDocument());
    expect(screen.getByText("Alt er lagret (versjon 1).")).toBeInTheDocument();
  });

  it("makes a question of the group's own with options, checked before it is added, and rewords a bank question", async () => {
    const api = formApi(savedByOla(2), {
      [`PUT ${formPath}`]: (request) => json(200, api.store(savedByOla(3, sentQuestions(request)))),
    });
    const { user } = renderApp(pagePath);
    await questionCards();

    await user.click(screen.getByText("Lag eget spørsmål"));
    const add = screen.getByRole("button", { name: "Legg til spørsmålet" });
    await user.click(add);
    const summary = await screen.findByRole("group", { name: "Rett opp dette før spørsmålet kan legges til:" });
    expect(summary).toHaveTextContent("Velg hva slags svar deltakeren skal gi.");

    await user.click(screen.getByRole("radio", { name: /Ett valg/ }));
    await user.type(screen.getByRole("textbox", { name: /^Spørsmålet/ }), "Var lokalet greit å komme seg til?");
    await user.click(add);
    expect(await screen.findByRole("group", { name: /Rett opp dette/ })).toHaveTextContent(
      "Svaralternativ 1 må fylles ut.",
    );
    const newForm = screen.getByRole("button", { name: "Legg til spørsmålet" }).closest("form") as HTMLElement;
    const options = within(newForm);
    expect(options.getByRole("button", { name: "Fjern svaralternativ 1" })).toBeDisabled();
    await user.type(options.getByRole("textbox", { name: "Svaralternativ 1" }), "Ja");
    await user.type(options.getByRole("textbox", { name: "Svaralternativ 2" }), "Nei");
    await user.click(options.getByRole("button", { name: "Legg til et svaralternativ" }));
    expect(options.getByRole("textbox", { name: "Svaralternativ 3" })).toHaveFocus();
    await user.click(options.getByRole("button", { name: "Fjern svaralternativ 3" }));
    await user.click(options.getByRole("switch", { name: "Må besvares" }));
    await user.click(add);

    expect(await questionCards()).toHaveLength(11);
    expect(card(11).getByRole("heading", { level: 3 })).toHaveFocus();
    expect(card(11).getByRole("heading", { level: 3 })).toHaveTextContent("11. Var lokalet greit å komme seg til?");
    expect(screen.getByRole("textbox", { name: /^Spørsmålet/ })).toHaveValue("");

    // A bank question's text: the editor says what happens, and it becomes the group's own.
    await user.click(card(1).getByRole("button", { name: "Endre teksten" }));
    expect(card(1).getByText(/blir det et eget spørsmål med den samme teksten på alle tre språk/)).toBeInTheDocument();
    const text = card(1).getByRole("textbox", { name: "Teksten til spørsmål 1" });
    await user.clear(text);
    await user.type(text, "Hvor nyttig var kurset?");
    await user.click(card(1).getByRole("button", { name: "Ferdig med å endre" }));
    expect(card(1).getByRole("button", { name: "Endre teksten" })).toHaveFocus();
    expect(card(1).getByText("Eget spørsmål")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    expect(await screen.findByText("Skjemaet er lagret som versjon 3.")).toBeInTheDocument();
    const [put] = api.calls(`PUT ${formPath}`);
    expect(put?.headers.get("if-match")).toBe('"2"');
    const sent = sentQuestions(put);
    expect(sent[0]).toMatchObject({
      id: "overall-benefit",
      bankKey: null,
      text: { nb: "Hvor nyttig var kurset?", nn: "Hvor nyttig var kurset?", en: "Hvor nyttig var kurset?" },
    });
    expect(sent[10]).toEqual({
      id: "var-lokalet-greit-a-komme-seg-til",
      type: "SINGLE_CHOICE",
      text: {
        nb: "Var lokalet greit å komme seg til?",
        nn: "Var lokalet greit å komme seg til?",
        en: "Var lokalet greit å komme seg til?",
      },
      options: [
        { id: "ja", label: { nb: "Ja", nn: "Ja", en: "Ja" } },
        { id: "nei", label: { nb: "Nei", nn: "Nei", en: "Nei" } },
      ],
      required: true,
      background: false,
      bankKey: null,
    });
  });

  it("names the problems of a refused save by question, and finds an empty text before sending", async () => {
    const api = formApi(savedByOla(2), {
      [`PUT ${formPath}`]: problem(400, "validation_failed", {
        errors: [
          { field: "questions.2.options", code: "custom", message: "too_few_options" },
          { field: "questions.9.background", code: "custom", message: "background_single_choice" },
        ],
      }),
    });
    const { user } = renderApp(pagePath);
    await questionCards();

    // Found here: nothing is sent, and the text's own field says what is wrong.
    await user.click(card(2).getByRole("button", { name: "Endre teksten" }));
    await user.clear(card(2).getByRole("textbox", { name: "Teksten til spørsmål 2" }));
    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    const summary = await screen.findByRole("group", { name: "Skjemaet kan ikke lagres før dette er rettet:" });
    expect(summary).toHaveTextContent("Spørsmål 2: Teksten må fylles ut.");
    expect(api.calls(`PUT ${formPath}`)).toHaveLength(0);
    expect(within(summary).getByRole("link")).toHaveAttribute("href", "#form-builder-q-topic-relevance-text");
    expect(card(2).getByRole("textbox", { name: "Teksten til spørsmål 2" })).toHaveAccessibleDescription(
      "Teksten må fylles ut.",
    );

    // Found by the API: each problem beside its question, and the options' editor opened for it.
    await user.type(card(2).getByRole("textbox", { name: "Teksten til spørsmål 2" }), "Var temaene nyttige?");
    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    const refused = await screen.findByRole("group", { name: "Skjemaet kan ikke lagres før dette er rettet:" });
    await waitFor(() =>
      expect(refused).toHaveTextContent("Spørsmål 3: Et spørsmål med svaralternativer må ha minst to alternativer."),
    );
    expect(refused).toHaveTextContent(
      "Spørsmål 10: Bare spørsmål med ett valg blant alternativer kan være bakgrunnsspørsmål.",
    );
    expect(card(3).getByText("Et spørsmål med svaralternativer må ha minst to alternativer.")).toBeInTheDocument();
    expect(card(3).getByRole("group", { name: /^Svaralternativer/ })).toBeInTheDocument();
    expect(
      card(10).getByText("Bare spørsmål med ett valg blant alternativer kan være bakgrunnsspørsmål."),
    ).toBeInTheDocument();
    // The changes are kept.
    expect(screen.getByText("Ulagrede endringer")).toBeInTheDocument();
  });

  it("when someone else saved first, shows both versions and puts the person's list on the new version", async () => {
    const theirs = defaultQuestions("COURSE_EVALUATION").filter((question) => question.id !== "what-to-change");
    const api = formApi(savedByOla(2), {
      [`PUT ${formPath}`]: [
        (request) =>
          request.headers.get("if-match") === '"2"'
            ? new Response(
                JSON.stringify({
                  type: "https://sidestilt.no/problems/precondition_failed",
                  title: "precondition_failed",
                  status: 412,
                  code: "precondition_failed",
                  current: savedByOla(3, theirs),
                }),
                { status: 412, headers: { "content-type": "application/problem+json" } },
              )
            : json(200, api.store(savedByOla(4, sentQuestions(request)))),
      ],
    });
    const { user } = renderApp(pagePath);
    await questionCards();
    await user.click(card(1).getByRole("switch", { name: "Må besvares" }));
    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));

    const dialog = within(
      await screen.findByRole("dialog", { name: "Noen andre har lagret skjemaet mens du arbeidet" }),
    );
    expect(dialog.getByText(/Ola Hansen \(Fagperson\) lagret versjon 3/)).toBeInTheDocument();
    expect(dialog.getByText(/Endringene dine bygger på versjon 2/)).toBeInTheDocument();
    expect(dialog.getByText("Bare i dine endringer:").nextElementSibling).toHaveTextContent(
      "Hva bør vi endre eller gjøre bedre til neste gang?",
    );
    expect(dialog.getByText("Spørsmål som er ulike i de to:").nextElementSibling).toHaveTextContent(
      "Alt i alt: I hvilken grad har du hatt nytte av kurset?",
    );
    expect(dialog.getByRole("heading", { level: 2 })).toHaveFocus();
    await user.click(dialog.getByRole("button", { name: "Bruk mine endringer" }));

    expect(screen.getByText(/Endringene dine ligger nå oppå versjon 3/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lagre skjemaet" })).toHaveFocus();
    expect(await questionCards()).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    expect(await screen.findByText("Skjemaet er lagret som versjon 4.")).toBeInTheDocument();
    const puts = api.calls(`PUT ${formPath}`);
    expect(puts.map((put) => put.headers.get("if-match"))).toEqual(['"2"', '"3"']);
    expect(sentQuestions(puts[1])[0]?.required).toBe(true);
  });

  it("lets the person discard their changes for the version someone else saved", async () => {
    const theirs = defaultQuestions("COURSE_EVALUATION").slice(0, 4);
    formApi(savedByOla(2), {
      [`PUT ${formPath}`]: new Response(
        JSON.stringify({
          type: "https://sidestilt.no/problems/precondition_failed",
          title: "precondition_failed",
          status: 412,
          code: "precondition_failed",
          current: savedByOla(3, theirs),
        }),
        { status: 412, headers: { "content-type": "application/problem+json" } },
      ),
      [`GET ${formsPath}`]: [json(200, forms(savedByOla(2))), json(200, forms(savedByOla(3, theirs)))],
    });
    const { user } = renderApp(pagePath);
    await questionCards();
    await user.click(card(1).getByRole("button", { name: "Fjern" }));
    await user.click(screen.getByRole("button", { name: "Lagre skjemaet" }));
    const dialog = within(await screen.findByRole("dialog"));
    await user.click(dialog.getByRole("button", { name: "Forkast mine endringer" }));
    expect(
      await screen.findByText("Du ser nå versjon 3 slik den er lagret. Endringene dine er forkastet."),
    ).toBeInTheDocument();
    expect(await questionCards()).toHaveLength(4);
    expect(screen.queryByText("Ulagrede endringer")).not.toBeInTheDocument();
  });

  it("offers signing and withdrawing by the form's abilities, with If-Match, and not while changes are unsaved", async () => {
    const signed = {
      ...savedByOla(2),
      signatures: [
        {
          personId: kariId,
          name: "Kari Nordmann",
          role: "USER_REPRESENTATIVE" as const,
          signedAt: "2027-01-09T09:00:00.000Z",
        },
      ],
      abilities: { canEdit: true, canSign: false, hasSigned: true },
    };
    const api = formApi(savedByOla(2), {
      [`POST ${formPath}/signatures`]: () => json(201, api.store(signed)),
      [`DELETE ${formPath}/signatures/mine`]: () => {
        api.store(savedByOla(2));
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp(pagePath);
    await questionCards();
    const signing = within(screen.getByRole("region", { name: "Signering" }));
    expect(
      signing.getByText(/en brukerrepresentant og en fagperson i arbeidsgruppen begge signere/),
    ).toBeInTheDocument();
    expect(signing.getByText("Ingen har signert versjon 2 ennå.")).toBeInTheDocument();
    expect(signing.getByText("Mangler signatur fra en brukerrepresentant")).toBeInTheDocument();
    const sign = signing.getByRole("button", { name: "Signer denne versjonen" });

    // Unsaved changes: signing waits, and says why.
    await user.click(card(1).getByRole("switch", { name: "Må besvares" }));
    expect(sign).toBeDisabled();
    expect(signing.getByText(/Lagre endringene dine før du signerer/)).toBeInTheDocument();
    await user.click(card(1).getByRole("switch", { name: "Må besvares" }));
    expect(sign).toBeEnabled();

    await user.click(sign);
    expect(await signing.findByText("Du har signert versjon 2.")).toBeInTheDocument();
    expect(api.calls(`POST ${formPath}/signatures`)[0]?.headers.get("if-match")).toBe('"2"');
    expect(signing.getByText("Kari Nordmann (Brukerrepresentant), 9. jan. 2027, 10:00")).toBeInTheDocument();
    expect(signing.queryByRole("button", { name: "Signer denne versjonen" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Signering" })).toHaveFocus();

    await user.click(signing.getByRole("button", { name: "Trekk signaturen" }));
    expect(await signing.findByText("Signaturen din på versjon 2 er trukket.")).toBeInTheDocument();
    expect(api.calls(`DELETE ${formPath}/signatures/mine`)).toHaveLength(1);
  });

  it("tells a coordinator who may edit but not sign, and shows the form read-only to those who may not edit", async () => {
    formApi({ ...savedByOla(2), abilities: { canEdit: true, canSign: false, hasSigned: false } });
    const first = renderApp(pagePath);
    await questionCards();
    expect(
      screen.getByText("Bare brukerrepresentantene og fagpersonene i arbeidsgruppen signerer skjemaet."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Signer denne versjonen" })).not.toBeInTheDocument();
    first.unmount();

    formApi({ ...savedByOla(2), abilities: { canEdit: false, canSign: false, hasSigned: false } });
    renderApp(pagePath);
    expect(await screen.findByText(/Du kan lese skjemaet, men ikke endre det/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: /Spørsmålene i skjemaet/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lagre skjemaet" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Flytt opp" })).not.toBeInTheDocument();
    expect(screen.queryByText("Legg til fra spørsmålsbanken")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Signer denne versjonen" })).not.toBeInTheDocument();
  });

  it("lists the saved versions with who saved each and whether both roles signed, and opens one read-only", async () => {
    formApi(savedByOla(2), {
      [`GET ${formPath}/revisions`]: json(200, {
        items: [
          {
            version: 2,
            authorId: olaId,
            authorName: "Ola Hansen",
            authorRole: "PROFESSIONAL",
            createdAt: "2027-01-08T13:45:00.000Z",
            coSigned: false,
          },
          {
            version: 1,
            authorId: kariId,
            authorName: "Kari Nordmann",
            authorRole: "USER_REPRESENTATIVE",
            createdAt: "2027-01-02T08:00:00.000Z",
            coSigned: true,
          },
        ],
        nextCursor: null,
      }),
      [`GET ${formPath}/revisions/1`]: json(200, {
        version: 1,
        authorId: kariId,
        authorName: "Kari Nordmann",
        authorRole: "USER_REPRESENTATIVE",
        createdAt: "2027-01-02T08:00:00.000Z",
        coSigned: true,
        questions: defaultQuestions("COURSE_EVALUATION").slice(0, 2),
      }),
    });
    const { user } = renderApp(pagePath);
    const history = within(await screen.findByRole("region", { name: "Historikk" }));
    expect(await history.findByText("Versjon 2 (den nyeste)")).toBeInTheDocument();
    expect(history.getByText("Lagret av Kari Nordmann (Brukerrepresentant), 2. jan. 2027, 09:00")).toBeInTheDocument();
    expect(history.getByText("Signert av brukerrepresentant og fagperson")).toBeInTheDocument();
    expect(history.getByText("Ikke signert av begge")).toBeInTheDocument();
    const [, older] = history.getAllByRole("button", { name: "Vis spørsmålene" });
    await user.click(older as HTMLElement);
    expect(older).toHaveAttribute("aria-expanded", "true");
    const version1 = await history.findByRole("list", { name: "Spørsmålene i versjon 1" });
    expect(within(version1).getAllByRole("listitem")).toHaveLength(2);
    expect(within(version1).queryByRole("button")).not.toBeInTheDocument();
  });

  it("previews the form as a participant sees it, in the language chosen, with sending switched off", async () => {
    formApi(savedByOla(2));
    const { user } = renderApp(pagePath);
    await questionCards();
    await user.click(screen.getByText("Se skjemaet slik deltakerne ser det"));
    const preview = await screen.findByTestId("evaluation-preview");
    expect(preview).toHaveAttribute("lang", "nb");
    expect(
      within(preview).getByRole("group", { name: /1\. Alt i alt: I hvilken grad har du hatt nytte av kurset\?/ }),
    ).toBeInTheDocument();
    expect(within(preview).getByRole("button", { name: "Send svarene" })).toBeDisabled();

    await user.selectOptions(screen.getByRole("combobox", { name: "Språk i forhåndsvisningen" }), "en");
    await waitFor(() => expect(screen.getByTestId("evaluation-preview")).toHaveAttribute("lang", "en"));
    const english = within(screen.getByTestId("evaluation-preview"));
    expect(await english.findByRole("button", { name: "Send the answers" })).toBeDisabled();
    expect(
      english.getByRole("group", { name: /All in all, how useful has the course been to you\?/ }),
    ).toBeInTheDocument();
    expect(english.getByRole("radio", { name: "Very relevant" })).toBeInTheDocument();
    // The page around stays in the person's language.
    expect(screen.getByRole("heading", { level: 2, name: "Forhåndsvis" })).toBeInTheDocument();
  });

  it("asks before leaving with unsaved changes", async () => {
    formApi(savedByOla(2), {
      [`GET /api/courses/${courseId}/working-group`]: json(200, { members: [], abilities: {} }),
    });
    const { user, router } = renderApp(pagePath);
    await questionCards();
    await user.click(card(1).getByRole("switch", { name: "Må besvares" }));
    await user.click(screen.getByRole("link", { name: "Tilbake til Startkurs diabetes type 2" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Du har endringer som ikke er lagret" }));
    await user.click(dialog.getByRole("button", { name: "Bli på siden" }));
    expect(router.state.location.pathname).toBe(pagePath);
    expect(screen.getByText("Ulagrede endringer")).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Tilbake til Startkurs diabetes type 2" }));
    await user.click(
      within(await screen.findByRole("dialog", { name: "Du har endringer som ikke er lagret" })).getByRole("button", {
        name: "Gå videre uten å lagre",
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/courses/${courseId}`));
  });
});
