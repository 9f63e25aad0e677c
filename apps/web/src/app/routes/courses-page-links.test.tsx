import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { unnId } from "../../test/admin-fixtures.ts";
import { coordinatorSession, templateList, unnWithPartners } from "../../test/course-fixtures.ts";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aCourse, aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

describe("courses page links", () => {
  it("links each course's title to its page", async () => {
    const course = aCourse({ title: "Leve med KOLS" });
    stubApi({
      "GET /api/auth/session": json(200, aSession()),
      "GET /api/courses": json(200, { items: [course], nextCursor: null }),
    });
    renderApp("/courses");
    const card = await screen.findByTestId("course-card");
    const link = within(card).getByRole("link", { name: "Leve med KOLS" });
    expect(link).toHaveAttribute("href", `/courses/${course.id}`);
    expect(within(card).getByRole("heading", { level: 2, name: "Leve med KOLS" })).toContainElement(link);
  });

  it("offers a new course only to coordinators, and the link opens the form", async () => {
    stubApi({
      "GET /api/auth/session": json(200, coordinatorSession),
      "GET /api/courses": json(200, { items: [], nextCursor: null }),
      "GET /api/course-templates": json(200, templateList),
      [`GET /api/units/${unnId}`]: json(200, unnWithPartners, { etag: '"1"' }),
    });
    const { user, router } = renderApp("/courses");
    await user.click(await screen.findByRole("link", { name: "Nytt kurs" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Nytt kurs" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/courses/new");
  });

  it("shows no new-course link to someone who coordinates no unit", async () => {
    const leaderAndUser = aSession({
      memberships: [
        { unitId: unnId, unitName: "UNN LMS", unitKind: "HOSPITAL_LMS", role: "UNIT_LEADER" },
        { unitId: unnId, unitName: "UNN LMS", unitKind: "HOSPITAL_LMS", role: "USER_REPRESENTATIVE" },
      ],
    });
    stubApi({
      "GET /api/auth/session": json(200, leaderAndUser),
      "GET /api/courses": json(200, { items: [aCourse()], nextCursor: null }),
    });
    renderApp("/courses");
    await screen.findByTestId("course-card");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Viser 1 kurs"));
    expect(screen.queryByRole("link", { name: "Nytt kurs" })).not.toBeInTheDocument();
  });
});
