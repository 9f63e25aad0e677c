import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { lenvikId, unnId } from "../../test/admin-fixtures.ts";
import {
  aBalance,
  aCourseDetail,
  aMember,
  completeGroup,
  coordinatorSession,
  courseId,
  malselvId,
  professionalId,
  runId,
  unnPeople,
  unnWithPartners,
} from "../../test/course-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const coursePath = `/api/courses/${courseId}`;
const noContributions = aBalance();
const onlyCoordinator = { members: [aMember()] };

function courseApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, coordinatorSession),
    [`GET ${coursePath}`]: json(200, aCourseDetail(), { etag: '"1"' }),
    [`GET ${coursePath}/working-group`]: json(200, completeGroup),
    [`GET ${coursePath}/contributions`]: json(200, noContributions),
    [`GET /api/units/${unnId}`]: json(200, unnWithPartners, { etag: '"1"' }),
    [`GET /api/units/${unnId}/people`]: json(200, { items: unnPeople }),
    ...extra,
  });
}

const region = (name: string) => within(screen.getByRole("region", { name }));

describe("course page", () => {
  it("shows the course's facts and its runs, each linking to its plan", async () => {
    courseApi({
      [`GET ${coursePath}`]: json(200, aCourseDetail({ ageFrom: 18, languages: ["nb", "se"] }), { etag: '"1"' }),
    });
    renderApp(`/courses/${courseId}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Startkurs diabetes type 2" })).toBeInTheDocument();
    const about = region("Om kurset");
    expect(about.getByText("Målgruppe").parentElement).toHaveTextContent("MålgruppePasienter og pårørende");
    expect(about.getByText("Alder").parentElement).toHaveTextContent("AlderFra 18 år");
    expect(about.getByText("Diagnose").parentElement).toHaveTextContent("DiagnoseDiabetes type 2");
    expect(about.getByText("Språk").parentElement).toHaveTextContent("SpråkNorsk bokmål og Nordsamisk");

    const runs = region("Gjennomføringer");
    const run = runs.getByTestId("run-item");
    expect(within(run).getByRole("link", { name: "2. mars 2027–9. mars 2027" })).toHaveAttribute(
      "href",
      `/runs/${runId}`,
    );
    expect(run).toHaveTextContent("Under planlegging");
    expect(run).toHaveTextContent("StedKursrom 1, UNN Tromsø");
    expect(run).toHaveTextContent("Plasser12 plasser");
    expect(region("Fordeling av bidrag").getByText(/Ingen bidrag er registrert ennå/)).toBeInTheDocument();
  });

  it("keeps what was typed when someone else saved first (412), shows what is saved now, and saves over it knowingly", {
    timeout: 20_000,
  }, async () => {
    const newer = aCourseDetail({ version: 2, summary: "Endret av en annen.", format: "HYBRID" });
    const api = courseApi({
      [`GET ${coursePath}`]: [json(200, aCourseDetail(), { etag: '"1"' }), json(200, newer, { etag: '"2"' })],
      [`PUT ${coursePath}`]: [
        problem(412, "precondition_failed", { detail: "The current version is 2" }),
        json(200, aCourseDetail({ version: 3, title: "Startkurs diabetes 2", format: "HYBRID" }), {
          etag: '"3"',
        }),
      ],
    });
    const { user } = renderApp(`/courses/${courseId}`);
    await user.click(await screen.findByRole("button", { name: "Endre opplysningene" }));
    const about = region("Om kurset");
    const title = about.getByLabelText("Navn på kurset");
    await user.clear(title);
    await user.type(title, "Startkurs diabetes 2");
    await user.click(about.getByRole("radio", { name: "Digitalt" }));
    await user.click(about.getByRole("button", { name: "Lagre endringene" }));

    const conflict = await about.findByRole("alert");
    expect(conflict).toHaveTextContent("Noen andre har endret kurset mens du skrev");
    expect(conflict).toHaveTextContent("Endringene dine er ikke lagret, men de står fortsatt i skjemaet.");
    expect(api.calls(`PUT ${coursePath}`)[0]?.headers.get("if-match")).toBe('"1"');

    // The saved version arrives: the fields the person changed are theirs, the others take the saved values.
    await waitFor(() => expect(conflict).toHaveTextContent("KursformBåde fysisk og digitalt"));
    expect(conflict).not.toHaveTextContent("Beskrivelse");
    expect(about.getByLabelText("Navn på kurset")).toHaveValue("Startkurs diabetes 2");
    expect(about.getByRole("radio", { name: "Digitalt" })).toBeChecked();
    expect(about.getByLabelText("Kort beskrivelse (valgfritt)")).toHaveValue("Endret av en annen.");

    await user.click(about.getByRole("button", { name: "Lagre mine endringer likevel" }));
    expect(await screen.findByText("Endringene er lagret.")).toBeInTheDocument();
    const second = api.calls(`PUT ${coursePath}`)[1];
    expect(second?.headers.get("if-match")).toBe('"2"');
    expect(second?.body).toMatchObject({
      title: "Startkurs diabetes 2",
      summary: "Endret av en annen.",
      format: "DIGITAL",
    });
    expect(screen.getByRole("heading", { level: 1, name: "Startkurs diabetes 2" })).toBeInTheDocument();
  });

  it("lists the working group and adds a person with the role of their unit prefilled", {
    timeout: 20_000,
  }, async () => {
    const added = {
      members: [
        ...completeGroup.members,
        aMember({ id: "3e3b1000-0000-4000-8000-000000000009", personId: professionalId, name: "Ola Nordmann" }),
      ],
    };
    const api = courseApi({
      [`GET ${coursePath}/working-group`]: json(200, onlyCoordinator),
      [`POST ${coursePath}/working-group`]: json(201, added),
    });
    const { user } = renderApp(`/courses/${courseId}`);
    const group = within(await screen.findByRole("region", { name: "Arbeidsgruppen" }));
    expect(await group.findByTestId("working-group-member")).toHaveTextContent("Kari Nordmann · Koordinator");

    const person = await group.findByLabelText("Person");
    await within(person).findByRole("option", { name: "Lise Leder – Leder" });
    // Grouped by owner unit, each with their roles there; a deactivated or erased person is not offered.
    const unit = within(person).getByRole("group", { name: "Universitetssykehuset Nord-Norge LMS" });
    expect(
      within(unit)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Ola Nordmann – Fagperson (sykepleier)", "Siri Brukersen – Brukerrepresentant", "Lise Leder – Leder"]);

    await user.selectOptions(person, "Ola Nordmann – Fagperson (sykepleier)");
    expect(group.getByLabelText("Rolle i arbeidsgruppen")).toHaveValue("PROFESSIONAL");
    expect(group.getByLabelText("Yrke (valgfritt)")).toHaveValue("sykepleier");
    // A unit leader's role has no counterpart in the group: the role is left for the coordinator to choose.
    await user.selectOptions(person, "Lise Leder – Leder");
    expect(group.getByLabelText("Rolle i arbeidsgruppen")).toHaveValue("");
    await user.click(group.getByRole("button", { name: "Legg til i arbeidsgruppen" }));
    await waitFor(() =>
      expect(group.getByLabelText("Rolle i arbeidsgruppen")).toHaveAccessibleDescription(
        "Velg en rolle i arbeidsgruppen. Fylt inn fra rollen personen har i enheten.",
      ),
    );
    expect(api.calls(`POST ${coursePath}/working-group`)).toHaveLength(0);

    await user.selectOptions(person, "Ola Nordmann – Fagperson (sykepleier)");
    const profession = group.getByLabelText("Yrke (valgfritt)");
    await user.clear(profession);
    await user.type(profession, "diabetessykepleier");
    await user.click(group.getByRole("button", { name: "Legg til i arbeidsgruppen" }));

    expect(
      await group.findByText("Ola Nordmann er lagt til i arbeidsgruppen som Fagperson (diabetessykepleier)."),
    ).toBeInTheDocument();
    expect(api.calls(`POST ${coursePath}/working-group`)[0]?.body).toEqual({
      personId: professionalId,
      role: "PROFESSIONAL",
      profession: "diabetessykepleier",
    });
    expect(group.getByLabelText("Person")).toHaveValue("");
  });

  it("explains a role the person already has in the group beside the person field", async () => {
    courseApi({ [`POST ${coursePath}/working-group`]: problem(409, "already_member") });
    const { user } = renderApp(`/courses/${courseId}`);
    const group = within(await screen.findByRole("region", { name: "Arbeidsgruppen" }));
    const person = await group.findByLabelText("Person");
    const siri = "Siri Brukersen – Brukerrepresentant (allerede i arbeidsgruppen)";
    await user.selectOptions(person, await within(person).findByRole("option", { name: siri }));
    expect(group.getByLabelText("Rolle i arbeidsgruppen")).toHaveValue("USER_REPRESENTATIVE");
    expect(group.queryByLabelText("Yrke (valgfritt)")).not.toBeInTheDocument();
    await user.click(group.getByRole("button", { name: "Legg til i arbeidsgruppen" }));
    await waitFor(() =>
      expect(group.getByLabelText("Person")).toHaveAccessibleDescription(
        "Personen har allerede denne rollen i arbeidsgruppen. Sortert etter enhet, med rollene personen har der.",
      ),
    );
  });

  it("removes a member after asking, saying that the history is kept", async () => {
    const after = {
      members: [
        completeGroup.members[0],
        completeGroup.members[2],
        { ...completeGroup.members[1], removedAt: "2027-02-01T10:00:00Z" },
      ],
    };
    const memberId = completeGroup.members[1]?.id ?? "";
    const api = courseApi({
      [`GET ${coursePath}/working-group`]: [json(200, completeGroup), json(200, after)],
      [`DELETE /api/working-group-members/${memberId}`]: new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/courses/${courseId}`);
    const group = within(await screen.findByRole("region", { name: "Arbeidsgruppen" }));
    expect(await group.findAllByTestId("working-group-member")).toHaveLength(3);
    expect(group.queryByTestId("working-group-incomplete")).not.toBeInTheDocument();

    await user.click(
      group.getByRole("button", { name: "Fjern Ola Nordmann (Fagperson (sykepleier)) fra arbeidsgruppen" }),
    );
    const dialog = screen.getByRole("dialog", { name: "Fjerne Ola Nordmann fra arbeidsgruppen?" });
    expect(dialog).toHaveTextContent("Ola Nordmann blir ikke lenger med i arbeidsgruppen som Fagperson (sykepleier).");
    expect(dialog).toHaveTextContent(/Historikken beholdes/);
    expect(dialog).toHaveTextContent(/Etter dette mangler arbeidsgruppen en brukerrepresentant eller en fagperson/);
    expect(within(dialog).getByRole("button", { name: "Avbryt" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Ja, fjern fra arbeidsgruppen" }));

    expect(
      await group.findByText("Ola Nordmann er fjernet fra arbeidsgruppen. Historikken er beholdt."),
    ).toBeInTheDocument();
    expect(api.calls(`DELETE /api/working-group-members/${memberId}`)).toHaveLength(1);
    await waitFor(() => expect(group.getAllByTestId("working-group-member")).toHaveLength(2));
    // Now the group lacks a professional, and says what that means.
    expect(await group.findByTestId("working-group-incomplete")).toHaveTextContent(
      "Gjennomføringer kan ikke gå videre fra planlegging før arbeidsgruppen har minst én brukerrepresentant og én fagperson.",
    );
    expect(group.getByTestId("working-group-incomplete")).toHaveTextContent("Gruppen mangler en fagperson.");
    // The former member is kept, in a disclosure.
    const former = group.getByText("Tidligere medlemmer (1)");
    await user.click(former);
    expect(group.getByTestId("former-member")).toHaveTextContent(
      "Ola Nordmann · Fagperson (sykepleier)Med fra 5. januar 2027 til 1. februar 2027",
    );
  });

  it("says what the working group lacks before a run can leave planning", async () => {
    courseApi({ [`GET ${coursePath}/working-group`]: json(200, onlyCoordinator) });
    renderApp(`/courses/${courseId}`);
    const note = await screen.findByTestId("working-group-incomplete");
    expect(note).toHaveTextContent("Arbeidsgruppen er ikke komplett");
    expect(note).toHaveTextContent(
      "Gjennomføringer kan ikke gå videre fra planlegging før arbeidsgruppen har minst én brukerrepresentant og én fagperson.",
    );
    expect(note).toHaveTextContent("Gruppen mangler en brukerrepresentant og en fagperson.");
  });

  it("shows the contribution balance per phase as tables, with the under-representation warning where it is raised", async () => {
    courseApi({
      [`GET ${coursePath}/contributions`]: json(
        200,
        aBalance([
          { phase: "PLANNING", role: "USER_REPRESENTATIVE", kind: "edits", count: 1 },
          { phase: "PLANNING", role: "PROFESSIONAL", kind: "edits", count: 8 },
          { phase: "PLANNING", role: "PROFESSIONAL", kind: "programmeItems", count: 2 },
          { phase: "PLANNING", role: "COORDINATOR", kind: "decisions", count: 1 },
          { phase: "READY", role: "USER_REPRESENTATIVE", kind: "presentations", count: 2 },
          { phase: "READY", role: "EVALUATOR", kind: "edits", count: 2 },
        ]),
      ),
    });
    renderApp(`/courses/${courseId}`);
    const planning = await screen.findByRole("table", { name: "Under planlegging: 12 bidrag" });
    const rows = within(planning)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.replace(/\s/g, " ")));
    expect(rows).toEqual([
      ["Rolle", "Endringer i planen", "Programposter", "Beslutninger", "Innlegg", "Totalt", "Andel av bidragene"],
      ["Brukerrepresentanter", "1", "0", "0", "0", "1", "8 %"],
      ["Fagpersoner", "8", "2", "0", "0", "10", "83 %"],
      ["Koordinatorer", "0", "0", "1", "0", "1", "8 %"],
      ["Andre", "0", "0", "0", "0", "0", "0 %"],
    ]);
    const [planningPhase, readyPhase, total] = screen.getAllByTestId("contribution-phase");
    expect(planningPhase).toHaveTextContent("Brukerrepresentantene er underrepresentert");
    expect(planningPhase).toHaveTextContent(
      /Brukerrepresentantene står for 8\s%.*under 20\s% av minst 10 bidrag.*fagpersonene bestemmer og brukerne bare blir informert/,
    );
    // Four contributions are too few to flag; half of them came from user representatives anyway.
    expect(readyPhase).toHaveTextContent("Klar: 4 bidrag");
    expect(readyPhase).not.toHaveTextContent("underrepresentert");
    expect(within(readyPhase as HTMLElement).getByRole("row", { name: /Andre/ })).toHaveTextContent("Andre20002");
    expect(total).toHaveTextContent("Hele kurset: 16 bidrag");
  });

  it("adds a partner unit as co-owner and explains why the last owner stays", async () => {
    const twoOwners = aCourseDetail({
      owners: [
        { id: unnId, name: "Universitetssykehuset Nord-Norge LMS" },
        { id: lenvikId, name: "Lenvik kommune" },
      ],
    });
    const api = courseApi({
      [`GET ${coursePath}`]: [json(200, aCourseDetail(), { etag: '"1"' }), json(200, twoOwners, { etag: '"1"' })],
      [`PUT ${coursePath}/owners/${lenvikId}`]: json(200, twoOwners),
      [`DELETE ${coursePath}/owners/${lenvikId}`]: problem(409, "conflict"),
    });
    const { user } = renderApp(`/courses/${courseId}`);
    const owners = within(await screen.findByRole("region", { name: "Kursansvarlige enheter" }));
    expect(owners.getByText(/Et kurs har alltid minst én kursansvarlig enhet/)).toBeInTheDocument();
    expect(owners.queryByRole("button", { name: /Fjern/ })).not.toBeInTheDocument();
    const select = await owners.findByLabelText("Legg til en samarbeidspartner som eier");
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Velg enhet", "Lenvik kommune", "Målselv kommune"]);
    await user.selectOptions(select, "Lenvik kommune");
    await user.click(owners.getByRole("button", { name: "Legg til" }));
    expect(await owners.findByText("Lenvik kommune eier nå kurset sammen med de andre enhetene.")).toBeInTheDocument();
    expect(api.calls(`PUT ${coursePath}/owners/${lenvikId}`)).toHaveLength(1);

    // Another coordinator removed the other owner meanwhile: the server refuses, and the page says why.
    await user.click(await owners.findByRole("button", { name: "Fjern Lenvik kommune som kursansvarlig enhet" }));
    expect(await owners.findByRole("alert")).toHaveTextContent(
      "Enheten kan ikke fjernes: et kurs må ha minst én kursansvarlig enhet. Legg til en annen enhet først.",
    );
    expect(within(select).queryByRole("option", { name: "Lenvik kommune" })).not.toBeInTheDocument();
    expect(within(select).getByRole("option", { name: "Målselv kommune" })).toHaveValue(malselvId);
  });

  it("adds a run whose plan is copied from the latest run", { timeout: 20_000 }, async () => {
    const newRun = {
      id: "40e00000-0000-4000-8000-000000000002",
      courseId,
      courseTitle: "Startkurs diabetes type 2",
      startsOn: "2027-09-07",
      endsOn: "2027-09-07",
      venue: null,
      videoLink: "https://video.example.no/kurs",
      capacity: 15,
      phase: "PLANNING",
      version: 1,
      abilities: { canEdit: true, canManageWorkingGroup: true },
    };
    const api = courseApi({ [`POST ${coursePath}/runs`]: json(201, newRun, { etag: '"1"' }) });
    const { user } = renderApp(`/courses/${courseId}`);
    const runs = within(await screen.findByRole("region", { name: "Gjennomføringer" }));
    await user.click(runs.getByRole("button", { name: "Ny gjennomføring" }));
    const form = within(runs.getByRole("form", { name: "Ny gjennomføring" }));
    expect(
      form.getByText(/får en kopi av planen fra den siste gjennomføringen \(2\. mars 2027–9\. mars 2027\)/),
    ).toBeInTheDocument();

    await user.type(form.getByLabelText("Første dag"), "2027-09-07");
    await user.type(form.getByLabelText("Siste dag"), "2027-09-06");
    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));
    await waitFor(() =>
      expect(form.getByLabelText("Antall plasser")).toHaveAccessibleDescription(/^Antall plasser må fylles ut\./),
    );
    await user.type(form.getByLabelText("Antall plasser"), "0");
    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));
    await waitFor(() =>
      expect(form.getByLabelText("Antall plasser")).toHaveAccessibleDescription(
        /^Skriv et antall plasser mellom 1 og 500\./,
      ),
    );
    // With the fields themselves in order, the rule across them: the last day is not before the first.
    await user.clear(form.getByLabelText("Antall plasser"));
    await user.type(form.getByLabelText("Antall plasser"), "15");
    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));
    await waitFor(() =>
      expect(form.getByLabelText("Siste dag")).toHaveAccessibleDescription("Siste dag kan ikke være før første dag."),
    );
    expect(api.calls(`POST ${coursePath}/runs`)).toHaveLength(0);

    await user.clear(form.getByLabelText("Siste dag"));
    await user.type(form.getByLabelText("Siste dag"), "2027-09-07");
    await user.type(form.getByLabelText("Videolenke (valgfritt)"), "https://video.example.no/kurs");
    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));

    expect(await runs.findByText("Gjennomføringen 7. september 2027 er opprettet.")).toBeInTheDocument();
    expect(runs.getByRole("link", { name: "Åpne planen" })).toHaveAttribute("href", `/runs/${newRun.id}`);
    expect(api.calls(`POST ${coursePath}/runs`)[0]?.body).toEqual({
      startsOn: "2027-09-07",
      endsOn: "2027-09-07",
      venue: null,
      videoLink: "https://video.example.no/kurs",
      capacity: 15,
    });
  });

  it("shows no editing, owner or group management without the abilities, and fetches no people", async () => {
    const api = courseApi({
      "GET /api/auth/session": json(200, aSession()),
      [`GET ${coursePath}`]: json(
        200,
        aCourseDetail({
          abilities: { canView: true, canEdit: false, canManageWorkingGroup: false, canSeeParticipants: false },
        }),
        { etag: '"1"' },
      ),
    });
    renderApp(`/courses/${courseId}`);
    expect(await screen.findAllByTestId("working-group-member")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Endre opplysningene" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ny gjennomføring" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Fjern/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Legg til i arbeidsgruppen" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Legg til en samarbeidspartner som eier")).not.toBeInTheDocument();
    expect(api.calls(`GET /api/units/${unnId}/people`)).toHaveLength(0);
    expect(api.calls(`GET /api/units/${unnId}`)).toHaveLength(0);
  });
});
