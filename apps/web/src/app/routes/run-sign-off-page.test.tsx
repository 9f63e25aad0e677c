import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import {
  aChecklist,
  aRunDetail,
  aSignature,
  aSignOff,
  aStep,
  courseId,
  kari,
  ola,
  olaId,
  problemWithCurrent,
  runId,
} from "../../test/programme-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const runPath = `/api/runs/${runId}`;
const signOffPath = `${runPath}/sign-off`;

function signOffApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET ${runPath}`]: json(200, aRunDetail(), { etag: '"5"' }),
    [`GET ${signOffPath}`]: json(200, aSignOff()),
    ...extra,
  });
}

/** A step's own section, found by its h3. */
async function stepSection(name: string) {
  const heading = await screen.findByRole("heading", { level: 3, name });
  const section = heading.closest("section");
  if (!section) throw new Error(`no section for ${name}`);
  return within(section);
}

describe("run sign-off tab", () => {
  it("shows who signed (and on which version, and whether it still counts), who is missing, and why each step is blocked", async () => {
    signOffApi({
      [`GET ${signOffPath}`]: json(
        200,
        aSignOff({
          steps: [
            aStep("READY", {
              signatures: [aSignature(kari, 5), aSignature(ola, 4, false)],
              blockers: [{ code: "signature_missing", missingRole: "PROFESSIONAL" }],
              canSign: false,
            }),
            aStep("CANCELLED", {
              blockers: [
                { code: "working_group_incomplete", missingRole: "PROFESSIONAL" },
                { code: "signature_missing", missingRole: "USER_REPRESENTATIVE" },
                { code: "signature_missing", missingRole: "PROFESSIONAL" },
              ],
              canSign: true,
            }),
          ],
        }),
      ),
    });
    renderApp(`/runs/${runId}/sign-off`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Signering og faser: Startkurs diabetes type 2" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText("Fase nå: Under planlegging. Gjeldende versjon av planen og programmet: 5."),
    ).toBeInTheDocument();

    const ready = await stepSection("Neste steg: Klar");
    const signatures = ready.getAllByRole("listitem").filter((item) => item.classList.contains("sign-off-signature"));
    expect(signatures[0]).toHaveTextContent(
      "Kari Nordmann (Brukerrepresentant) signerte versjon 5, 10. jan. 2027, 10:15",
    );
    expect(signatures[0]).toHaveTextContent("Gyldig");
    expect(signatures[0]).not.toHaveTextContent("teller ikke lenger");
    expect(signatures[1]).toHaveTextContent("Ola Hansen (Fagperson) signerte versjon 4");
    expect(signatures[1]).toHaveTextContent("Teller ikke");
    expect(signatures[1]).toHaveTextContent("Signaturen gjelder en eldre versjon og teller ikke lenger.");
    expect(ready.getByText("Mangler signatur fra en fagperson")).toBeInTheDocument();
    // Kari has signed this version: she may withdraw, not sign again; nobody may take the step yet.
    expect(ready.queryByRole("button", { name: "Signer for Klar" })).not.toBeInTheDocument();
    expect(ready.getByRole("button", { name: "Trekk signaturen for Klar" })).toBeInTheDocument();
    expect(ready.queryByRole("button", { name: "Gå videre til Klar" })).not.toBeInTheDocument();

    const cancel = await stepSection("Avlyse gjennomføringen");
    expect(cancel.getByText("Ingen har signert dette steget ennå.")).toBeInTheDocument();
    expect(
      cancel.getByText(/Arbeidsgruppen har ingen fagperson, og steget krever signatur fra en./),
    ).toBeInTheDocument();
    expect(cancel.getByRole("link", { name: "Legg til i arbeidsgruppen på kurssiden" })).toHaveAttribute(
      "href",
      `/courses/${courseId}`,
    );
    expect(cancel.getByText("Mangler signatur fra en brukerrepresentant")).toBeInTheDocument();
    expect(cancel.getByRole("button", { name: "Signer for avlysning" })).toBeInTheDocument();
    expect(cancel.queryByRole("button", { name: "Trekk signaturen for avlysning" })).not.toBeInTheDocument();
  });

  it("signs on the sign-off's version and withdraws one's own signature", async () => {
    const signed = aSignOff({
      steps: [
        aStep("READY", {
          signatures: [aSignature(kari, 5)],
          blockers: [{ code: "signature_missing", missingRole: "PROFESSIONAL" }],
          canSign: false,
        }),
        aStep("CANCELLED"),
      ],
    });
    const api = signOffApi({
      [`POST ${runPath}/signatures`]: json(201, signed),
      [`DELETE ${runPath}/signatures/READY`]: new Response(null, { status: 204 }),
      [`GET ${signOffPath}`]: [json(200, aSignOff()), json(200, aSignOff())],
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const ready = await stepSection("Neste steg: Klar");
    await user.click(ready.getByRole("button", { name: "Signer for Klar" }));

    expect(await screen.findByText("Du har signert for Klar på versjon 5.")).toBeInTheDocument();
    expect(api.calls(`POST ${runPath}/signatures`)[0]?.body).toEqual({ targetPhase: "READY", version: 5 });
    expect(ready.getByText(/Kari Nordmann \(Brukerrepresentant\) signerte versjon 5/)).toBeInTheDocument();

    await user.click(ready.getByRole("button", { name: "Trekk signaturen for Klar" }));
    expect(await screen.findByText("Signaturen din for Klar er trukket.")).toBeInTheDocument();
    expect(api.calls(`DELETE ${runPath}/signatures/READY`)).toHaveLength(1);
    // The sign-off is fetched again: the signature is gone and signing is offered again.
    expect(await ready.findByRole("button", { name: "Signer for Klar" })).toBeInTheDocument();
    expect(api.calls(`GET ${signOffPath}`)).toHaveLength(2);
  });

  it("explains a stale signature (409 signature_stale) and reloads the sign-off, so the next signature is on the new version", async () => {
    const api = signOffApi({
      [`GET ${signOffPath}`]: [json(200, aSignOff()), json(200, aSignOff({ version: 6 }))],
      [`POST ${runPath}/signatures`]: [
        problemWithCurrent(409, "signature_stale", { version: 6 }),
        json(201, aSignOff({ version: 6 })),
      ],
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const ready = await stepSection("Neste steg: Klar");
    await user.click(ready.getByRole("button", { name: "Signer for Klar" }));
    expect(await ready.findByRole("alert")).toHaveTextContent(
      "Planen eller programmet er endret siden du åpnet siden, og gjeldende versjon er nå 6. Signaturen ble ikke lagret.",
    );
    expect(await screen.findByText(/Gjeldende versjon av planen og programmet: 6./)).toBeInTheDocument();
    expect(api.calls(`GET ${signOffPath}`)).toHaveLength(2);

    await user.click(ready.getByRole("button", { name: "Signer for Klar" }));
    await waitFor(() => expect(api.calls(`POST ${runPath}/signatures`)).toHaveLength(2));
    expect(api.calls(`POST ${runPath}/signatures`)[1]?.body).toEqual({ targetPhase: "READY", version: 6 });
  });

  it("takes an unblocked step and refreshes the run, so the layout's summary shows the new phase", async () => {
    const both = [aSignature(kari, 5), aSignature(ola, 5)];
    const api = signOffApi({
      [`GET ${runPath}`]: [
        json(200, aRunDetail(), { etag: '"5"' }),
        json(200, aRunDetail({ phase: "READY" }), { etag: '"5"' }),
      ],
      [`GET ${signOffPath}`]: json(
        200,
        aSignOff({
          steps: [
            aStep("READY", { signatures: both, blockers: [], canSign: false, canAdvance: true }),
            aStep("CANCELLED"),
          ],
        }),
      ),
      [`POST ${runPath}/transitions`]: json(
        200,
        aSignOff({ phase: "READY", steps: [aStep("RUNNING"), aStep("CANCELLED")] }),
      ),
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const ready = await stepSection("Neste steg: Klar");
    expect(ready.getByText("Alt er på plass: begge rollene har signert versjon 5.")).toBeInTheDocument();
    expect(screen.getByText("12. januar 2027–13. januar 2027 · Under planlegging")).toBeInTheDocument();
    await user.click(ready.getByRole("button", { name: "Gå videre til Klar" }));

    expect(await screen.findByText("Gjennomføringen er nå i fasen «Klar».")).toBeInTheDocument();
    expect(api.calls(`POST ${runPath}/transitions`)[0]?.body).toEqual({ targetPhase: "READY" });
    expect(await screen.findByText("12. januar 2027–13. januar 2027 · Klar")).toBeInTheDocument();
    expect(api.calls(`GET ${runPath}`)).toHaveLength(2);
    expect(screen.getByRole("heading", { level: 3, name: "Neste steg: Pågår" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Faser og signering" })).toHaveFocus();
  });

  it("explains the blockers of a refused step (409 transition_blocked) from the answer", async () => {
    const api = signOffApi({
      [`GET ${signOffPath}`]: json(
        200,
        aSignOff({
          steps: [
            aStep("READY", {
              signatures: [aSignature(kari, 5), aSignature(ola, 5)],
              blockers: [],
              canSign: false,
              canAdvance: true,
            }),
            aStep("CANCELLED"),
          ],
        }),
      ),
      [`POST ${runPath}/transitions`]: problemWithCurrent(409, "transition_blocked", {
        blockers: [
          { code: "working_group_incomplete", missingRole: "PROFESSIONAL" },
          { code: "signature_missing", missingRole: "PROFESSIONAL" },
        ],
      }),
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const ready = await stepSection("Neste steg: Klar");
    await user.click(ready.getByRole("button", { name: "Gå videre til Klar" }));
    const alert = await ready.findByRole("alert");
    expect(alert).toHaveTextContent("Steget ble ikke tatt. Dette mangler nå:");
    expect(alert).toHaveTextContent("Arbeidsgruppen har ingen fagperson, og steget krever signatur fra en.");
    expect(alert).toHaveTextContent("Mangler signatur fra en fagperson");
    expect(within(alert).getByRole("link", { name: "Legg til i arbeidsgruppen på kurssiden" })).toHaveAttribute(
      "href",
      `/courses/${courseId}`,
    );
    // The sign-off is fetched again to show what holds now.
    await waitFor(() => expect(api.calls(`GET ${signOffPath}`)).toHaveLength(2));
  });

  it("cancels the run only after confirming in a dialog", async () => {
    const api = signOffApi({
      [`GET ${signOffPath}`]: json(
        200,
        aSignOff({
          steps: [
            aStep("READY"),
            aStep("CANCELLED", {
              signatures: [aSignature(kari, 5), aSignature(ola, 5)],
              blockers: [],
              canSign: false,
              canAdvance: true,
            }),
          ],
        }),
      ),
      [`POST ${runPath}/transitions`]: json(200, aSignOff({ phase: "CANCELLED", steps: [] })),
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const cancel = await stepSection("Avlyse gjennomføringen");
    await user.click(cancel.getByRole("button", { name: "Avlys gjennomføringen" }));
    const dialog = screen.getByRole("dialog", { name: "Avlyse gjennomføringen?" });
    expect(within(dialog).getByRole("button", { name: "Nei, ikke avlys" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Nei, ikke avlys" }));
    expect(api.calls(`POST ${runPath}/transitions`)).toHaveLength(0);

    await user.click(cancel.getByRole("button", { name: "Avlys gjennomføringen" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Avlyse gjennomføringen?" })).getByRole("button", {
        name: "Ja, avlys gjennomføringen",
      }),
    );
    expect(await screen.findByText("Gjennomføringen er nå i fasen «Avlyst».")).toBeInTheDocument();
    expect(api.calls(`POST ${runPath}/transitions`)[0]?.body).toEqual({ targetPhase: "CANCELLED" });
    expect(
      screen.getByText("Fasen er «Avlyst»: gjennomføringen er avsluttet og kan ikke gå videre."),
    ).toBeInTheDocument();
  });

  it("shows the current phase's checklist with progress and who ticked, earlier phases collapsed, and ticks and unticks", async () => {
    const byOla = { id: olaId, name: "Ola Hansen", role: "PROFESSIONAL" as const };
    const checklist = aChecklist({
      "need-and-decision": byOla,
      "management-anchoring": byOla,
      "working-group-composed": byOla,
      "catalogue-published": byOla,
    });
    const tick = (key: string, ticked: boolean) =>
      aSignOff({
        phase: "READY",
        steps: [aStep("RUNNING"), aStep("CANCELLED")],
        checklist: checklist.map((entry) =>
          entry.key === key
            ? {
                ...entry,
                ticked,
                tickedBy: ticked ? { id: kari.personId, name: kari.name, role: kari.role } : null,
                tickedAt: ticked ? "2027-01-11T08:00:00.000Z" : null,
              }
            : entry,
        ),
      });
    const api = signOffApi({
      [`GET ${signOffPath}`]: json(
        200,
        aSignOff({ phase: "READY", steps: [aStep("RUNNING"), aStep("CANCELLED")], checklist }),
      ),
      [`PUT ${runPath}/checklist/READY/enrolment-open`]: json(200, tick("enrolment-open", true)),
      [`DELETE ${runPath}/checklist/READY/catalogue-published`]: json(200, tick("catalogue-published", false)),
    });
    const { user } = renderApp(`/runs/${runId}/sign-off`);
    const section = within(await screen.findByTestId("checklist"));
    expect(section.getByRole("heading", { level: 4, name: "Fase nå: Klar" })).toBeInTheDocument();
    expect(section.getByTestId("checklist-progress")).toHaveTextContent("1 av 3 punkter er krysset av");
    // The texts come from the domain's checklist, in the UI language.
    const published = section.getByLabelText("Tilbudet er publisert i tilbudskatalogen");
    expect(published).toBeChecked();
    expect(published).toHaveAccessibleDescription(/Krysset av av Ola Hansen \(Fagperson\), 5. jan. 2027/);
    const enrolment = section.getByLabelText("Påmeldingen er åpen");
    expect(enrolment).not.toBeChecked();

    // The planning phase's list is collapsed, with its own progress.
    const earlier = section.getByText("Under planlegging: 3 av 6 krysset av");
    expect(earlier.tagName).toBe("SUMMARY");
    expect(earlier.closest("details")).not.toHaveAttribute("open");

    await user.click(enrolment);
    await waitFor(() =>
      expect(enrolment).toHaveAccessibleDescription(/Krysset av av Kari Nordmann \(Brukerrepresentant\)/),
    );
    expect(enrolment).toBeChecked();
    expect(api.calls(`PUT ${runPath}/checklist/READY/enrolment-open`)).toHaveLength(1);

    await user.click(published);
    await waitFor(() => expect(published).not.toBeChecked());
    expect(api.calls(`DELETE ${runPath}/checklist/READY/catalogue-published`)).toHaveLength(1);
  });

  it("shows the checklist without boxes to someone who may not tick", async () => {
    signOffApi({ [`GET ${signOffPath}`]: json(200, aSignOff({ canTick: false })) });
    renderApp(`/runs/${runId}/sign-off`);
    const section = within(await screen.findByTestId("checklist"));
    expect(section.getByTestId("checklist-progress")).toHaveTextContent("0 av 6 punkter er krysset av");
    expect(section.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(section.getAllByText("Ikke krysset av")).toHaveLength(6);
  });
});
