import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { unnId } from "../../test/admin-fixtures.ts";
import {
  aBalance,
  aCourseDetail,
  completeGroup,
  coordinatorSession,
  courseId,
  unnPeople,
  unnWithPartners,
} from "../../test/course-fixtures.ts";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { renderApp } from "../../test/render-app.tsx";

const coursePath = `/api/courses/${courseId}`;
const newRun = {
  id: "40e00000-0000-4000-8000-000000000002",
  courseId,
  courseTitle: "Startkurs diabetes type 2",
  startsOn: "2027-09-07",
  endsOn: "2027-09-07",
  venue: null,
  videoLink: null,
  capacity: 15,
  phase: "PLANNING",
  version: 1,
  abilities: { canEdit: true, canManageWorkingGroup: true },
};

describe("a create form sent again after a lost answer", () => {
  it("sends the same Idempotency-Key with the same input, so the server cannot create twice", {
    timeout: 20_000,
  }, async () => {
    const api = stubApi({
      "GET /api/auth/session": json(200, coordinatorSession),
      [`GET ${coursePath}`]: json(200, aCourseDetail(), { etag: '"1"' }),
      [`GET ${coursePath}/working-group`]: json(200, completeGroup),
      [`GET ${coursePath}/contributions`]: json(200, aBalance()),
      [`GET /api/units/${unnId}`]: json(200, unnWithPartners, { etag: '"1"' }),
      [`GET /api/units/${unnId}/people`]: json(200, { items: unnPeople }),
      [`POST ${coursePath}/runs`]: [
        () => {
          throw new TypeError("Failed to fetch");
        },
        json(201, newRun, { etag: '"1"' }),
      ],
    });
    const { user } = renderApp(`/courses/${courseId}`);
    const runs = within(await screen.findByRole("region", { name: "Gjennomføringer" }));
    await user.click(runs.getByRole("button", { name: "Ny gjennomføring" }));
    const form = within(runs.getByRole("form", { name: "Ny gjennomføring" }));
    await user.type(form.getByLabelText("Første dag"), "2027-09-07");
    await user.type(form.getByLabelText("Siste dag"), "2027-09-07");
    await user.type(form.getByLabelText("Antall plasser"), "15");
    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));
    expect(await form.findByRole("alert")).toHaveTextContent(/Vi får ikke kontakt med tjenesten/);

    await user.click(form.getByRole("button", { name: "Opprett gjennomføringen" }));
    expect(await runs.findByText("Gjennomføringen 7. september 2027 er opprettet.")).toBeInTheDocument();

    const sent = api.calls(`POST ${coursePath}/runs`);
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((request) => request.headers.get("idempotency-key"));
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toBe(first);
    expect(sent[1]?.body).toEqual(sent[0]?.body);
  });
});
