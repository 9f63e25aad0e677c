import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  anInvitation,
  aPerson,
  aUnit,
  coordinatorUnitAbilities,
  diabetesforbundetId,
  directory,
  unnId,
} from "../../test/admin-fixtures.ts";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const coordinator = aSession({
  memberships: [
    { unitId: unnId, unitName: "Universitetssykehuset Nord-Norge LMS", unitKind: "HOSPITAL_LMS", role: "COORDINATOR" },
  ],
});
const unitPath = `/api/units/${unnId}`;

function unitApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, coordinator),
    [`GET ${unitPath}`]: json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
    [`GET ${unitPath}/people`]: json(200, { items: [aPerson()] }),
    [`GET ${unitPath}/invitations`]: json(200, { items: [] }),
    "GET /api/units/directory": json(200, { items: directory }),
    ...extra,
  });
}

describe("unit page", () => {
  it("keeps what was typed when someone else saved first (412), shows what is saved now, and saves over it knowingly", async () => {
    const api = unitApi({
      [`GET ${unitPath}`]: [
        json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
        json(200, aUnit({ abilities: coordinatorUnitAbilities, version: 2, contactPhone: "77 00 00 00" }), {
          etag: '"2"',
        }),
      ],
      [`PUT ${unitPath}`]: [
        problem(412, "precondition_failed", { detail: "The current version is 2" }),
        json(200, aUnit({ abilities: coordinatorUnitAbilities, version: 3, name: "UNN LMS Tromsø" }), {
          etag: '"3"',
        }),
      ],
    });
    const { user } = renderApp(`/units/${unnId}`);
    await user.click(await screen.findByRole("button", { name: "Endre opplysningene" }));
    const about = within(screen.getByRole("region", { name: "Om enheten" }));
    const name = about.getByLabelText("Navn");
    const phone = about.getByLabelText("Telefon til enheten (valgfritt)");
    await user.clear(name);
    await user.type(name, "UNN LMS Tromsø");
    await user.clear(phone);
    await user.type(phone, "77 11 11 11");
    await user.click(about.getByRole("button", { name: "Lagre endringene" }));

    const conflict = await about.findByRole("alert");
    expect(conflict).toHaveTextContent("Noen andre har endret enheten mens du skrev");
    expect(conflict).toHaveTextContent("Endringene dine er ikke lagret, men de står fortsatt i skjemaet.");
    // What the person typed is still there (queried again: the same form, not a fresh one).
    expect(about.getByLabelText("Navn")).toHaveValue("UNN LMS Tromsø");
    expect(about.getByLabelText("Telefon til enheten (valgfritt)")).toHaveValue("77 11 11 11");
    expect(api.calls(`PUT ${unitPath}`)[0]?.headers.get("if-match")).toBe('"1"');

    // The saved version is fetched and its differing field shown; saving again replaces it with the new ETag.
    await waitFor(() => expect(conflict).toHaveTextContent("Telefon til enheten (valgfritt)77 00 00 00"));
    expect(about.getByLabelText("Telefon til enheten (valgfritt)")).toHaveValue("77 11 11 11");
    await user.click(about.getByRole("button", { name: "Lagre mine endringer likevel" }));

    expect(await screen.findByText("Endringene er lagret.")).toBeInTheDocument();
    const second = api.calls(`PUT ${unitPath}`)[1];
    expect(second?.headers.get("if-match")).toBe('"2"');
    expect(second?.body).toMatchObject({ name: "UNN LMS Tromsø", contactPhone: "77 11 11 11" });
    expect(screen.getByRole("heading", { level: 1, name: "UNN LMS Tromsø" })).toBeInTheDocument();
  });

  it("shows the invitation form's role-dependent fields, sends the invitation and shows the link to pass on", async () => {
    const link = "http://localhost/invitation#abcdefghijklmnopqrstuvwxyz012345";
    const api = unitApi({
      [`POST ${unitPath}/invitations`]: json(201, { invitation: anInvitation(), link }),
    });
    const { user } = renderApp(`/units/${unnId}`);
    const form = (await screen.findByRole("heading", { level: 3, name: "Inviter en person" })).closest("section");
    if (!form) throw new Error("no invitation section");
    const scope = within(form);

    expect(scope.queryByLabelText(/Yrke/)).not.toBeInTheDocument();
    expect(scope.queryByLabelText(/Representerer/)).not.toBeInTheDocument();
    await user.selectOptions(scope.getByLabelText("Rolle"), "Fagperson");
    expect(scope.getByLabelText("Yrke (valgfritt)")).toBeInTheDocument();
    expect(scope.queryByLabelText(/Representerer/)).not.toBeInTheDocument();

    await user.selectOptions(scope.getByLabelText("Rolle"), "Brukerrepresentant");
    expect(scope.queryByLabelText(/Yrke/)).not.toBeInTheDocument();
    const represents = scope.getByLabelText("Representerer (valgfritt)");
    // Only user organisations can be represented.
    expect(
      within(represents)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Ingen organisasjon", "Diabetesforbundet", "LHL"]);

    // Empty required fields are explained beside the fields, before anything is sent.
    await user.click(scope.getByRole("button", { name: "Send invitasjonen" }));
    await waitFor(() => expect(scope.getByLabelText("E-post")).toHaveAccessibleDescription("E-post må fylles ut."));
    expect(api.calls(`POST ${unitPath}/invitations`)).toHaveLength(0);

    await user.type(scope.getByLabelText("E-post"), "Kari@Example.no");
    await user.type(scope.getByLabelText("Navn"), "Kari Nordmann");
    await user.selectOptions(represents, "Diabetesforbundet");
    await user.click(scope.getByRole("button", { name: "Send invitasjonen" }));

    const notice = await screen.findByTestId("created-invitation");
    expect(within(notice).getByRole("heading", { name: "Invitasjonen er klar: gi lenken videre" })).toHaveFocus();
    expect(notice).toHaveTextContent("Kopier lenken og gi den til Kari Nordmann på en trygg måte");
    const field = within(notice).getByLabelText("Invitasjonslenke");
    expect(field).toHaveValue(link);
    expect(field).toHaveAttribute("readonly");
    await user.click(within(notice).getByRole("button", { name: "Kopier lenken" }));
    expect(await within(notice).findByText("Lenken er kopiert.")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);

    expect(api.calls(`POST ${unitPath}/invitations`)[0]?.body).toEqual({
      email: "kari@example.no",
      name: "Kari Nordmann",
      role: "USER_REPRESENTATIVE",
      profession: null,
      representsId: diabetesforbundetId,
      locale: "nb",
    });
    // The form is empty again for the next invitation.
    expect(scope.getByLabelText("E-post")).toHaveValue("");
  });

  it("says the invitation was emailed when the answer has no link, and revokes a pending one after asking", async () => {
    const api = unitApi({
      [`GET ${unitPath}/invitations`]: json(200, { items: [anInvitation()] }),
      [`POST ${unitPath}/invitations`]: json(201, {
        invitation: anInvitation({ email: "per@example.no", name: "Per Hansen", role: "EVALUATOR", represents: null }),
        link: null,
      }),
      [`DELETE /api/invitations/${anInvitation().id}`]: new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/units/${unnId}`);
    await user.type(await screen.findByLabelText("E-post"), "per@example.no");
    await user.type(screen.getByLabelText("Navn"), "Per Hansen");
    await user.selectOptions(screen.getByLabelText("Rolle"), "Evaluator");
    await user.click(screen.getByRole("button", { name: "Send invitasjonen" }));
    const notice = await screen.findByTestId("created-invitation");
    expect(notice).toHaveTextContent("Invitasjonen er sendt på e-post til per@example.no.");
    expect(within(notice).queryByRole("textbox")).not.toBeInTheDocument();

    const item = screen.getByTestId("invitation-item");
    expect(item).toHaveTextContent("Venter på svar");
    expect(item).toHaveTextContent("Brukerrepresentant for Diabetesforbundet");
    const revoke = within(item).getByRole("button", { name: "Trekk tilbake invitasjonen til Kari Nordmann" });
    await user.click(revoke);
    const dialog = screen.getByRole("dialog", { name: "Trekke tilbake invitasjonen til Kari Nordmann?" });
    await user.click(within(dialog).getByRole("button", { name: "Ja, trekk tilbake" }));
    expect(await screen.findByText("Invitasjonen til Kari Nordmann er trukket tilbake.")).toBeInTheDocument();
    expect(api.calls(`DELETE /api/invitations/${anInvitation().id}`)).toHaveLength(1);
  });

  it("hides editing, partners' buttons, invitations and the audit link without the abilities", async () => {
    const api = unitApi({
      "GET /api/auth/session": json(200, aSession()),
      [`GET ${unitPath}`]: json(200, aUnit({ partners: [directory[1] as never] }), { etag: '"1"' }),
    });
    renderApp(`/units/${unnId}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Universitetssykehuset Nord-Norge LMS" }),
    ).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Ola Nordmann" })).toHaveAttribute(
      "href",
      "/people/9e1f0000-0000-4000-8000-000000000001",
    );
    expect(screen.getByTestId("person-item")).toHaveTextContent("Fagperson (sykepleier)");
    expect(screen.getByText("Lenvik kommune")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Endre opplysningene" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Fjern Lenvik kommune/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Invitasjoner" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Se endringsloggen for enheten" })).not.toBeInTheDocument();
    expect(api.calls(`GET ${unitPath}/invitations`)).toHaveLength(0);
  });

  it("adds and removes partners from the directory", async () => {
    const lenvik = directory[1];
    if (!lenvik) throw new Error("fixture");
    const withLenvik = aUnit({ abilities: coordinatorUnitAbilities, partners: [lenvik] });
    const api = unitApi({
      [`GET ${unitPath}`]: [
        json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
        json(200, withLenvik, { etag: '"1"' }),
        json(200, aUnit({ abilities: coordinatorUnitAbilities }), { etag: '"1"' }),
      ],
      [`PUT ${unitPath}/partners/${lenvik.id}`]: json(200, withLenvik),
      [`DELETE ${unitPath}/partners/${lenvik.id}`]: json(200, aUnit({ abilities: coordinatorUnitAbilities })),
    });
    const { user } = renderApp(`/units/${unnId}`);
    const partners = within(await screen.findByRole("region", { name: "Samarbeidspartnere" }));
    expect(partners.getByText("Enheten har ingen samarbeidspartnere ennå.")).toBeInTheDocument();
    const select = await partners.findByLabelText("Legg til en samarbeidspartner");
    // Not the unit itself.
    expect(within(select).queryByRole("option", { name: /Universitetssykehuset/ })).not.toBeInTheDocument();
    await user.selectOptions(select, "Lenvik kommune (LMS i kommune)");
    await user.click(partners.getByRole("button", { name: "Legg til" }));
    expect(await partners.findByText("Lenvik kommune er lagt til som samarbeidspartner.")).toBeInTheDocument();
    expect(api.calls(`PUT ${unitPath}/partners/${lenvik.id}`)).toHaveLength(1);

    await user.click(await partners.findByRole("button", { name: "Fjern Lenvik kommune som samarbeidspartner" }));
    expect(await partners.findByText("Lenvik kommune er ikke lenger samarbeidspartner.")).toBeInTheDocument();
    expect(api.calls(`DELETE ${unitPath}/partners/${lenvik.id}`)).toHaveLength(1);
    expect(await partners.findByText("Enheten har ingen samarbeidspartnere ennå.")).toBeInTheDocument();
  });
});
