import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aMeeting, aProposal, nextRunId, olaEdit } from "../../test/evaluation-fixtures.ts";
import { json, type RecordedRequest, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { aRunDetail, olaId, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// The evaluation meeting: the group's record (saved with If-Match, a conflict keeps what was typed),
// the proposals decided together, and taking the accepted ones into the next run.

const firstLoad = { timeout: 5_000 };
const meetingPath = `/api/runs/${runId}/evaluation-meeting`;

type Answer = Response | ((request: RecordedRequest) => Response);

function meetingApi(meetings: ReturnType<typeof aMeeting>[], extra: Record<string, Answer | Answer[]> = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    "GET /api/auth/csrf": json(200, { csrfToken: "csrf" }),
    [`GET /api/runs/${runId}`]: json(200, aRunDetail({ phase: "EVALUATION" }), { etag: '"5"' }),
    [`GET ${meetingPath}`]: meetings.map((meeting) => json(200, meeting)),
    ...extra,
  });
}

/** A 412 whose `current` is what the server stores now (its date as a timestamp, as Prisma sends it). */
function preconditionFailed(current: Record<string, unknown>): Response {
  return json(412, {
    type: "https://sidestilt.no/problems/precondition_failed",
    title: "precondition_failed",
    status: 412,
    code: "precondition_failed",
    current,
  });
}

