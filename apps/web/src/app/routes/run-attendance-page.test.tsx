import type { Attendance, AttendanceMark, AttendanceSummary } from "@sidestilt/domain/attendance.schema";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aRunDetail, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// The attendance tab of a running run on its second day (10 March 2026): day one is over (Dag was
// away), today three of five are ticked so far, day three is next week.

const [s1, s2, s3] = [
  "5e000000-0000-4000-8000-000000000301",
  "5e000000-0000-4000-8000-000000000302",
  "5e000000-0000-4000-8000-000000000303",
] as const;
const people = ["Anne Berg", "Bjørn Dahl", "Cecilie Moe", "Dag Lund", "Eva Olsen"].map((name, index) => ({
  registrationId: `7e000000-0000-4000-8000-00000000030${index + 1}`,
  name,
  role: index === 2 ? ("RELATIVE" as const) : ("PATIENT" as const),
}));
const [anne, bjorn, cecilie, dag, eva] = people as [
  (typeof people)[number],
  (typeof people)[number],
  (typeof people)[number],
  (typeof people)[number],
  (typeof people)[number],
];

/** The first render loads the page's code and its data: more than the default second on a busy machine. */
const firstLoad = { timeout: 5_000 };

const mark = (who: { registrationId: string }, sessionId: string, present = true): AttendanceMark => ({
  registrationId: who.registrationId,
  sessionId,
  present,
  recordedAt: "2026-03-03T09:10:00.000Z",
});

const initialMarks = [
  ...[anne, bjorn, cecilie, eva].map((who) => mark(who, s1)),
  mark(dag, s1, false),
  ...[anne, bjorn, cecilie].map((who) => mark(who, s2)),
];

/** The list as the server answers it (its figures are recomputed by the page from the marks). */
function anAttendance(overrides: Partial<Attendance> = {}): Attendance {
  return {
    runId,
    phase: "RUNNING",
    today: "2026-03-10",
    participantCount: 5,
    sessions: [
      {
        id: s1,
        date: "2026-03-03",
        startsAt: "09:00",
        endsAt: "15:00",
        place: "Møterom 3, Helsehuset",
        counted: true,
        recordable: true,
        present: 4,
        recorded: 5,
      },
      {
        id: s2,
        date: "2026-03-10",
        startsAt: "09:00",
        endsAt: "15:00",
        place: "Møterom 3, Helsehuset",
        counted: true,
        recordable: true,
        present: 3,
        recorded: 3,
      },
      {
        id: s3,
        date: "2026-03-17",
        startsAt: "09:00",
        endsAt: "14:00",
        place: null,
        counted: false,
        recordable: false,
        present: 0,
        recorded: 0,
      },
    ],
    present: 7,
    expected: 10,
    rate: 0.7,
    funding: { teachingMinutes: 420, attendanceRate: 0.7, enoughHours: true, enoughAttendance: false, met: false },
    abilities: { canSeeParticipants: true, canRecord: true },
    participants: people.map((person) => ({ ...person, present: 0, rate: null })),
    marks: initialMarks,
    ...overrides,
  };
}

function summaryOf(attendance: Attendance): AttendanceSummary {
  const { participants: _participants, marks: _marks, ...summary } = attendance;
  return summary;
}

const coordinator = aSession({
  memberships: [
    {
      unitId: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      unitName: "LMS UNN",
      unitKind: "HOSPITAL_LMS",
      role: "COORDINATOR",
    },
  ],
});

function attendanceApi(
  options: { session?: ReturnType<typeof aSession>; attendance?: Attendance[]; summary?: AttendanceSummary } = {},
) {
  const lists = options.attendance ?? [anAttendance()];
  const summary = options.summary ?? summaryOf(lists[0] ?? anAttendance());
  return stubApi({
    "GET /api/auth/session": json(200, options.session ?? coordinator),
    "GET /api/auth/csrf": json(200, { csrfToken: "csrf" }),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail({ phase: lists[0]?.phase ?? "RUNNING" }), { etag: '"5"' }),
    [`GET /api/runs/${runId}/attendance/summary`]: json(200, summary),
    [`GET /api/runs/${runId}/attendance`]: lists.map((list) => json(200, list)),
    [`PUT /api/sessions/${s2}/attendance`]: (request) => {
      const entry = (request.body as { entries: { registrationId: string; present: boolean }[] }).entries[0];
      return json(200, {
        sessionId: s2,
        marks: [
          {
            registrationId: entry?.registrationId,
            sessionId: s2,
            present: entry?.present,
            recordedAt: "2026-03-10T09:20:00.000Z",
          },
        ],
      });
    },
  });
}

