import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { anAuditEvent, aUnit, coordinatorUnitAbilities, personId, unnId } from "../../test/admin-fixtures.ts";
import { json, problem, type RecordedRequest, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const coordinator = aSession({
  memberships: [
    { unitId: unnId, unitName: "Universitetssykehuset Nord-Norge LMS", unitKind: "HOSPITAL_LMS", role: "COORDINATOR" },
  ],
});

/** The audit endpoint as the server behaves: 400 `to_before_from` on the "to" field, else a page. */
function auditAnswer(request: RecordedRequest): Response {
  const from = request.url.searchParams.get("from");
  const to = request.url.searchParams.get("to");
  if (from && to && to < from) {
    return problem(400, "validation_failed", {
      errors: [{ field: "to", code: "custom", message: "to_before_from" }],
    });
  }
  if (request.url.searchParams.get("cursor") === "c2") {
    return json(200, {
      items: [anAuditEvent({ action: "auth.signed-in", objectType: "person", objectId: personId })],
      nextCursor: null,
    });
  }
  return json(200, {
    items: [
      anAuditEvent({ action: "unit.updated" }),
      anAuditEvent({ action: "some.future-action", actor: null, objectType: null, objectId: null }),
    ],
    nextCursor: "c2",
  });
}

function auditApi() {
  return stubApi({
    "GET /api/auth/session": json(200, coordinator),
    [`GET /api/units/${unnId}`]: json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
    "GET /api/audit": auditAnswer,
  });
}

describe("unit audit page", () => {
  it("shows the events in Oslo time with translated actions, and loads more with the cursor", async () => {
    const api = auditApi();
    const { user } = renderApp(`/units/${unnId}/audit`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Endringslogg for Universitetssykehuset Nord-Norge LMS" }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Hendelser, nyeste først" });
    // The table scrolls inside a named, focusable region on a narrow screen.
    expect(screen.getByRole("region", { name: "Hendelser, nyeste først" })).toHaveAttribute("tabindex", "0");
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Endret enheten");
    expect(rows[1]).toHaveTextContent("unit.updated");
    expect(rows[1]).toHaveTextContent("14:30");
    expect(within(rows[1] as HTMLElement).getByRole("link", { name: "Enhet" })).toHaveAttribute(
      "href",
      `/units/${unnId}`,
    );
    expect(rows[2]).toHaveTextContent("some.future-action");
    expect(rows[2]).toHaveTextContent("Systemet");

    await user.click(screen.getByRole("button", { name: "Vis flere" }));
    expect(await within(table).findByText("Logget inn")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Vis flere" })).not.toBeInTheDocument();
    const requests = api.calls("GET /api/audit");
    expect(requests.map((request) => request.url.searchParams.get("cursor"))).toEqual([null, "c2"]);
    expect(requests[0]?.url.searchParams.get("unitId")).toBe(unnId);
  });

  it("writes the filters to the URL, sends them, and shows a 400 `to_before_from` beside “Til”", async () => {
    const api = auditApi();
    const { user, router } = renderApp(`/units/${unnId}/audit`);
    await screen.findByRole("table");
    await user.type(screen.getByLabelText("Handling"), "person.");
    await user.selectOptions(screen.getByLabelText("Gjelder"), "Person");
    await user.type(screen.getByLabelText("Fra"), "2027-02-01");
    await user.type(screen.getByLabelText("Til"), "2027-01-01");
    await user.click(screen.getByRole("button", { name: "Bruk filtrene" }));

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        action: "person.",
        objectType: "person",
        from: "2027-02-01",
        to: "2027-01-01",
      }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText("Til")).toHaveAccessibleDescription("Til-datoen kan ikke være før fra-datoen."),
    );
    expect(screen.getByLabelText("Til")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Fra")).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const last = api.calls("GET /api/audit").at(-1);
    expect(last?.url.searchParams.get("action")).toBe("person.");
    expect(last?.url.searchParams.get("objectType")).toBe("person");
    expect(last?.url.searchParams.get("unitId")).toBe(unnId);

    // Correcting the date clears the error and shows the events again.
    await user.clear(screen.getByLabelText("Til"));
    await user.type(screen.getByLabelText("Til"), "2027-03-01");
    await user.click(screen.getByRole("button", { name: "Bruk filtrene" }));
    expect(await screen.findByRole("table")).toBeInTheDocument();
    expect(screen.getByLabelText("Til")).not.toHaveAttribute("aria-invalid");
  });

  it("reads the filters from a shared URL", async () => {
    const api = auditApi();
    renderApp(`/units/${unnId}/audit?action=unit.&from=2027-01-01`);
    await screen.findByRole("table");
    expect(screen.getByLabelText("Handling")).toHaveValue("unit.");
    expect(screen.getByLabelText("Fra")).toHaveValue("2027-01-01");
    const request = api.calls("GET /api/audit")[0];
    expect(request?.url.searchParams.get("action")).toBe("unit.");
    expect(request?.url.searchParams.get("from")).toBe("2027-01-01");
    expect(request?.url.searchParams.has("to")).toBe(false);
  });

  it("explains an empty log, and an empty filtered one", async () => {
    stubApi({
      "GET /api/auth/session": json(200, coordinator),
      [`GET /api/units/${unnId}`]: json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
      "GET /api/audit": json(200, { items: [], nextCursor: null }),
    });
    const { user } = renderApp(`/units/${unnId}/audit`);
    expect(await screen.findByText("Ingen hendelser er logget ennå.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Handling"), "course.");
    await user.click(screen.getByRole("button", { name: "Bruk filtrene" }));
    expect(await screen.findByText(/Ingen hendelser passer filtrene/)).toBeInTheDocument();
  });
});
