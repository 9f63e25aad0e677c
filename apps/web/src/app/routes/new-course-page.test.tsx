import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { lenvikId, unnId } from "../../test/admin-fixtures.ts";
import {
  aCourseDetail,
  coordinatorSession,
  courseId,
  malselvId,
  runId,
  templateList,
  unnWithPartners,
} from "../../test/course-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

function newCourseApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, coordinatorSession),
    "GET /api/course-templates": json(200, templateList),
    [`GET /api/units/${unnId}`]: json(200, unnWithPartners, { etag: '"1"' }),
    ...extra,
  });
}

const diabetes = "Startkurs diabetes type 2 (2 dager)";

describe("new course page", () => {
  it("fills the form from the chosen template and sends it with the owners and a first run, then opens the run's plan", {
    timeout: 20_000,
  }, async () => {
    const api = newCourseApi({ "POST /api/courses": json(201, aCourseDetail(), { etag: '"1"' }) });
    const { user, router } = renderApp("/courses/new");
    expect(await screen.findByRole("heading", { level: 1, name: "Nytt kurs" })).toBeInTheDocument();

    const options = await screen.findAllByTestId("template-option");
    expect(options).toHaveLength(4);
    const template = await screen.findByRole("radio", { name: diabetes });
    await waitFor(() =>
      expect(template).toHaveAccessibleDescription(
        "For deg som nylig har fått diabetes type 2, og dine pårørende. " +
          "Fyller inn: Pasienter og pårørende · Alle aldre · Diabetes type 2 · Fysisk oppmøte · Krever henvisning · Norsk bokmål",
      ),
    );
    // Nothing is filled in before a template is chosen.
    expect(screen.getByLabelText("Navn på kurset")).toHaveValue("");
    await user.click(template);

    expect(screen.getByLabelText("Navn på kurset")).toHaveValue(diabetes);
    expect(screen.getByLabelText("Kort beskrivelse (valgfritt)")).toHaveValue(
      "For deg som nylig har fått diabetes type 2, og dine pårørende.",
    );
    expect(screen.getByRole("radio", { name: "Pasienter og pårørende" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Kurset er diagnoseuavhengig" })).not.toBeChecked();
    expect(screen.getByLabelText("Navn på diagnosen")).toHaveValue("Diabetes type 2");
    expect(screen.getByRole("radio", { name: "Fysisk oppmøte" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Norsk bokmål" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Nordsamisk" })).not.toBeChecked();
    expect(screen.getByRole("radio", { name: "Krever henvisning" })).toBeChecked();

    // The one coordinated unit is chosen already; its partners can join as co-owners.
    expect(screen.getByRole("checkbox", { name: "Universitetssykehuset Nord-Norge LMS" })).toBeChecked();
    const lenvik = await screen.findByRole("checkbox", { name: "Lenvik kommune" });
    expect(lenvik).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Målselv kommune" })).not.toBeChecked();
    await user.click(lenvik);

    const title = screen.getByLabelText("Navn på kurset");
    await user.clear(title);
    await user.type(title, "Startkurs diabetes type 2, Tromsø");
    await user.click(screen.getByRole("checkbox", { name: "Nordsamisk" }));

    await user.click(screen.getByRole("checkbox", { name: "Legg inn første gjennomføring nå" }));
    await user.type(screen.getByLabelText("Første dag"), "2027-03-02");
    await user.type(screen.getByLabelText("Siste dag"), "2027-03-09");
    await user.type(screen.getByLabelText("Sted (valgfritt)"), "Kursrom 1, UNN Tromsø");
    await user.type(screen.getByLabelText("Antall plasser"), "12");
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/runs/${runId}`));
    expect(api.calls("POST /api/courses")).toHaveLength(1);
    expect(api.calls("POST /api/courses")[0]?.body).toEqual({
      title: "Startkurs diabetes type 2, Tromsø",
      summary: "For deg som nylig har fått diabetes type 2, og dine pårørende.",
      targetGroup: "BOTH",
      ageFrom: null,
      ageTo: null,
      diagnosis: "Diabetes type 2",
      format: "PHYSICAL",
      languages: ["nb", "se"],
      enrolment: "REFERRAL",
      ownerUnitIds: [unnId, lenvikId],
      templateKey: "startkurs-diabetes-2",
      firstRun: {
        startsOn: "2027-03-02",
        endsOn: "2027-03-09",
        venue: "Kursrom 1, UNN Tromsø",
        videoLink: null,
        capacity: 12,
      },
    });
  });

  it("keeps what the person changed when another template is chosen, and opens the course page without a run", {
    timeout: 20_000,
  }, async () => {
    const api = newCourseApi({
      "POST /api/courses": json(201, aCourseDetail({ runs: [] }), { etag: '"1"' }),
      [`GET /api/courses/${courseId}`]: json(200, aCourseDetail({ runs: [] }), { etag: '"1"' }),
    });
    const { user, router } = renderApp("/courses/new");
    await user.click(await screen.findByRole("radio", { name: diabetes }));
    const title = screen.getByLabelText("Navn på kurset");
    await user.clear(title);
    await user.type(title, "Diabeteskurs for Midt-Troms");

    await user.click(screen.getByRole("radio", { name: "Pårørendeskole (5 kvelder)" }));
    // Typed by the person: kept. Untouched: now the new template's.
    expect(screen.getByLabelText("Navn på kurset")).toHaveValue("Diabeteskurs for Midt-Troms");
    expect(screen.getByRole("radio", { name: "Pårørende" })).toBeChecked();
    expect(screen.getByLabelText("Navn på diagnosen")).toHaveValue("Demens");
    expect(screen.getByRole("radio", { name: "Direkte påmelding" })).toBeChecked();

    // Diagnosis-independent hides the diagnosis and sends none.
    await user.click(screen.getByRole("checkbox", { name: "Kurset er diagnoseuavhengig" }));
    expect(screen.queryByLabelText("Navn på diagnosen")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/courses/${courseId}`));
    expect(api.calls("POST /api/courses")[0]?.body).toMatchObject({
      title: "Diabeteskurs for Midt-Troms",
      targetGroup: "RELATIVES",
      diagnosis: null,
      enrolment: "DIRECT",
      templateKey: "parorendeskole",
      ownerUnitIds: [unnId],
    });
    expect(api.calls("POST /api/courses")[0]?.body).not.toHaveProperty("firstRun");
  });

  it("explains missing and wrong fields beside them before sending anything", { timeout: 20_000 }, async () => {
    const api = newCourseApi({ "POST /api/courses": json(201, aCourseDetail({ runs: [] })) });
    const { user } = renderApp("/courses/new");
    await screen.findByRole("radio", { name: diabetes });
    await user.click(screen.getByRole("checkbox", { name: "Universitetssykehuset Nord-Norge LMS" }));
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));

    expect(await screen.findByRole("heading", { name: "Rett opp dette før du går videre:" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Navn på kurset må fylles ut." })).toHaveAttribute(
      "href",
      "#new-course-title",
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Navn på kurset")).toHaveAccessibleDescription("Navn på kurset må fylles ut."),
    );
    await waitFor(() =>
      expect(screen.getByRole("radio", { name: "Pasienter" })).toHaveAccessibleDescription("Velg målgruppe."),
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Navn på diagnosen")).toHaveAccessibleDescription(
        "Skriv diagnosen, eller kryss av for at kurset er diagnoseuavhengig. For eksempel diabetes type 2 eller KOLS.",
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Norsk bokmål" })).toHaveAccessibleDescription(
        "Velg minst ett språk.",
      ),
    );
    expect(
      within(screen.getByRole("group", { name: /Enheter som eier kurset/ })).getByText(
        "Velg minst én enhet som skal eie kurset.",
      ),
    ).toBeInTheDocument();
    expect(api.calls("POST /api/courses")).toHaveLength(0);

    // With the rest in order, the schema's rules across fields speak: the age range and the run's dates.
    await user.click(screen.getByRole("radio", { name: diabetes }));
    await user.click(screen.getByRole("checkbox", { name: "Universitetssykehuset Nord-Norge LMS" }));
    await user.type(screen.getByLabelText("Fra alder"), "30");
    await user.type(screen.getByLabelText("Til alder"), "20");
    await user.click(screen.getByRole("checkbox", { name: "Legg inn første gjennomføring nå" }));
    await user.type(screen.getByLabelText("Første dag"), "2027-03-09");
    await user.type(screen.getByLabelText("Siste dag"), "2027-03-02");
    await user.type(screen.getByLabelText("Videolenke (valgfritt)"), "video.example.no/kurs");
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));

    await waitFor(() =>
      expect(screen.getByLabelText("Videolenke (valgfritt)")).toHaveAccessibleDescription(
        /Skriv en fullstendig lenke som starter med https:\/\//,
      ),
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Antall plasser")).toHaveAccessibleDescription(/Antall plasser må fylles ut\./),
    );
    expect(api.calls("POST /api/courses")).toHaveLength(0);

    await user.clear(screen.getByLabelText("Videolenke (valgfritt)"));
    await user.type(screen.getByLabelText("Antall plasser"), "12");
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Til alder")).toHaveAccessibleDescription(
        "«Til alder» kan ikke være lavere enn «Fra alder».",
      ),
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Siste dag")).toHaveAccessibleDescription("Siste dag kan ikke være før første dag."),
    );
    expect(api.calls("POST /api/courses")).toHaveLength(0);
  });

  it("shows the API's field errors beside the fields they belong to", { timeout: 20_000 }, async () => {
    const api = newCourseApi({
      "POST /api/courses": problem(400, "validation_failed", {
        errors: [
          { field: "ageTo", code: "custom", message: "before_start" },
          { field: "languages", code: "duplicate_language", message: "duplicate_language" },
          { field: "ownerUnitIds", code: "not_partner", message: "A co-owner must be a partner of one of your units" },
          { field: "firstRun.endsOn", code: "custom", message: "before_start" },
        ],
      }),
    });
    const { user, router } = renderApp("/courses/new");
    await user.click(await screen.findByRole("radio", { name: diabetes }));
    await user.click(await screen.findByRole("checkbox", { name: "Målselv kommune" }));
    await user.click(screen.getByRole("checkbox", { name: "Legg inn første gjennomføring nå" }));
    await user.type(screen.getByLabelText("Første dag"), "2027-03-02");
    await user.type(screen.getByLabelText("Siste dag"), "2027-03-09");
    await user.type(screen.getByLabelText("Antall plasser"), "12");
    await user.click(screen.getByRole("button", { name: "Opprett kurset" }));

    await waitFor(() =>
      expect(screen.getByLabelText("Til alder")).toHaveAccessibleDescription(
        "«Til alder» kan ikke være lavere enn «Fra alder».",
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Norsk bokmål" })).toHaveAccessibleDescription(
        "Det samme språket er valgt to ganger.",
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Målselv kommune" })).toHaveAccessibleDescription(
        /En kursansvarlig enhet må være din egen enhet eller en samarbeidspartner av den\./,
      ),
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Siste dag")).toHaveAccessibleDescription("Siste dag kan ikke være før første dag."),
    );
    // Listed in the error summary too, in the order of the form, each a link to its field.
    const links = screen.getAllByRole("link", { name: /kan ikke|samme språket|kursansvarlig enhet/ });
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "#new-course-ageTo",
      "#new-course-languages-nb",
      `#new-course-owner-${unnId}`,
      "#new-course-run-endsOn",
    ]);
    expect(api.calls("POST /api/courses")[0]?.body).toMatchObject({ ownerUnitIds: [unnId, malselvId] });
    expect(router.state.location.pathname).toBe("/courses/new");
  });

  it("tells someone who coordinates no unit that only coordinators create courses", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "GET /api/course-templates": json(200, templateList),
    });
    renderApp("/courses/new");
    expect(await screen.findByText(/Bare koordinatorer kan opprette kurs/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Opprett kurset" })).not.toBeInTheDocument();
  });
});
