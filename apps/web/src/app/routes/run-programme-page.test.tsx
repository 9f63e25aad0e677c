import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import {
  aProgramme,
  aRunDetail,
  aWorkingGroup,
  courseId,
  dayOne,
  dayTwo,
  kariId,
  kostholdId,
  ola,
  olaId,
  problemWithCurrent,
  runId,
  session2Id,
} from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const programmePath = `/api/runs/${runId}/programme`;
const kostholdPath = `/api/programme-items/${kostholdId}`;

function programmeApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail(), { etag: '"5"' }),
    [`GET ${programmePath}`]: json(200, aProgramme(), { etag: '"5"' }),
    [`GET /api/courses/${courseId}/working-group`]: json(200, aWorkingGroup()),
    ...extra,
  });
}

/** A session's own section, found by its h3 ("Samling 2"). */
async function sessionSection(name: string) {
  const heading = await screen.findByRole("heading", { level: 3, name });
  const section = heading.closest("section");
  if (!section) throw new Error(`no section for ${name}`);
  return within(section);
}

describe("run programme tab", () => {
  it("shows sessions with items, kinds, presenters and roles, each session's warnings and hours, the total and the funding check", async () => {
    programmeApi();
    renderApp(`/runs/${runId}/programme`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Program: Startkurs diabetes type 2" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Program" })).toBeInTheDocument();

    const one = await sessionSection("Samling 1");
    expect(one.getByText("tirsdag 12. januar 2027, kl. 09:00–15:00")).toBeInTheDocument();
    expect(one.getByText("Store auditorium, UNN")).toBeInTheDocument();
    expect(one.getByText("Undervisningstid: 2 timer 15 min")).toBeInTheDocument();
    const items = within(one.getByRole("list", { name: "Innslag i samling 1" })).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("strong")?.textContent)).toEqual([
      "Velkommen og presentasjon",
      "Å leve med diabetes",
      "Lunsj",
      "Hverdagen med diabetes",
    ]);
    expect(items[0]).toHaveTextContent("Faglig innlegg");
    expect(items[0]).toHaveTextContent("(30 min)");
    expect(items[0]).toHaveTextContent("Holdes av Ola Hansen (Fagperson)");
    expect(items[1]).toHaveTextContent("Brukerinnlegg");
    expect(items[1]).toHaveTextContent("Holdes av Kari Nordmann (Brukerrepresentant)");
    expect(items[3]).toHaveTextContent("Holdes av Kari Nordmann (Brukerrepresentant) og Ola Hansen (Fagperson)");
    // A session that meets the method has no warnings.
    expect(one.queryByTestId("session-warnings")).not.toBeInTheDocument();

    const two = await sessionSection("Samling 2");
    expect(two.getByRole("link", { name: "https://video.example.no/startkurs" })).toHaveAttribute(
      "href",
      "https://video.example.no/startkurs",
    );
    const warnings = two.getByTestId("session-warnings");
    expect(within(warnings).getByRole("heading", { name: "Dette bør dere se på i samling 2" })).toBeInTheDocument();
    expect(warnings).toHaveTextContent("Ingen brukerinnlegg eller bidrag fra en brukerrepresentant i denne samlingen");
    expect(warnings).toHaveTextContent("Ingen tid satt av til erfaringsutveksling");
    expect(warnings).toHaveTextContent("Innslagene er lengre enn samlingen");
    expect(warnings).toHaveTextContent("Innslagene varer til sammen 2 timer 30 min, men samlingen varer 2 timer.");
    expect(two.getByText("Undervisningstid: 2 timer 30 min")).toBeInTheDocument();

    // Breaks do not count: 2 t 15 min + 2 t 30 min; funding needs 7 hours.
    const totals = screen.getByTestId("programme-totals");
    expect(totals).toHaveTextContent("Totalt 4 timer 45 min undervisning i 2 samlinger.");
    expect(within(totals).getByTestId("funding-check")).toHaveTextContent(
      "Programmet har for lite undervisning for finansiering: det kreves minst 7 timer, og det mangler 2 timer 15 min.",
    );

    expect(screen.getByRole("link", { name: "Last ned kalender (.ics)" })).toHaveAttribute(
      "href",
      `/api/runs/${runId}/programme.ics`,
    );
    expect(screen.getByRole("link", { name: "Utskriftsvennlig program" })).toHaveAttribute(
      "href",
      `/runs/${runId}/programme/print`,
    );
  });

  it("says the funding check is met at 7 teaching hours", async () => {
    const long = dayOne({ teachingMinutes: 300 });
    programmeApi({
      [`GET ${programmePath}`]: json(200, aProgramme({ sessions: [long, dayTwo({ teachingMinutes: 120 })] })),
    });
    renderApp(`/runs/${runId}/programme`);
    const check = await screen.findByTestId("funding-check");
    expect(screen.getByTestId("programme-totals")).toHaveTextContent("Totalt 7 timer undervisning i 2 samlinger.");
    expect(check).toHaveTextContent("Programmet har minst 7 timer undervisning, som kreves for finansiering.");
  });

  it("adds an item with presenters from the working group's current members, sending the item's fields", async () => {
    const api = programmeApi({
      [`POST /api/programme-sessions/${session2Id}/items`]: json(201, {
        id: "17e00000-0000-4000-8000-000000000099",
        position: 3,
        kind: "USER_STORY",
        title: "Min vei med diabetes",
        minutes: 30,
        version: 1,
        presenters: [{ personId: kariId, name: "Kari Nordmann", role: "USER_REPRESENTATIVE" }],
      }),
    });
    const { user } = renderApp(`/runs/${runId}/programme`);
    const two = await sessionSection("Samling 2");
    await user.click(two.getByRole("button", { name: "Legg til innslag (samling 2)" }));
    const form = within(two.getByRole("form", { name: "Nytt innslag i samling 2" }));
    expect(form.getByRole("heading", { name: "Nytt innslag i samling 2" })).toHaveFocus();

    await user.selectOptions(form.getByLabelText("Type innslag"), "Brukerinnlegg");
    await user.type(form.getByLabelText("Tittel"), "Min vei med diabetes");
    await user.type(form.getByLabelText("Varighet i minutter"), "30");
    const presenters = within(form.getByRole("group", { name: /^Hvem holder innslaget\?/ }));
    // Current members only, with their roles (and a professional's profession); former members are left out.
    expect(presenters.getAllByRole("checkbox").map((box) => box.closest("ds-field, div")?.textContent)).toEqual([
      "Kari Nordmann (Brukerrepresentant)",
      "Ola Hansen (Fagperson, sykepleier)",
      "Per Olsen (LMS-koordinator)",
    ]);
    await user.click(presenters.getByLabelText("Kari Nordmann (Brukerrepresentant)"));
    await user.click(form.getByRole("button", { name: "Legg til innslaget" }));

    expect(await screen.findByText("«Min vei med diabetes» er lagt til i samling 2.")).toBeInTheDocument();
    const sent = api.calls(`POST /api/programme-sessions/${session2Id}/items`);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({
      kind: "USER_STORY",
      title: "Min vei med diabetes",
      minutes: 30,
      presenterIds: [kariId],
    });
    // A new item overwrites nothing: the API takes no If-Match for it.
    expect(sent[0]?.headers.get("if-match")).toBeNull();
    // The programme (with the server's new warnings) is fetched again; focus is back on the add button.
    await waitFor(() => expect(api.calls(`GET ${programmePath}`).length).toBeGreaterThan(1));
    expect(two.getByRole("button", { name: "Legg til innslag (samling 2)" })).toHaveFocus();
  });

  it("explains a bad item beside its fields before sending anything", async () => {
    const api = programmeApi();
    const { user } = renderApp(`/runs/${runId}/programme`);
    const two = await sessionSection("Samling 2");
    await user.click(two.getByRole("button", { name: "Legg til innslag (samling 2)" }));
    const form = within(two.getByRole("form", { name: "Nytt innslag i samling 2" }));
    await user.type(form.getByLabelText("Varighet i minutter"), "3");
    await user.click(form.getByRole("button", { name: "Legg til innslaget" }));
    await waitFor(() => expect(form.getByLabelText("Tittel")).toHaveAccessibleDescription("Tittel må fylles ut."));
    expect(form.getByLabelText("Varighet i minutter")).toHaveAccessibleDescription(
      /Skriv varigheten som et helt antall minutter mellom 5 og 600./,
    );
    expect(screen.getByRole("link", { name: "Tittel må fylles ut." })).toHaveAttribute(
      "href",
      `#new-item-${session2Id}-title`,
    );
    expect(api.calls(`POST /api/programme-sessions/${session2Id}/items`)).toHaveLength(0);
  });

  it("edits an item with its version as If-Match; on 412 keeps the input, shows what is saved now, and saves over it knowingly", async () => {
    const savedByOther = {
      id: kostholdId,
      position: 1,
      kind: "TALK",
      title: "Kosthold i hverdagen",
      minutes: 60,
      version: 3,
      presenters: [ola],
    };
    const api = programmeApi({
      [`PUT ${kostholdPath}`]: [
        problemWithCurrent(412, "precondition_failed", savedByOther),
        json(200, { ...savedByOther, title: "Kosthold og blodsukker", minutes: 45, version: 4 }),
      ],
    });
    const { user } = renderApp(`/runs/${runId}/programme`);
    const two = await sessionSection("Samling 2");
    await user.click(two.getByRole("button", { name: "Endre «Kosthold»" }));
    const form = within(two.getByRole("form", { name: "Endre innslaget «Kosthold»" }));
    expect(form.getByLabelText("Ola Hansen (Fagperson, sykepleier)")).toBeChecked();
    await user.clear(form.getByLabelText("Tittel"));
    await user.type(form.getByLabelText("Tittel"), "Kosthold og blodsukker");
    await user.clear(form.getByLabelText("Varighet i minutter"));
    await user.type(form.getByLabelText("Varighet i minutter"), "45");
    await user.click(form.getByLabelText("Kari Nordmann (Brukerrepresentant)"));
    await user.click(form.getByRole("button", { name: "Lagre innslaget" }));

    const conflict = await form.findByRole("alert");
    expect(conflict).toHaveTextContent("Noen andre har endret dette mens du skrev");
    expect(conflict).toHaveTextContent("Endringene dine er ikke lagret, men de står fortsatt i skjemaet.");
    expect(conflict).toHaveTextContent("TittelKosthold i hverdagen");
    expect(conflict).toHaveTextContent("Varighet i minutter1 time");
    expect(form.getByLabelText("Tittel")).toHaveValue("Kosthold og blodsukker");
    expect(form.getByLabelText("Varighet i minutter")).toHaveValue(45);
    expect(form.getByLabelText("Kari Nordmann (Brukerrepresentant)")).toBeChecked();
    const first = api.calls(`PUT ${kostholdPath}`)[0];
    expect(first?.headers.get("if-match")).toBe('"2"');
    expect(first?.body).toEqual({
      kind: "TALK",
      title: "Kosthold og blodsukker",
      minutes: 45,
      presenterIds: [kariId, olaId],
    });

    await user.click(form.getByRole("button", { name: "Lagre mine endringer likevel" }));
    expect(await screen.findByText("Endringene i «Kosthold og blodsukker» er lagret.")).toBeInTheDocument();
    expect(api.calls(`PUT ${kostholdPath}`)[1]?.headers.get("if-match")).toBe('"3"');
    expect(two.queryByRole("form")).not.toBeInTheDocument();
    // Focus goes back to the item's edit button (the programme as fetched again still calls it "Kosthold").
    await waitFor(() => expect(two.getByRole("button", { name: "Endre «Kosthold»" })).toHaveFocus());
  });

  it("moves an item with its new position and version, and deletes one after asking", async () => {
    const api = programmeApi({
      [`PUT /api/programme-items/${dayTwo().items[1]?.id}`]: json(200, {
        ...dayTwo().items[1],
        position: 1,
        version: 2,
      }),
      [`DELETE ${kostholdPath}`]: new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/runs/${runId}/programme`);
    const two = await sessionSection("Samling 2");
    // The first item cannot move up (the button stays focusable, but does nothing).
    const up = two.getByRole("button", { name: "Flytt opp «Kosthold»" });
    expect(up).toHaveAttribute("aria-disabled", "true");
    await user.click(up);
    await user.click(two.getByRole("button", { name: "Flytt opp «Fysisk aktivitet»" }));
    expect(await screen.findByText("«Fysisk aktivitet» er flyttet til plass 1 av 2.")).toBeInTheDocument();
    const moves = api.requests.filter((request) => request.method === "PUT");
    expect(moves).toHaveLength(1);
    expect(moves[0]?.headers.get("if-match")).toBe('"1"');
    expect(moves[0]?.body).toEqual({
      kind: "EXERCISE",
      title: "Fysisk aktivitet",
      minutes: 60,
      presenterIds: [olaId],
      position: 1,
    });

    await user.click(two.getByRole("button", { name: "Slett «Kosthold»" }));
    const dialog = screen.getByRole("dialog", { name: "Slette innslaget «Kosthold»?" });
    await user.click(within(dialog).getByRole("button", { name: "Ja, slett innslaget" }));
    expect(await screen.findByText("Innslaget «Kosthold» er slettet.")).toBeInTheDocument();
    expect(api.calls(`DELETE ${kostholdPath}`)[0]?.headers.get("if-match")).toBe('"2"');
  });

  it("checks a session's date and times with the domain rules before sending, then adds it", async () => {
    const api = programmeApi({
      [`POST /api/runs/${runId}/sessions`]: json(201, { ...dayTwo(), id: "5e000000-0000-4000-8000-000000000003" }),
    });
    const { user } = renderApp(`/runs/${runId}/programme`);
    await user.click(await screen.findByRole("button", { name: "Legg til samling" }));
    const form = within(screen.getByRole("form", { name: "Ny samling" }));
    const date = form.getByLabelText("Dato");
    expect(date).toHaveValue("2027-01-12");
    await user.clear(date);
    await user.type(date, "2027-02-01");
    await user.type(form.getByLabelText("Starttid"), "13:00");
    await user.type(form.getByLabelText("Sluttid"), "12:00");
    await user.type(form.getByLabelText("Videolenke (valgfritt)"), "video.example.no");
    await user.click(form.getByRole("button", { name: "Legg til samlingen" }));
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(
        /Datoen må være innenfor gjennomføringen, mellom 12. januar 2027 og 13. januar 2027./,
      ),
    );
    expect(form.getByLabelText("Sluttid")).toHaveAccessibleDescription(/Samlingen må slutte etter at den starter./);
    expect(form.getByLabelText("Videolenke (valgfritt)")).toHaveAccessibleDescription(
      /Skriv en gyldig lenke som starter med https:\/\//,
    );
    expect(screen.getAllByRole("link", { name: /må|Skriv/ }).map((link) => link.getAttribute("href"))).toEqual([
      "#new-session-date",
      "#new-session-endsAt",
      "#new-session-videoLink",
    ]);
    expect(api.calls(`POST /api/runs/${runId}/sessions`)).toHaveLength(0);

    await user.clear(form.getByLabelText("Videolenke (valgfritt)"));

    await user.clear(date);
    await user.type(date, "2027-01-13");
    await user.clear(form.getByLabelText("Sluttid"));
    await user.type(form.getByLabelText("Sluttid"), "15:30");
    await user.type(form.getByLabelText("Sted (valgfritt)"), "Rom 2");
    await user.click(form.getByRole("button", { name: "Legg til samlingen" }));
    expect(await screen.findByText("Samlingen onsdag 13. januar 2027 er lagt til.")).toBeInTheDocument();
    expect(api.calls(`POST /api/runs/${runId}/sessions`)[0]?.body).toEqual({
      date: "2027-01-13",
      startsAt: "13:00",
      endsAt: "15:30",
      place: "Rom 2",
      videoLink: null,
    });
  });

  it("edits a session with its version as If-Match and shows the saved session on 412", async () => {
    const api = programmeApi({
      [`PUT /api/programme-sessions/${session2Id}`]: problemWithCurrent(412, "precondition_failed", {
        ...dayTwo({ startsAt: "10:00", endsAt: "12:00", version: 3 }),
      }),
    });
    const { user } = renderApp(`/runs/${runId}/programme`);
    const two = await sessionSection("Samling 2");
    await user.click(two.getByRole("button", { name: "Endre samlingen (samling 2)" }));
    const form = within(two.getByRole("form", { name: "Endre samling 2" }));
    await user.type(form.getByLabelText("Sted (valgfritt)"), "Rom 3");
    await user.click(form.getByRole("button", { name: "Lagre samlingen" }));
    const conflict = await form.findByRole("alert");
    expect(conflict).toHaveTextContent("Tidkl. 10:00–12:00");
    expect(form.getByLabelText("Sted (valgfritt)")).toHaveValue("Rom 3");
    const sent = api.calls(`PUT /api/programme-sessions/${session2Id}`)[0];
    expect(sent?.headers.get("if-match")).toBe('"2"');
    expect(sent?.body).toMatchObject({ date: "2027-01-13", startsAt: "09:00", endsAt: "11:00", place: "Rom 3" });
    expect(form.getByRole("button", { name: "Lagre mine endringer likevel" })).toBeInTheDocument();
  });

  it("shows the programme without any editing to those who may not edit it, and does not fetch the working group", async () => {
    const api = programmeApi({
      [`GET ${programmePath}`]: json(200, aProgramme({ abilities: { canEdit: false } })),
    });
    renderApp(`/runs/${runId}/programme`);
    await sessionSection("Samling 2");
    expect(screen.queryByRole("button", { name: /Endre|Slett|Flytt|Legg til/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Du kan se programmet, men ikke endre det./)).toBeInTheDocument();
    expect(api.calls(`GET /api/courses/${courseId}/working-group`)).toHaveLength(0);
  });
});
