import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, problem, stubApi } from "../../test/fetch-stub.ts";
import { aSession } from "../../test/fixtures.ts";
import {
  aComment,
  aDecision,
  aPlan,
  aRevision,
  aRun,
  aThread,
  goalsId,
  goalsText,
  olaId,
  planRunId,
  staleAnswer,
} from "../../test/plan-fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";

const runPath = `/api/runs/${planRunId}`;
const planPath = `${runPath}/plan`;
const goalsPath = `/api/plan-elements/${goalsId}`;
const savedByOla = { version: 3, content: "", lastEdit: null };

function planApi(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/auth/session": json(200, aSession()),
    [`GET ${runPath}`]: json(200, aRun(), { etag: '"4"' }),
    [`GET ${planPath}`]: json(200, aPlan()),
    [`GET ${goalsPath}/thread`]: json(200, aThread()),
    [`GET ${goalsPath}/revisions`]: json(200, { items: [], nextCursor: null }),
    ...extra,
  });
}

/** The element's own section, found by its h3. */
async function elementSection(name: string) {
  const heading = await screen.findByRole("heading", { level: 3, name });
  const section = heading.closest("section");
  if (!section) throw new Error(`no section for ${name}`);
  return within(section);
}

const olaEdit = (at = "2027-01-08T13:45:00.000Z") => ({
  authorId: olaId,
  authorName: "Ola Hansen",
  authorRole: "PROFESSIONAL" as const,
  at,
});

