import { screen, waitFor, within } from "@testing-library/react";
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
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const coursePath = `/api/courses/${courseId}`;
const copyPath = `POST ${coursePath}/copy`;
const copyId = "c0115e00-0000-4000-8000-000000000099";
const copyRunId = "40e00000-0000-4000-8000-000000000099";

function courseApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, coordinatorSession),
    [`GET ${coursePath}`]: json(200, aCourseDetail(), { etag: '"1"' }),
    [`GET ${coursePath}/working-group`]: json(200, completeGroup),
    [`GET ${coursePath}/contributions`]: json(200, aBalance()),
    [`GET /api/units/${unnId}`]: json(200, unnWithPartners, { etag: '"1"' }),
    [`GET /api/units/${unnId}/people`]: json(200, { items: unnPeople }),
    ...extra,
  });
}

const copySection = () => within(screen.getByRole("region", { name: "Kopier kurset" }));

describe("copying a course", () => {
  it("is offered to coordinators only", async () => {
    courseApi({
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
    expect(await screen.findByRole("region", { name: "Gjennomføringer" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Kopier kurset" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Kopier kurset" })).not.toBeInTheDocument();
  });

  it("sends the title, the coordinated unit and a first run, then opens the copy's run", {
    timeout: 20_000,
  }, async () => {
    const copy = aCourseDetail({
      id: copyId,
      title: "Startkurs diabetes type 2, Harstad",
      runs: [
        {
          id: copyRunId,
          startsOn: "2027-09-01",
          endsOn: "2027-09-08",
          venue: "",
          videoLink: null,
          capacity: 10,
          phase: "PLANNING",
        },
      ],
    });
    const api = courseApi({ [copyPath]: json(201, copy, { etag: '"1"' }) });
    const { user, router } = renderApp(`/courses/${courseId}`);
    const section = await waitFor(copySection);
    expect(section.getByText(/Arbeidsgruppen, gjennomføringene og historikken blir værende her/)).toBeInTheDocument();

    const title = section.getByLabelText("Navn på kopien");
    expect(title).toHaveValue("Startkurs diabetes type 2 (kopi)");
    // The one unit the viewer coordinates is chosen already.
    expect(section.getByRole("checkbox", { name: "Universitetssykehuset Nord-Norge LMS" })).toBeChecked();
    await user.clear(title);
    await user.type(title, "Startkurs diabetes type 2, Harstad");

    await user.click(section.getByRole("checkbox", { name: "Legg inn første gjennomføring av kopien nå" }));
    await user.type(section.getByLabelText("Første dag"), "2027-09-01");
    await user.type(section.getByLabelText("Siste dag"), "2027-09-08");
    await user.type(section.getByLabelText("Antall plasser"), "10");
    await user.click(section.getByRole("button", { name: "Kopier kurset" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/runs/${copyRunId}`));
    expect(api.calls(copyPath)).toHaveLength(1);
    expect(api.calls(copyPath)[0]?.body).toEqual({
      title: "Startkurs diabetes type 2, Harstad",
      ownerUnitIds: [unnId],
      firstRun: { startsOn: "2027-09-01", endsOn: "2027-09-08", venue: null, videoLink: null, capacity: 10 },
    });
  });

  it("opens the copy's course page when it has no run", { timeout: 20_000 }, async () => {
    const copy = aCourseDetail({ id: copyId, title: "Startkurs diabetes type 2 (kopi)", runs: [] });
    const api = courseApi({
      [copyPath]: json(201, copy, { etag: '"1"' }),
      [`GET /api/courses/${copyId}`]: json(200, copy, { etag: '"1"' }),
    });
    const { user, router } = renderApp(`/courses/${courseId}`);
    const section = await waitFor(copySection);
    await user.click(section.getByRole("button", { name: "Kopier kurset" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/courses/${copyId}`));
    expect(api.calls(copyPath)[0]?.body).toEqual({
      title: "Startkurs diabetes type 2 (kopi)",
      ownerUnitIds: [unnId],
    });
  });

  it("shows the API's field error beside the title and in the summary", { timeout: 20_000 }, async () => {
    courseApi({
      [copyPath]: problem(400, "validation_failed", {
        errors: [{ field: "title", code: "too_big", message: "Too long" }],
      }),
    });
    const { user } = renderApp(`/courses/${courseId}`);
    const section = await waitFor(copySection);
    await user.click(section.getByRole("button", { name: "Kopier kurset" }));

    expect(await section.findByRole("link", { name: "Navn på kurset er for lang." })).toHaveAttribute(
      "href",
      "#course-copy-title",
    );
    await waitFor(() =>
      expect(section.getByLabelText("Navn på kopien")).toHaveAccessibleDescription("Navn på kurset er for lang."),
    );
    expect(section.getByLabelText("Navn på kopien")).toHaveValue("Startkurs diabetes type 2 (kopi)");
  });
});
