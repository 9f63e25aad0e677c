import type { Attendance } from "@sidestilt/domain/attendance.schema";
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "../../lib/csrf-token.ts";
import { createQueryClient } from "../../lib/query-client.ts";
import { json, problem } from "../../test/fetch-stub.ts";
import { AttendanceToggle } from "./attendance-toggle.tsx";
import { attendanceQueryKey } from "./get-attendance.ts";

const runId = "e0000000-0000-4000-8000-000000000201";
const sessionId = "5e000000-0000-4000-8000-000000000201";
const anne = { registrationId: "7e000000-0000-4000-8000-000000000001", name: "Anne Berg", role: "PATIENT" as const };
const path = `/api/sessions/${sessionId}/attendance`;

type Sent = { key: string | null; body: unknown };

/**
 * `fetch` for the PUT only, answered by the test when it wants: each request waits for `answer(...)`,
 * so that the row can be seen while it is saving.
 */
function stubSaves() {
  const sent: Sent[] = [];
  const waiting: ((response: Response | Error) => void)[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      expect(`${init.method} ${new URL(String(input), "http://localhost").pathname}`).toBe(`PUT ${path}`);
      sent.push({
        key: new Headers(init.headers).get("idempotency-key"),
        body: JSON.parse(String(init.body)),
      });
      const outcome = await new Promise<Response | Error>((resolve) => waiting.push(resolve));
      if (outcome instanceof Error) throw outcome;
      return outcome;
    }),
  );
  return {
    sent,
    /** Answers the oldest request still waiting. */
    answer: async (outcome: Response | Error) => {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()?.(outcome);
    },
  };
}

const saved = (present: boolean) =>
  json(200, {
    sessionId,
    marks: [{ registrationId: anne.registrationId, sessionId, present, recordedAt: "2026-03-02T09:05:00.000Z" }],
  });

function renderToggle(present: boolean | null = null) {
  setCsrfToken("csrf-token");
  const queryClient = createQueryClient();
  const cached: Attendance = {
    runId,
    phase: "RUNNING",
    today: "2026-03-02",
    participantCount: 1,
    sessions: [],
    present: 0,
    expected: 0,
    rate: null,
    funding: { teachingMinutes: 420, attendanceRate: null, enoughHours: true, enoughAttendance: false, met: false },
    abilities: { canSeeParticipants: true, canRecord: true },
    participants: [{ ...anne, present: 0, rate: null }],
    marks: [],
  };
  queryClient.setQueryData(attendanceQueryKey(runId), cached);
  render(
    <QueryClientProvider client={queryClient}>
      <ul>
        <AttendanceToggle runId={runId} sessionId={sessionId} participant={anne} present={present} />
      </ul>
    </QueryClientProvider>,
  );
  const user = userEvent.setup();
  const box = screen.getByRole("checkbox", { name: "Anne Berg" });
  const state = () => screen.getByTestId("attendance-save-state");
  return { queryClient, user, box, state };
}

describe("the attendance toggle", () => {
  it("shows the tap at once, says it is saving, then saved, and puts the saved mark in the cached list", async () => {
    const api = stubSaves();
    const { queryClient, user, box, state } = renderToggle();
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription("Pasient · Ikke til stede");

    await user.click(box);
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription("Pasient · Til stede");
    expect(state()).toHaveTextContent("Lagrer …");
    await waitFor(() => expect(api.sent).toHaveLength(1));
    expect(api.sent[0]?.body).toEqual({ entries: [{ registrationId: anne.registrationId, present: true }] });
    expect(api.sent[0]?.key).toMatch(/^[0-9a-f]{32}$/);

    await api.answer(saved(true));
    await waitFor(() => expect(state()).toHaveTextContent("Lagret"));
    expect(state()).not.toHaveTextContent("Lagrer");
    const cached = queryClient.getQueryData<Attendance>(attendanceQueryKey(runId));
    expect(cached?.marks).toEqual([
      { registrationId: anne.registrationId, sessionId, present: true, recordedAt: "2026-03-02T09:05:00.000Z" },
    ]);
  });

  it("keeps the tap on screen when saving fails, says why, and retries with the same Idempotency-Key", async () => {
    const api = stubSaves();
    const { user, box, state } = renderToggle();
    await user.click(box);
    await api.answer(new TypeError("Failed to fetch"));

    const alert = await screen.findByText(/^Ikke lagret\./);
    expect(alert).toHaveTextContent("Ikke lagret. Vi får ikke kontakt med tjenesten.");
    expect(box).toBeChecked();
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(state()).not.toHaveTextContent("Lagret");
    const retry = within(state()).getByRole("button", { name: "Prøv igjen å lagre oppmøtet til Anne Berg" });

    await user.click(retry);
    expect(state()).toHaveTextContent("Lagrer …");
    await waitFor(() => expect(api.sent).toHaveLength(2));
    // The same tap: whatever the server did with the first attempt, it answers the retry the same way.
    expect(api.sent[1]).toEqual(api.sent[0]);
    await api.answer(saved(true));
    await waitFor(() => expect(state()).toHaveTextContent("Lagret"));
    expect(screen.queryByText(/^Ikke lagret\./)).not.toBeInTheDocument();
    expect(box).not.toHaveAttribute("aria-invalid", "true");
  });

  it("sends a new key when the server refused the tap (a retry is then a new request)", async () => {
    const api = stubSaves();
    const { user, box } = renderToggle();
    await user.click(box);
    await api.answer(problem(409, "run_closed"));
    expect(await screen.findByText(/^Ikke lagret\./)).toHaveTextContent(
      "Gjennomføringen er fullført eller avlyst, og kan ikke endres lenger.",
    );
    await user.click(screen.getByRole("button", { name: /^Prøv igjen/ }));
    await waitFor(() => expect(api.sent).toHaveLength(2));
    expect(api.sent[1]?.body).toEqual(api.sent[0]?.body);
    expect(api.sent[1]?.key).not.toBe(api.sent[0]?.key);
    await api.answer(saved(true));
    await waitFor(() => expect(screen.getByTestId("attendance-save-state")).toHaveTextContent("Lagret"));
  });

  it("names the entry's own problem when the API points at it", async () => {
    const api = stubSaves();
    const { user, box } = renderToggle();
    await user.click(box);
    await api.answer(
      problem(400, "validation_failed", {
        errors: [
          {
            field: "entries.0.registrationId",
            code: "registration_not_confirmed",
            message: "Only confirmed participants",
          },
        ],
      }),
    );
    expect(await screen.findByText(/^Ikke lagret\./)).toHaveTextContent(
      "Ikke lagret. Bare deltakere med bekreftet plass kan få registrert oppmøte.",
    );
  });

  it("saves quick taps one after the other, each with its own key, so the last tap wins", async () => {
    const api = stubSaves();
    const { user, box, state } = renderToggle(false);
    await user.click(box);
    await user.click(box);
    expect(box).not.toBeChecked();
    // The second tap waits for the first: only one request is out.
    await waitFor(() => expect(api.sent).toHaveLength(1));
    await api.answer(saved(true));
    await waitFor(() => expect(api.sent).toHaveLength(2));
    expect(
      api.sent.map((request) => (request.body as { entries: { present: boolean }[] }).entries[0]?.present),
    ).toEqual([true, false]);
    expect(api.sent[1]?.key).not.toBe(api.sent[0]?.key);
    expect(state()).toHaveTextContent("Lagrer …");
    await api.answer(saved(false));
    await waitFor(() => expect(state()).toHaveTextContent("Lagret"));
    expect(box).not.toBeChecked();
  });
});
