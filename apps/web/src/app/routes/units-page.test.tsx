import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aUnit, lenvikId, unnId } from "../../test/admin-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const lenvik = aUnit({
  id: lenvikId,
  kind: "MUNICIPAL_LMS",
  name: "Lenvik kommune",
  municipality: null,
  contactEmail: null,
  contactPhone: null,
});

describe("units page", () => {
  it("lists the viewer's units with kind, place and the viewer's roles there", async () => {
    stubApi({
      "GET /api/auth/session": json(
        200,
        aSession({
          memberships: [
            { unitId: unnId, unitName: "UNN", unitKind: "HOSPITAL_LMS", role: "COORDINATOR" },
            { unitId: unnId, unitName: "UNN", unitKind: "HOSPITAL_LMS", role: "EVALUATOR" },
            { unitId: lenvikId, unitName: "Lenvik kommune", unitKind: "MUNICIPAL_LMS", role: "UNIT_LEADER" },
          ],
        }),
      ),
      "GET /api/units": json(200, { items: [aUnit(), lenvik] }),
    });
    const { user } = renderApp("/courses");
    await user.click(await screen.findByRole("link", { name: "Enheter" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Enheter" })).toHaveFocus();
    const [unn, other] = screen.getAllByTestId("unit-card") as [HTMLElement, HTMLElement];
    expect(within(unn).getByRole("link", { name: "Universitetssykehuset Nord-Norge LMS" })).toHaveAttribute(
      "href",
      `/units/${unnId}`,
    );
    expect(unn).toHaveTextContent("TypeLMS i helseforetak");
    expect(unn).toHaveTextContent("StedTromsø, Nord-Norge");
    expect(unn).toHaveTextContent("Dine rollerLMS-koordinator og Evaluator");
    expect(other).toHaveTextContent("StedNord-Norge");
    expect(other).toHaveTextContent("Din rolleLeder");
    expect(screen.queryByRole("heading", { name: "Ny enhet" })).not.toBeInTheDocument();
    expect(document.title).toBe("Enheter – Sidestilt");
  });

  it("lets a system administrator create a unit, with the server's field errors beside the fields", async () => {
    const api = stubApi({
      "GET /api/auth/session": json(
        200,
        aSession({ memberships: [], person: { ...aSession().person, isSystemAdmin: true } }),
      ),
      "GET /api/units": json(200, { items: [] }),
      "POST /api/units": [
        problem(400, "validation_failed", {
          errors: [{ field: "contactPhone", code: "invalid_format", message: "invalid_phone" }],
        }),
        json(201, lenvik),
      ],
    });
    const { user } = renderApp("/units");
    expect(await screen.findByText("Du er ikke med i noen enhet ennå")).toBeInTheDocument();
    const section = within(screen.getByRole("region", { name: "Ny enhet" }));
    await user.selectOptions(section.getByLabelText("Type enhet"), "LMS i kommune");
    await user.type(section.getByLabelText("Navn"), "Lenvik kommune");
    await user.type(section.getByLabelText("Region"), "Nord-Norge");
    await user.type(section.getByLabelText("Telefon til enheten (valgfritt)"), "12345");
    await user.click(section.getByRole("button", { name: "Opprett enheten" }));

    const phone = section.getByLabelText("Telefon til enheten (valgfritt)");
    await waitFor(() =>
      expect(phone).toHaveAccessibleDescription("Skriv inn et gyldig telefonnummer, for eksempel 77 62 60 00."),
    );
    expect(section.getByRole("link", { name: /gyldig telefonnummer/ })).toHaveAttribute(
      "href",
      "#new-unit-contactPhone",
    );
    expect(api.calls("POST /api/units")[0]?.body).toEqual({
      kind: "MUNICIPAL_LMS",
      name: "Lenvik kommune",
      region: "Nord-Norge",
      municipality: null,
      contactEmail: null,
      contactPhone: "12345",
    });

    await user.clear(phone);
    await user.click(section.getByRole("button", { name: "Opprett enheten" }));
    expect(await section.findByText("Enheten «Lenvik kommune» er opprettet.")).toBeInTheDocument();
    expect(section.getByRole("link", { name: "Gå til Lenvik kommune" })).toHaveAttribute("href", `/units/${lenvikId}`);
    expect(section.getByLabelText("Navn")).toHaveValue("");
  });
});