describe("run attendance tab", () => {
  it("opens today's session for a course leader, saves a tap and updates the count, the rate and the funding check", async () => {
    const after = anAttendance({ marks: [...initialMarks, mark(dag, s2)] });
    const api = attendanceApi({ attendance: [anAttendance(), after] });
    const { user } = renderApp(`/runs/${runId}/attendance`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Oppmøte: Startkurs diabetes type 2" }, firstLoad),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Oppmøte" })).toHaveAttribute("aria-current", "page");
    expect(
      await screen.findByRole("heading", { level: 3, name: "Hvem er til stede i samling 2?" }, firstLoad),
    ).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Samling" })).toHaveDisplayValue("Samling 2: tirsdag 10. mars");
    expect(screen.getByText("tirsdag 10. mars 2026, kl. 09:00–15:00 · Møterom 3, Helsehuset")).toBeInTheDocument();
    expect(screen.getByTestId("attendance-count")).toHaveTextContent("3 av 5 til stede");
    const list = within(screen.getByRole("list", { name: "Hvem er til stede i samling 2?" }));
    expect(list.getAllByRole("checkbox").map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(list.getByRole("checkbox", { name: "Cecilie Moe" })).toHaveAccessibleDescription("Pårørende · Til stede");
    expect(screen.getByTestId("attendance-rate")).toHaveTextContent(
      "Oppmøtet så langt er 70 %: 7 av 10 mulige oppmøter i 2 samlinger.",
    );
    const funding = screen.getByTestId("attendance-funding");
    expect(funding).toHaveTextContent("Kurset oppfyller ikke kravene til finansiering ennå");
    expect(funding).toHaveTextContent("Minst 7 undervisningstimer: ja (programmet har 7 timer undervisning)");
    expect(funding).toHaveTextContent("Minst 80 % oppmøte: nei (oppmøtet er 70 %)");

    await user.click(list.getByRole("checkbox", { name: "Dag Lund" }));
    expect(screen.getByTestId("attendance-count")).toHaveTextContent("4 av 5 til stede");
    await waitFor(() => expect(api.calls(`PUT /api/sessions/${s2}/attendance`)).toHaveLength(1));
    expect(api.calls(`PUT /api/sessions/${s2}/attendance`)[0]?.body).toEqual({
      entries: [{ registrationId: dag.registrationId, present: true }],
    });
    await waitFor(() =>
      expect(list.getByRole("checkbox", { name: "Dag Lund" }).closest("li")).toHaveTextContent("Lagret"),
    );
    expect(screen.getByTestId("attendance-count")).toHaveTextContent("4 av 5 til stede");
    expect(screen.getByTestId("attendance-rate")).toHaveTextContent("Oppmøtet så langt er 80 %: 8 av 10");
    expect(screen.getByTestId("attendance-funding")).toHaveTextContent("Kurset oppfyller kravene til finansiering");
    expect(screen.getByTestId("attendance-funding")).toHaveTextContent("Minst 80 % oppmøte: ja (oppmøtet er 80 %)");
    // Once every save has settled, the list is fetched again (another leader may be recording too).
    await waitFor(
      () => expect(api.calls(`GET /api/runs/${runId}/attendance`).length).toBeGreaterThanOrEqual(2),
      firstLoad,
    );
    expect(screen.getByTestId("attendance-count")).toHaveTextContent("4 av 5 til stede");
  });

  it("switches session through the URL, and shows a session ahead without boxes to tick", async () => {
    attendanceApi();
    const { user, router } = renderApp(`/runs/${runId}/attendance`);
    const select = await screen.findByRole("combobox", { name: "Samling" }, firstLoad);

    await user.selectOptions(select, s1);
    expect(router.state.location.search).toBe(`?session=${s1}`);
    expect(
      await screen.findByRole("heading", { level: 3, name: "Hvem er til stede i samling 1?" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("attendance-count")).toHaveTextContent("4 av 5 til stede");
    expect(screen.getByRole("checkbox", { name: "Dag Lund" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Dag Lund" })).toHaveAccessibleDescription("Pasient · Ikke til stede");

    await user.selectOptions(select, s3);
    expect(
      await screen.findByRole("heading", { level: 3, name: "Hvem er til stede i samling 3?" }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(screen.getByTestId("attendance-read-only")).toHaveTextContent(
      "Samlingen er ikke holdt ennå. Du kan registrere oppmøte fra dagen før samlingen.",
    );
    expect(screen.getByText("Anne Berg").closest("li")).toHaveTextContent("Pasient · Ikke registrert");
  });

  it("shows a closed run's list without boxes, saying why", async () => {
    attendanceApi({
      attendance: [anAttendance({ phase: "COMPLETED", abilities: { canSeeParticipants: true, canRecord: false } })],
    });
    renderApp(`/runs/${runId}/attendance?session=${s1}`);
    expect(await screen.findByTestId("attendance-read-only", {}, firstLoad)).toHaveTextContent(
      "Gjennomføringen er fullført eller avlyst, så oppmøtet kan ikke endres lenger.",
    );
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(screen.getByText("Dag Lund").closest("li")).toHaveTextContent("Pasient · Ikke til stede");
    expect(screen.getByText("Anne Berg").closest("li")).toHaveTextContent("Pasient · Til stede");
  });

  it("shows a user representative the figures only, and never asks for the list with names", async () => {
    const summary: AttendanceSummary = {
      ...summaryOf(anAttendance()),
      abilities: { canSeeParticipants: false, canRecord: false },
    };
    const api = attendanceApi({ session: aSession(), summary });
    renderApp(`/runs/${runId}/attendance`);

    expect(await screen.findByTestId("attendance-figures-only", {}, firstLoad)).toHaveTextContent(
      "Her ser du oppmøtet i tall. Hvem som deltar, ser bare kurslederne.",
    );
    expect(screen.getByTestId("attendance-rate")).toHaveTextContent("Oppmøtet så langt er 70 %");
    const perSession = within(screen.getByRole("list", { name: "Oppmøte per samling" })).getAllByRole("listitem");
    expect(perSession.map((item) => item.textContent)).toEqual([
      "Samling 1: tirsdag 3. mars 2026, kl. 09:00–15:00: 4 av 5 til stede",
      "Samling 2: tirsdag 10. mars 2026, kl. 09:00–15:00: 3 av 5 til stede",
      "Samling 3: tirsdag 17. mars 2026, kl. 09:00–14:00: ikke holdt ennå",
    ]);
    expect(screen.queryByText("Anne Berg")).not.toBeInTheDocument();
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(api.calls(`GET /api/runs/${runId}/attendance`)).toEqual([]);
  });
});