describe("run plan tab", () => {
  it("shows the six elements in order, with help, text, who changed each last (role, day) and its discussion's size", async () => {
    planApi();
    renderApp(`/runs/${planRunId}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Didaktisk plan: Startkurs diabetes type 2" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Planens seks elementer" })).toBeInTheDocument();
    expect(screen.getByText(/redigerer alle elementene med de samme rettighetene/)).toBeInTheDocument();
    await screen.findByRole("heading", { level: 3, name: "Mål" });
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Målgruppe og forutsetninger",
      "Mål",
      "Rammer",
      "Innhold",
      "Metoder",
      "Vurdering/evaluering",
    ]);
    const goals = await elementSection("Mål");
    expect(goals.getByText(/Hva deltakerne skal kunne, forstå eller mestre bedre/)).toBeInTheDocument();
    expect(goals.getByText(/Deltakerne vet hvor de kan få hjelp\./)).toBeInTheDocument();
    expect(
      goals.getByText("Sist endret av Kari Johansen (brukerrepresentant), 12. mars · 2 kommentarer · 1 vedtak"),
    ).toBeInTheDocument();
    const frame = await elementSection("Rammer");
    expect(frame.getByText("Ikke endret ennå · 0 kommentarer · 0 vedtak")).toBeInTheDocument();
    expect(frame.getByText("Ingen har skrevet noe her ennå. Velg «Rediger Rammer» for å begynne.")).toBeInTheDocument();
    // Every element can be edited by anyone who may edit the plan: one button each.
    expect(screen.getAllByRole("button", { name: /^Rediger / })).toHaveLength(6);
  });

  it("edits an element in place and saves it with If-Match = the element's version", async () => {
    const saved = { ...aPlan().elements[1], content: "Nytt mål", version: 3, lastEdit: olaEdit() };
    const api = planApi({
      [`GET ${planPath}`]: [json(200, aPlan()), json(200, aPlan({}, saved))],
      [`PUT ${goalsPath}`]: json(200, saved, { etag: '"3"' }),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    const field = goals.getByLabelText("Mål");
    expect(field).toHaveFocus();
    expect(field).toHaveValue(goalsText);
    await user.clear(field);
    await user.type(field, "Nytt mål");
    await user.click(goals.getByRole("button", { name: "Lagre" }));

    expect(await goals.findByText("Endringen i «Mål» er lagret.")).toBeInTheDocument();
    const [put] = api.calls(`PUT ${goalsPath}`);
    expect(put?.headers.get("if-match")).toBe('"2"');
    expect(put?.body).toEqual({ content: "Nytt mål" });
    expect(goals.queryByLabelText("Mål")).not.toBeInTheDocument();
    expect(goals.getByText("Nytt mål")).toBeInTheDocument();
    expect(goals.getByRole("button", { name: "Rediger Mål" })).toHaveFocus();
    // The run's version went up (signatures no longer count): the run is fetched again.
    await waitFor(() => expect(api.calls(`GET ${runPath}`).length).toBeGreaterThan(1));
  });

  it("shows who else has the element open right now, and says goodbye when the editor closes", async () => {
    const api = planApi({
      [`PUT ${goalsPath}/presence`]: json(200, {
        editors: [{ personId: olaId, name: "Ola Hansen", role: "PROFESSIONAL" }],
      }),
      [`DELETE ${goalsPath}/presence`]: new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    expect(await goals.findByText(/Ola Hansen \(fagperson\) redigerer også «Mål» akkurat nå/)).toBeInTheDocument();
    expect(api.calls(`PUT ${goalsPath}/presence`)).toHaveLength(1);
    await user.click(goals.getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(api.calls(`DELETE ${goalsPath}/presence`)).toHaveLength(1));
  });

  it("explains a too long text beside the field and in a summary, without sending it", async () => {
    const api = planApi();
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    const field = goals.getByLabelText("Mål");
    await user.clear(field);
    await user.click(field);
    await user.paste("x".repeat(20_001));
    await user.click(goals.getByRole("button", { name: "Lagre" }));
    expect(field).toHaveAccessibleDescription("Mål er for lang.");
    expect(goals.getByRole("link", { name: "Mål er for lang." })).toBeInTheDocument();
    expect(api.calls(`PUT ${goalsPath}`)).toHaveLength(0);
  });

  describe("when someone else saved first (412)", () => {
    const stored = {
      version: 3,
      content: "Deltakerne kjenner igjen tegn på lavt blodsukker.\nDeltakerne kan måle blodsukkeret selv.",
      lastEdit: olaEdit(),
    };
    const typed = "Deltakerne kjenner igjen tegn på lavt blodsukker.\nDeltakerne vet hvor de kan få hjelp i kommunen.";

    async function conflict(extra: Parameters<typeof stubApi>[0] = {}) {
      const api = planApi({
        [`PUT ${goalsPath}`]: json(412, staleAnswer(stored)),
        ...extra,
      });
      const view = renderApp(`/runs/${planRunId}`);
      const goals = await elementSection("Mål");
      await view.user.click(goals.getByRole("button", { name: "Rediger Mål" }));
      const field = goals.getByLabelText("Mål");
      await view.user.clear(field);
      await view.user.click(field);
      await view.user.paste(typed);
      await view.user.click(goals.getByRole("button", { name: "Lagre" }));
      const dialog = await screen.findByRole("dialog", { name: "Noen andre har endret «Mål»" });
      return { api, ...view, goals, dialog: within(dialog) };
    }

    it("says who changed it and shows the line diff, each changed line marked in words", async () => {
      const { api, dialog } = await conflict();
      expect(api.calls(`PUT ${goalsPath}`)[0]?.headers.get("if-match")).toBe('"2"');
      expect(dialog.getByText(/Ola Hansen \(fagperson\) lagret en ny versjon mens du skrev/)).toBeInTheDocument();
      expect(dialog.getByText(/Teksten din er ikke lagret ennå, men den er ikke borte/)).toBeInTheDocument();
      const diff = dialog.getByRole("list", { name: "Forskjellen mellom den lagrede teksten og din" });
      expect(
        within(diff)
          .getAllByRole("listitem")
          .map((line) => line.textContent),
      ).toEqual([
        "Deltakerne kjenner igjen tegn på lavt blodsukker.",
        "Lagret nå: Deltakerne kan måle blodsukkeret selv.",
        "Din tekst: Deltakerne vet hvor de kan få hjelp i kommunen.",
      ]);
    });

    it("keeps my text: sends it again with the stored version as If-Match", async () => {
      const mine = { ...aPlan().elements[1], content: typed, version: 4, lastEdit: olaEdit() };
      const { api, user, dialog, goals } = await conflict({
        [`PUT ${goalsPath}`]: [json(412, staleAnswer(stored)), json(200, mine)],
      });
      await user.click(dialog.getByRole("button", { name: "Behold min tekst" }));
      expect(await goals.findByText("Endringen i «Mål» er lagret.")).toBeInTheDocument();
      const second = api.calls(`PUT ${goalsPath}`)[1];
      expect(second?.headers.get("if-match")).toBe('"3"');
      expect(second?.body).toEqual({ content: typed });
    });

    it("uses the saved text: sends nothing more, closes the editor and says my text was discarded", async () => {
      const { api, user, dialog, goals } = await conflict();
      await user.click(dialog.getByRole("button", { name: "Bruk den lagrede teksten" }));
      expect(
        await goals.findByText("Du bruker den lagrede teksten i «Mål». Teksten din er forkastet."),
      ).toBeInTheDocument();
      expect(goals.queryByLabelText("Mål")).not.toBeInTheDocument();
      expect(api.calls(`PUT ${goalsPath}`)).toHaveLength(1);
      expect(localStorage.length).toBe(0);
    });

    it("merges: both texts in the field, edited, then saved with the stored version", async () => {
      const merged = { ...aPlan().elements[1], content: "Sammenslått", version: 4 };
      const { api, user, dialog, goals } = await conflict({
        [`PUT ${goalsPath}`]: [json(412, staleAnswer(stored)), json(200, merged)],
      });
      await user.click(dialog.getByRole("button", { name: "Slå sammen" }));
      const field = goals.getByLabelText("Mål");
      expect(field).toHaveValue(
        "Deltakerne kjenner igjen tegn på lavt blodsukker.\nDeltakerne kan måle blodsukkeret selv.\nDeltakerne vet hvor de kan få hjelp i kommunen.",
      );
      expect(field).toHaveFocus();
      expect(goals.getByText("Begge tekstene står i feltet")).toBeInTheDocument();
      await user.type(field, "\nOg de vet hvem de kan ringe.");
      await user.click(goals.getByRole("button", { name: "Lagre" }));
      expect(await goals.findByText("Endringen i «Mål» er lagret.")).toBeInTheDocument();
      const second = api.calls(`PUT ${goalsPath}`)[1];
      expect(second?.headers.get("if-match")).toBe('"3"');
      expect(second?.body).toEqual({
        content:
          "Deltakerne kjenner igjen tegn på lavt blodsukker.\nDeltakerne kan måle blodsukkeret selv.\nDeltakerne vet hvor de kan få hjelp i kommunen.\nOg de vet hvem de kan ringe.",
      });
    });

    it("never loses my text: closing the dialog or a failed 'keep mine' leaves it in the field", async () => {
      const { api, user, dialog, goals } = await conflict({
        [`PUT ${goalsPath}`]: [json(412, staleAnswer(stored)), problem(503, "service_unavailable")],
      });
      await user.click(dialog.getByRole("button", { name: "Behold min tekst" }));
      expect(await dialog.findByRole("alert")).toHaveTextContent("Teksten din ble ikke lagret.");
      await user.click(dialog.getByRole("button", { name: "Tilbake til teksten min" }));
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      expect(goals.getByLabelText("Mål")).toHaveValue(typed);
      expect(goals.getByText(/Noen andre har lagret «Mål» etter at du begynte å skrive/)).toBeInTheDocument();
      // The dialog can be opened again; nothing was sent beyond the two attempts.
      await user.click(goals.getByRole("button", { name: "Se forskjellen og velg" }));
      expect(await screen.findByRole("dialog", { name: "Noen andre har endret «Mål»" })).toBeInTheDocument();
      expect(api.calls(`PUT ${goalsPath}`)).toHaveLength(2);
    });
  });

  it("keeps unsaved text across a reload, and offers it back with the version it was written on", async () => {
    const api = planApi({
      [`PUT ${goalsPath}`]: json(412, staleAnswer({ ...savedByOla, content: goalsText, lastEdit: olaEdit() })),
    });
    const first = renderApp(`/runs/${planRunId}`);
    let goals = await elementSection("Mål");
    await first.user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    await first.user.type(goals.getByLabelText("Mål"), "\nEn linje til.");
    first.unmount();

    const second = renderApp(`/runs/${planRunId}`);
    goals = await elementSection("Mål");
    expect(goals.getByText("Du har en ulagret tekst her")).toBeInTheDocument();
    await second.user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    expect(goals.getByLabelText("Mål")).toHaveValue(`${goalsText}\nEn linje til.`);
    await second.user.click(goals.getByRole("button", { name: "Lagre" }));
    // Saved against the version it was written on: someone else's change since then is not overwritten.
    expect(await screen.findByRole("dialog", { name: "Noen andre har endret «Mål»" })).toBeInTheDocument();
    expect(api.calls(`PUT ${goalsPath}`)[0]?.headers.get("if-match")).toBe('"2"');
  });

  it("asks before discarding typed text on cancel", async () => {
    planApi();
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Rediger Mål" }));
    await user.type(goals.getByLabelText("Mål"), " Endret.");
    await user.click(goals.getByRole("button", { name: "Avbryt" }));
    const dialog = within(screen.getByRole("dialog", { name: "Forkaste endringene i «Mål»?" }));
    await user.click(dialog.getByRole("button", { name: "Fortsett å skrive" }));
    expect(goals.getByLabelText("Mål")).toHaveValue(`${goalsText} Endret.`);
    await user.click(goals.getByRole("button", { name: "Avbryt" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Forkaste endringene i «Mål»?" })).getByRole("button", {
        name: "Ja, forkast",
      }),
    );
    expect(await goals.findByText("Endringene dine i «Mål» er forkastet.")).toBeInTheDocument();
    expect(goals.queryByLabelText("Mål")).not.toBeInTheDocument();
    expect(localStorage.length).toBe(0);
  });

  it("shows the history with authors, roles, phases and diffs, pages it, and restores a version with If-Match", async () => {
    const v1 = "Deltakerne kjenner igjen tegn på lavt blodsukker.";
    const restoredPlan = aPlan({}, { content: v1, version: 3 });
    const api = planApi({
      [`GET ${planPath}`]: [json(200, aPlan()), json(200, restoredPlan)],
      [`GET ${goalsPath}/revisions`]: [
        json(200, {
          items: [
            aRevision(2, goalsText, v1, {
              authorId: olaId,
              authorName: "Ola Hansen",
              authorRole: "PROFESSIONAL",
              phase: "READY",
            }),
          ],
          nextCursor: "2",
        }),
        json(200, { items: [aRevision(1, v1, "", { restoredFrom: null })], nextCursor: null }),
      ],
      [`POST ${goalsPath}/restore`]: json(200, restoredPlan.elements[1]),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    const toggle = goals.getByRole("button", { name: "Historikk for Mål" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const history = within(await screen.findByRole("region", { name: "Historikk for Mål" }));
    expect(await history.findByText("Versjon 2 (gjeldende)")).toBeInTheDocument();
    expect(history.getByText(/^Ola Hansen \(fagperson\) · Klar · /)).toBeInTheDocument();
    // The current version cannot be restored (it is already the text).
    expect(history.queryByRole("button", { name: "Gjenopprett denne versjonen" })).not.toBeInTheDocument();

    await user.click(history.getByRole("button", { name: "Vis endringene" }));
    const diff = history.getByRole("list", { name: "Endringer i versjon 2" });
    expect(
      within(diff)
        .getAllByRole("listitem")
        .map((line) => line.textContent),
    ).toEqual(["Deltakerne kjenner igjen tegn på lavt blodsukker.", "Lagt til: Deltakerne vet hvor de kan få hjelp."]);

    await user.click(history.getByRole("button", { name: "Vis eldre versjoner" }));
    expect(await history.findByText("Versjon 1")).toBeInTheDocument();
    expect(api.calls(`GET ${goalsPath}/revisions`)[1]?.url.searchParams.get("cursor")).toBe("2");

    const restore = history.getByRole("button", { name: "Gjenopprett denne versjonen" });
    expect(restore).toHaveAccessibleDescription("Versjon 1");
    await user.click(restore);
    const dialog = within(screen.getByRole("dialog", { name: "Gjenopprette versjon 1 av «Mål»?" }));
    expect(dialog.getByText(/Ingenting slettes/)).toBeInTheDocument();
    await user.click(dialog.getByRole("button", { name: "Ja, gjenopprett" }));
    expect(await history.findByText("Versjon 1 er gjenopprettet som versjon 3.")).toBeInTheDocument();
    const [post] = api.calls(`POST ${goalsPath}/restore`);
    expect(post?.headers.get("if-match")).toBe('"2"');
    expect(post?.body).toEqual({ version: 1 });
  });

  it("marks a restored revision and explains a stale restore inside the dialog", async () => {
    planApi({
      [`GET ${goalsPath}/revisions`]: json(200, {
        items: [aRevision(2, goalsText, "Gammel tekst", { restoredFrom: 1 }), aRevision(1, "Gammel tekst", "", {})],
        nextCursor: null,
      }),
      [`POST ${goalsPath}/restore`]: problem(412, "precondition_failed"),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Historikk for Mål" }));
    const history = within(await screen.findByRole("region", { name: "Historikk for Mål" }));
    expect(await history.findByText("Gjenopprettet fra versjon 1")).toBeInTheDocument();
    await user.click(history.getByRole("button", { name: "Gjenopprett denne versjonen" }));
    const dialog = within(screen.getByRole("dialog", { name: "Gjenopprette versjon 1 av «Mål»?" }));
    await user.click(dialog.getByRole("button", { name: "Ja, gjenopprett" }));
    expect(await dialog.findByRole("alert")).toHaveTextContent(
      "Versjonen ble ikke gjenopprettet. Noen har endret teksten i mellomtiden.",
    );
  });

  it("shows decisions prominently and comments oldest first, and adds both through their forms", async () => {
    const decision = aDecision("Vi bruker brukerinnlegg i begge samlingene.");
    const comments = [
      aComment("Skal vi ha med kosthold?", { id: "a1000000-0000-4000-8000-000000000001" }),
      aComment("Ja, i samling to.", {
        id: "a1000000-0000-4000-8000-000000000002",
        authorName: "Kari Johansen",
        authorRole: "USER_REPRESENTATIVE",
      }),
    ];
    const api = planApi({
      [`GET ${goalsPath}/thread`]: json(200, aThread({ comments, decisions: [decision] })),
      [`POST ${goalsPath}/comments`]: json(201, aComment("Godt forslag.")),
      [`POST ${goalsPath}/decisions`]: json(201, aDecision("Kosthold i samling to.")),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Diskusjon og vedtak om Mål" }));
    const discussion = within(await screen.findByRole("region", { name: "Diskusjon og vedtak om Mål" }));
    await discussion.findByText("Vi bruker brukerinnlegg i begge samlingene.");
    expect(discussion.getByRole("heading", { level: 5, name: "Vedtak" })).toBeInTheDocument();
    expect(
      discussion.getByText(/^Registrert av Kari Johansen \(brukerrepresentant\) · Under planlegging · /),
    ).toBeInTheDocument();
    const texts = discussion
      .getAllByText(/Skal vi ha med kosthold\?|Ja, i samling to\./)
      .map((node) => node.textContent);
    expect(texts).toEqual(["Skal vi ha med kosthold?", "Ja, i samling to."]);
    expect(discussion.getByText(/^Ola Hansen \(fagperson\) · /)).toBeInTheDocument();

    // An empty comment is explained beside the field and not sent.
    await user.click(discussion.getByRole("button", { name: "Legg til kommentar" }));
    const commentField = discussion.getByLabelText("Ny kommentar");
    await waitFor(() => expect(commentField).toHaveAccessibleDescription("Ny kommentar må fylles ut."));
    expect(api.calls(`POST ${goalsPath}/comments`)).toHaveLength(0);
    await user.type(commentField, "  Godt forslag.  ");
    await user.click(discussion.getByRole("button", { name: "Legg til kommentar" }));
    expect(await discussion.findByText("Kommentaren er lagt til.")).toBeInTheDocument();
    expect(api.calls(`POST ${goalsPath}/comments`)[0]?.body).toEqual({ body: "Godt forslag." });
    expect(commentField).toHaveValue("");

    const decisionField = discussion.getByLabelText("Hva ble arbeidsgruppen enige om?");
    await user.type(decisionField, "Kosthold i samling to.");
    await user.click(discussion.getByRole("button", { name: "Registrer vedtak" }));
    expect(await discussion.findByText("Vedtaket er registrert.")).toBeInTheDocument();
    expect(api.calls(`POST ${goalsPath}/decisions`)[0]?.body).toEqual({ text: "Kosthold i samling to." });
    await waitFor(() => expect(api.calls(`GET ${goalsPath}/thread`).length).toBeGreaterThan(1));
  });

  it("keeps a comment in the field when the server refuses it", async () => {
    planApi({ [`POST ${goalsPath}/comments`]: problem(409, "run_closed") });
    const { user } = renderApp(`/runs/${planRunId}`);
    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Diskusjon og vedtak om Mål" }));
    const discussion = within(await screen.findByRole("region", { name: "Diskusjon og vedtak om Mål" }));
    await user.type(await discussion.findByLabelText("Ny kommentar"), "Et innspill");
    await user.click(discussion.getByRole("button", { name: "Legg til kommentar" }));
    expect(await discussion.findByRole("alert")).toHaveTextContent(
      "Kommentaren ble ikke lagt til. Gjennomføringen er fullført eller avlyst",
    );
    expect(discussion.getByLabelText("Ny kommentar")).toHaveValue("Et innspill");
  });

  it("on a closed run: explains why editing is off, and offers no edit, restore, comment or decision", async () => {
    const closed = aPlan({ phase: "COMPLETED", abilities: { canEdit: false } });
    planApi({
      [`GET ${runPath}`]: json(
        200,
        aRun({ phase: "COMPLETED", abilities: { canEdit: false, canManageWorkingGroup: false } }),
      ),
      [`GET ${planPath}`]: json(200, closed),
      [`GET ${goalsPath}/revisions`]: json(200, {
        items: [aRevision(2, goalsText, "Før"), aRevision(1, "Før", "")],
        nextCursor: null,
      }),
      [`GET ${goalsPath}/thread`]: json(200, aThread({ comments: [aComment("Bra.")] })),
    });
    const { user } = renderApp(`/runs/${planRunId}`);
    expect(await screen.findByRole("heading", { name: "Du kan lese planen, men ikke endre den" })).toBeInTheDocument();
    expect(screen.getByText(/Gjennomføringen er fullført, så planen er låst/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Rediger / })).not.toBeInTheDocument();
    const frame = await elementSection("Rammer");
    expect(frame.getByText("Ingen har skrevet noe her ennå.")).toBeInTheDocument();

    const goals = await elementSection("Mål");
    await user.click(goals.getByRole("button", { name: "Historikk for Mål" }));
    expect(await screen.findByText("Versjon 1")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Gjenopprett denne versjonen" })).not.toBeInTheDocument();
    await user.click(goals.getByRole("button", { name: "Diskusjon og vedtak om Mål" }));
    expect(await screen.findByText("Bra.")).toBeInTheDocument();
    expect(screen.queryByLabelText("Ny kommentar")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Registrer vedtak" })).not.toBeInTheDocument();
  });

  it("tells a reader outside the working group that only the group edits", async () => {
    planApi({ [`GET ${planPath}`]: json(200, aPlan({ abilities: { canEdit: false } })) });
    renderApp(`/runs/${planRunId}`);
    expect(await screen.findByText(/Bare de som er med i arbeidsgruppen for kurset/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Rediger / })).not.toBeInTheDocument();
  });

  it("shows a load error with a retry", async () => {
    // Twice: the loader's prefetch, then the page's own fetch on mount.
    const unavailable = problem(503, "service_unavailable");
    planApi({ [`GET ${planPath}`]: [unavailable, unavailable.clone(), json(200, aPlan())] });
    const { user } = renderApp(`/runs/${planRunId}`);
    expect(await screen.findByRole("heading", { name: "Vi kunne ikke hente planen." })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Prøv igjen" }));
    expect(await screen.findByRole("heading", { level: 3, name: "Mål" })).toBeInTheDocument();
  });
});
