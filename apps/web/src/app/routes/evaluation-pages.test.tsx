import type { EvaluationChain } from "@sidestilt/domain/evaluation-meeting.schema";
import type { RunComparisonView } from "@sidestilt/domain/evaluation-results.schema";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { aBalance, aCourseDetail, completeGroup, coordinatorSession } from "../../test/course-fixtures.ts";
import { aCollection, aRunEvaluation, collectionId, nextRunId, someResults } from "../../test/evaluation-fixtures.ts";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { courseId, runId } from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

// The evaluation's other pages: the printed handout, the comparison of runs, and the course's chain.

const firstLoad = { timeout: 5_000 };

describe("evaluation handout", () => {
  it("is a plain sheet with a large QR code, the link written out and a few plain lines, outside the run's tabs", async () => {
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      [`GET /api/runs/${runId}/evaluation`]: json(200, aRunEvaluation({ collections: [aCollection()] })),
    });
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const { user } = renderApp(`/runs/${runId}/evaluation/${collectionId}/handout`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Evaluering: Startkurs diabetes type 2" }, firstLoad),
    ).toBeInTheDocument();
    const qr = await screen.findByRole("img", { name: "QR-kode som åpner evalueringsskjemaet" });
    expect(qr).toHaveAttribute("src", `/api/evaluation-collections/${collectionId}/qr.svg`);
    expect(screen.getByText(aCollection().link)).toBeInTheDocument();
    expect(screen.getByText("Du svarer anonymt. Vi vet ikke hvem som har svart hva.")).toBeInTheDocument();
    expect(screen.getByText("Det tar omtrent 5 minutter.")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Gjennomføringen" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skriv ut" }));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe("evaluation comparison", () => {
  it("puts the runs side by side, oldest first, with means, shares and a legend for what is missing", async () => {
    const [overall, , education] = someResults().questions;
    if (!overall || !education) throw new Error("fixture changed");
    const comparison: RunComparisonView = {
      courseId,
      kind: "COURSE_EVALUATION",
      runs: [
        { runId, startsOn: "2026-03-02", status: "available", respondents: 11 },
        { runId: nextRunId, startsOn: "2027-01-12", status: "unavailable", reason: "collecting" },
      ],
      questions: [
        { questionId: "overall", type: "SCALE_0_10", text: overall.text, results: [overall, null] },
        { questionId: "education", type: "SINGLE_CHOICE", text: education.text, results: [education, null] },
      ],
    };
    const api = stubApi({
      "GET /api/auth/session": json(200, aSession()),
      [`GET /api/courses/${courseId}`]: json(200, aCourseDetail({ id: courseId }), { etag: '"1"' }),
      [`GET /api/courses/${courseId}/evaluation-comparison`]: json(200, comparison),
    });
    const { user, router } = renderApp(`/courses/${courseId}/evaluation-comparison`);
    const table = await screen.findByRole("table", { name: /Den eldste gjennomføringen står først/ }, firstLoad);
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.replace(/\s+/g, " ").trim()));
    expect(rows).toEqual([
      ["Spørsmål", "2. mars 202611 svarte", "12. januar 2027samler fortsatt inn svar"],
      ["Hvor nyttig var kurset for deg, alt i alt?", "Gjennomsnitt 7,811 svarte", "–"],
      ["Høyeste fullførte utdanning", "Universitet/høgskole: 55 %Andre svar: 45 %", "–"],
    ]);
    expect(screen.getByText(/– betyr at gjennomføringen ikke har resultater for spørsmålet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Skjema"), "PARTICIPANT_BENEFIT");
    expect(router.state.location.search).toBe("?kind=PARTICIPANT_BENEFIT");
    expect(api.calls(`GET /api/courses/${courseId}/evaluation-comparison`).at(-1)?.url.search).toBe(
      "?kind=PARTICIPANT_BENEFIT",
    );
  });
});

describe("the course's evaluation chain", () => {
  it("shows each run's evaluation, meeting and proposals, and which run took the changes in", async () => {
    const course = aCourseDetail();
    const evaluated = course.runs[0]?.id ?? runId;
    const chain: EvaluationChain = {
      courseId: course.id,
      runs: [
        {
          runId: evaluated,
          startsOn: "2026-03-02",
          phase: "EVALUATION",
          collections: [{ collectionId, kind: "COURSE_EVALUATION", status: "CLOSED", resultsAvailable: true }],
          meetingRecorded: true,
          proposals: { proposed: 1, accepted: 1, rejected: 0 },
          carriedInto: [nextRunId],
          takenFrom: [],
        },
        {
          runId: nextRunId,
          startsOn: "2027-09-07",
          phase: "PLANNING",
          collections: [],
          meetingRecorded: false,
          proposals: { proposed: 0, accepted: 0, rejected: 0 },
          carriedInto: [],
          takenFrom: [evaluated],
        },
      ],
    };
    stubApi({
      "GET /api/auth/session": json(200, coordinatorSession),
      [`GET /api/courses/${course.id}`]: json(200, course, { etag: '"1"' }),
      [`GET /api/courses/${course.id}/working-group`]: json(200, completeGroup),
      [`GET /api/courses/${course.id}/contributions`]: json(200, aBalance()),
      [`GET /api/courses/${course.id}/evaluation-chain`]: json(200, chain),
    });
    renderApp(`/courses/${course.id}`);
    const section = await screen.findByRole("region", { name: "Evaluering og forbedring" }, firstLoad);
    const [first, second] = await within(section).findAllByTestId("chain-run");
    expect(within(first as HTMLElement).getByRole("link", { name: "Gjennomføringen 2. mars 2026" })).toHaveAttribute(
      "href",
      `/runs/${evaluated}/evaluation`,
    );
    expect(first).toHaveTextContent("Kursevaluering: se resultatene");
    expect(first).toHaveTextContent("Evalueringsmøtet er skrevet ned");
    expect(first).toHaveTextContent("2 endringsforslag: 1 vedtatt, 0 avvist");
    expect(within(first as HTMLElement).getByRole("link", { name: "7. september 2027" })).toHaveAttribute(
      "href",
      `/runs/${nextRunId}`,
    );
    expect(second).toHaveTextContent("Bygger på gjennomføringen 2. mars 2026");
    expect(second).toHaveTextContent("Evalueringsmøtet er ikke skrevet ned");
    expect(within(section).getByRole("link", { name: "Skjema: Nytteevaluering" })).toHaveAttribute(
      "href",
      `/courses/${course.id}/evaluation-forms/PARTICIPANT_BENEFIT`,
    );
    expect(within(section).getByRole("link", { name: "Sammenlign evalueringene" })).toHaveAttribute(
      "href",
      `/courses/${course.id}/evaluation-comparison`,
    );
  });
});