describe("evaluation meeting", () => {
  it("keeps what the person typed when someone else saved first, shows the stored text beside it, and lets them keep theirs", async () => {
    const theirs = aMeeting({ version: 4, whatToChange: "Lengre lunsj.", lastEdit: olaEdit });
    const mine = aMeeting({ version: 5, whatToChange: "Kortere dager og mer tid til spørsmål." });
    const api = meetingApi([aMeeting(), theirs], {
      [`PUT ${meetingPath}`]: [
        preconditionFailed({
          version: 4,
          heldOn: "2027-02-01T00:00:00.000Z",
          whatWorked: theirs.whatWorked,
          whatToChange: theirs.whatToChange,
          collaboration: theirs.collaboration,
        }),
        json(200, mine),
      ],
    });
    const { user } = renderApp(`/runs/${runId}/evaluation/meeting`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Evalueringsmøte: Startkurs diabetes type 2" }, firstLoad),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Sist endret av Kari Nordmann \(brukerrepresentant\)/)).toBeInTheDocument();

    const field = screen.getByRole("textbox", { name: "Hva bør endres?" });
    await user.clear(field);
    await user.type(field, "Kortere dager og mer tid til spørsmål.");
    await user.click(screen.getByRole("button", { name: "Lagre referatet" }));
    expect(api.calls(`PUT ${meetingPath}`)[0]?.headers.get("if-match")).toBe('"3"');

    const conflict = await screen.findByRole("region", { name: "Noen andre har lagret referatet mens du skrev" });
    await waitFor(() =>
      expect(within(conflict).getByRole("heading", { name: /Noen andre har lagret referatet/ })).toHaveFocus(),
    );
    // What the person typed stays in the form; only the differing field is shown, both texts side by side.
    expect(field).toHaveValue("Kortere dager og mer tid til spørsmål.");
    expect(
      within(conflict)
        .getAllByRole("heading", { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(["Hva bør endres?"]);
    expect(within(conflict).getByText("Lengre lunsj.")).toBeInTheDocument();
    expect(within(conflict).getByText("Kortere dager og mer tid til spørsmål.")).toBeInTheDocument();
    expect(await within(conflict).findByText(/Ola Hansen \(fagperson\) lagret/)).toBeInTheDocument();

    await user.click(within(conflict).getByRole("button", { name: "Behold min tekst" }));
    const second = api.calls(`PUT ${meetingPath}`)[1];
    expect(second?.headers.get("if-match")).toBe('"4"');
    expect(second?.body).toMatchObject({
      whatToChange: "Kortere dager og mer tid til spørsmål.",
      heldOn: "2027-02-01",
    });
    expect(await screen.findByText("Referatet er lagret.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /Noen andre har lagret/ })).not.toBeInTheDocument();
  });

  it("takes the stored text instead, when the person chooses that", async () => {
    meetingApi([aMeeting()], {
      [`PUT ${meetingPath}`]: preconditionFailed({
        version: 4,
        heldOn: null,
        whatWorked: "Alt.",
        whatToChange: "Ingenting.",
        collaboration: "Godt.",
      }),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation/meeting`);
    const field = await screen.findByRole("textbox", { name: "Hva fungerte?" }, firstLoad);
    await user.type(field, " Og mer.");
    await user.click(screen.getByRole("button", { name: "Lagre referatet" }));
    const conflict = await screen.findByRole("region", { name: "Noen andre har lagret referatet mens du skrev" });
    await user.click(within(conflict).getByRole("button", { name: "Bruk den lagrede teksten" }));
    expect(screen.getByRole("textbox", { name: "Hva fungerte?" })).toHaveValue("Alt.");
    expect(screen.getByLabelText("Dato for møtet")).toHaveValue("");
    expect(screen.queryByRole("region", { name: /Noen andre har lagret/ })).not.toBeInTheDocument();
  });

  it("decides proposals with If-Match, adds one once, and takes the accepted ones into the next run", async () => {
    const accepted = aProposal({
      status: "ACCEPTED",
      version: 1,
      decidedBy: { id: olaId, name: "Ola Hansen", role: "PROFESSIONAL" },
    });
    const api = meetingApi([aMeeting(), aMeeting({ proposals: [accepted] })], {
      [`POST /api/revision-proposals/${aProposal().id}/decision`]: json(200, accepted),
      [`POST /api/runs/${runId}/revision-proposals`]: json(
        201,
        aProposal({ id: "9e000000-0000-4000-8000-000000000002" }),
      ),
      [`POST /api/runs/${runId}/revision-proposals/apply`]: json(200, {
        targetRunId: nextRunId,
        applied: 1,
        targetRunVersion: 7,
      }),
    });
    const { user } = renderApp(`/runs/${runId}/evaluation/meeting`);
    const proposal = await screen.findByRole("heading", { level: 4, name: "Metoder" }, firstLoad);
    const item = proposal.closest("li") as HTMLElement;
    expect(within(item).getByText("Kari Nordmann (brukerrepresentant)")).toBeInTheDocument();
    await user.click(within(item).getByRole("button", { name: "Vedta" }));
    const decision = api.calls(`POST /api/revision-proposals/${aProposal().id}/decision`)[0];
    expect(decision?.headers.get("if-match")).toBe('"0"');
    expect(decision?.body).toEqual({ status: "ACCEPTED" });
    expect(await screen.findByText("Forslaget om Metoder er vedtatt.")).toBeInTheDocument();

    // A new proposal: checked before sending, then sent once with an Idempotency-Key.
    await user.click(screen.getByRole("button", { name: "Legg til forslaget" }));
    expect(
      await screen.findByRole("link", { name: "Velg hvilken del av planen forslaget gjelder." }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Del av planen"), "FRAME");
    await user.type(screen.getByRole("textbox", { name: "Hva fant dere?" }), "Dagene ble lange.");
    await user.type(
      screen.getByRole("textbox", { name: "Ny tekst for denne delen av planen" }),
      "To dager, 09.00–14.30.",
    );
    await user.click(screen.getByRole("button", { name: "Legg til forslaget" }));
    expect(await screen.findByText("Forslaget er lagt til.")).toBeInTheDocument();
    const added = api.calls(`POST /api/runs/${runId}/revision-proposals`);
    expect(added).toHaveLength(1);
    expect(added[0]?.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
    expect(added[0]?.body).toEqual({
      elementKind: "FRAME",
      finding: "Dagene ble lange.",
      proposedText: "To dager, 09.00–14.30.",
    });

    // Into the next run's plan, which must be signed again.
    const apply = screen.getByRole("region", { name: "Ta med endringene i neste gjennomføring" });
    expect(within(apply).getByLabelText("Gjennomføring")).toHaveDisplayValue("7. september 2027");
    await user.click(within(apply).getByRole("button", { name: "Ta med endringene" }));
    expect(api.calls(`POST /api/runs/${runId}/revision-proposals/apply`)[0]?.body).toEqual({ targetRunId: nextRunId });
    expect(
      await within(apply).findByText("1 endring er tatt inn i planen for gjennomføringen 7. september 2027."),
    ).toBeInTheDocument();
    expect(within(apply).getByRole("link", { name: "Åpne planen" })).toHaveAttribute("href", `/runs/${nextRunId}`);
    expect(
      within(apply).getByText(/må nå signeres på nytt av en brukerrepresentant og en fagperson/),
    ).toBeInTheDocument();
  });

  it("says when there is no later run to take the changes into, and where to make one", async () => {
    meetingApi([aMeeting({ proposals: [aProposal({ status: "ACCEPTED" })], nextRuns: [] })]);
    renderApp(`/runs/${runId}/evaluation/meeting`);
    const apply = await screen.findByRole("region", { name: "Ta med endringene i neste gjennomføring" }, firstLoad);
    expect(within(apply).getByText(/Det finnes ingen senere gjennomføring av kurset/)).toBeInTheDocument();
    expect(within(apply).getByRole("link", { name: "Gå til kurssiden" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/courses\//),
    );
    expect(within(apply).queryByRole("button")).not.toBeInTheDocument();
  });
});
