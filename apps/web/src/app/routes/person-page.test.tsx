import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { allPersonAbilities, anAuditEvent, aPerson, directory, personId, unnId } from "../../test/admin-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const personPath = `/api/people/${personId}`;
const historyPath = `/api/audit/history/person/${personId}`;
const membershipId = aPerson().memberships[0]?.id ?? "";
const coordinator = aSession({
  memberships: [
    { unitId: unnId, unitName: "Universitetssykehuset Nord-Norge LMS", unitKind: "HOSPITAL_LMS", role: "COORDINATOR" },
  ],
});

function personApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, coordinator),
    [`GET ${personPath}`]: json(200, aPerson({ abilities: allPersonAbilities })),
    [`GET ${historyPath}`]: json(200, {
      items: [
        anAuditEvent({ action: "membership.updated", objectType: "person", objectId: personId }),
        anAuditEvent({ action: "person.something-new", objectType: "person", objectId: personId }),
      ],
      nextCursor: null,
    }),
    "GET /api/units/directory": json(200, { items: directory }),
    ...extra,
  });
}

describe("person page", () => {
  it("shows the person, roles and change history, and hides every action the abilities do not allow", async () => {
    const api = personApi({
      [`GET ${personPath}`]: json(200, aPerson({ email: null })),
    });
    renderApp(`/people/${personId}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Ola Nordmann" })).toBeInTheDocument();
    expect(screen.getByTestId("membership-item")).toHaveTextContent("Fagperson (sykepleier)");
    expect(screen.getByRole("link", { name: "Universitetssykehuset Nord-Norge LMS" })).toHaveAttribute(
      "href",
      `/units/${unnId}`,
    );
    expect(screen.getByText("Aktiv")).toBeInTheDocument();
    // No contact details in the answer: none shown, not even as empty labels.
    expect(screen.queryByText("E-post")).not.toBeInTheDocument();
    expect(screen.queryByText("Telefon")).not.toBeInTheDocument();

    for (const name of [
      /Endre rollen/,
      /Fjern rollen/,
      "Deaktiver kontoen",
      "Lag lenke for nytt passord",
      "Slett personen",
    ]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("heading", { name: "Konto" })).not.toBeInTheDocument();
    // The represented-organisation picker is not needed, so the directory is not fetched.
    expect(api.calls("GET /api/units/directory")).toHaveLength(0);

    const history = within(screen.getByRole("region", { name: "Endringslogg" }));
    const rows = within(await history.findByTestId("audit-table")).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Endret en rolle");
    expect(rows[1]).toHaveTextContent("14:30"); // 12:30 UTC in June is 14:30 in Oslo
    expect(rows[1]).toHaveTextContent("Kari Koordinator");
    // An action without a translation is shown by its code.
    expect(rows[2]).toHaveTextContent("person.something-new");
  });

  it("offers the actions the abilities allow", async () => {
    personApi();
    renderApp(`/people/${personId}`);
    expect(
      await screen.findByRole("button", { name: "Endre rollen i Universitetssykehuset Nord-Norge LMS" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Fjern rollen i Universitetssykehuset Nord-Norge LMS" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Deaktiver kontoen" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lag lenke for nytt passord" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Slett personen" })).toBeInTheDocument();
    expect(screen.getByText("ola@example.no")).toBeInTheDocument();
  });

  it("asks before erasing, explaining the consequences; Esc cancels without erasing", async () => {
    const erased = aPerson({
      name: "Slettet person 9e1f",
      email: null,
      active: false,
      erased: true,
      memberships: [],
      abilities: { ...allPersonAbilities, canErase: false, canDeactivate: false, canManageRoles: false },
    });
    const api = personApi({ [`POST ${personPath}/erase`]: json(200, erased) });
    const { user } = renderApp(`/people/${personId}`);
    const erase = await screen.findByRole("button", { name: "Slett personen" });
    await user.click(erase);

    const dialog = screen.getByRole("dialog", { name: "Slette Ola Nordmann?" });
    expect(dialog).toHaveTextContent("Navnet, e-postadressen, telefonnummeret, passordet og rollene");
    expect(dialog).toHaveTextContent("beholder personens id som et pseudonym");
    expect(dialog).toHaveTextContent("Slettingen kan ikke angres.");
    expect(within(dialog).getByRole("button", { name: "Avbryt" })).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(erase).toHaveFocus();
    expect(api.calls(`POST ${personPath}/erase`)).toHaveLength(0);

    await user.click(erase);
    await user.click(
      within(screen.getByRole("dialog", { name: "Slette Ola Nordmann?" })).getByRole("button", {
        name: "Ja, slett personen",
      }),
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Slettet person 9e1f" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByText(/Personen er slettet\. Navn og kontaktopplysninger er fjernet/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Slett personen" })).not.toBeInTheDocument();
    expect(api.calls(`POST ${personPath}/erase`)).toHaveLength(1);
  });

  it("explains a refused erase inside the dialog", async () => {
    personApi({ [`POST ${personPath}/erase`]: problem(409, "erase_blocked") });
    const { user } = renderApp(`/people/${personId}`);
    await user.click(await screen.findByRole("button", { name: "Slett personen" }));
    const dialog = screen.getByRole("dialog", { name: "Slette Ola Nordmann?" });
    await user.click(within(dialog).getByRole("button", { name: "Ja, slett personen" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Personen er også med i enheter du ikke er koordinator for.",
    );
  });

  it("explains that the last coordinator cannot be removed", async () => {
    const api = personApi({ [`DELETE /api/memberships/${membershipId}`]: problem(409, "last_coordinator") });
    const { user } = renderApp(`/people/${personId}`);
    await user.click(
      await screen.findByRole("button", { name: "Fjern rollen i Universitetssykehuset Nord-Norge LMS" }),
    );
    const dialog = screen.getByRole("dialog", { name: "Fjerne rollen?" });
    expect(dialog).toHaveTextContent(
      "Ola Nordmann mister rollen som Fagperson (sykepleier) i Universitetssykehuset Nord-Norge LMS.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Ja, fjern rollen" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Enheten må ha minst én koordinator.");
    expect(api.calls(`DELETE /api/memberships/${membershipId}`)).toHaveLength(1);
  });

  it("deactivates after explaining that every session ends at once", async () => {
    const api = personApi({
      [`POST ${personPath}/deactivate`]: json(200, aPerson({ active: false, abilities: allPersonAbilities })),
    });
    const { user } = renderApp(`/people/${personId}`);
    await user.click(await screen.findByRole("button", { name: "Deaktiver kontoen" }));
    const dialog = screen.getByRole("dialog", { name: "Deaktivere kontoen til Ola Nordmann?" });
    expect(dialog).toHaveTextContent("blir logget ut av alle økter med en gang");
    await user.click(within(dialog).getByRole("button", { name: "Ja, deaktiver kontoen" }));
    expect(await screen.findByText("Kontoen er deaktivert, og Ola Nordmann er logget ut overalt.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Aktiver kontoen igjen" })).toBeInTheDocument();
    expect(api.calls(`POST ${personPath}/deactivate`)).toHaveLength(1);
  });

  it("changes a role, showing the field that belongs to it, and shows a password-reset link to pass on", async () => {
    const link = "http://localhost/reset-password#abcdefghijklmnopqrstuvwxyz012345";
    const api = personApi({
      [`PUT /api/memberships/${membershipId}`]: json(200, aPerson({ abilities: allPersonAbilities })),
      [`POST ${personPath}/password-reset-link`]: json(200, { link }),
    });
    const { user } = renderApp(`/people/${personId}`);
    await user.click(
      await screen.findByRole("button", { name: "Endre rollen i Universitetssykehuset Nord-Norge LMS" }),
    );
    const form = within(screen.getByRole("form", { name: "Endre rollen i Universitetssykehuset Nord-Norge LMS" }));
    expect(form.getByLabelText("Yrke (valgfritt)")).toHaveValue("sykepleier");
    await user.selectOptions(form.getByLabelText("Rolle"), "Brukerrepresentant");
    await waitFor(() => expect(form.getByLabelText("Representerer (valgfritt)")).toBeInTheDocument());
    await user.selectOptions(form.getByLabelText("Representerer (valgfritt)"), "LHL");
    await user.click(form.getByRole("button", { name: "Lagre rollen" }));
    expect(await screen.findByText("Rollen er endret.")).toBeInTheDocument();
    expect(api.calls(`PUT /api/memberships/${membershipId}`)[0]?.body).toEqual({
      role: "USER_REPRESENTATIVE",
      profession: null,
      representsId: directory[3]?.id,
    });

    await user.click(screen.getByRole("button", { name: "Lag lenke for nytt passord" }));
    expect(await screen.findByLabelText("Lenke for nytt passord")).toHaveValue(link);
    expect(screen.getByText(/Den virker i 60 minutter og kan brukes én gang/)).toBeInTheDocument();
  });
});
