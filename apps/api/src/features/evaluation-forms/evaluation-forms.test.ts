import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../test/fixtures.ts";
import { createFormsWorld, editedQuestions, type FormsWorld, formsClient } from "./evaluation-forms-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setUp() {
  const world = await createFormsWorld(t.db);
  return { world, api: formsClient(t.app, t.db, world.course.id) };
}

const formRow = (world: FormsWorld, kind: "COURSE_EVALUATION" | "PARTICIPANT_BENEFIT") =>
  t.db.evaluationForm.findUnique({ where: { courseId_kind: { courseId: world.course.id, kind } } });

const revisionsOf = (world: FormsWorld) =>
  t.db.evaluationFormRevision.findMany({
    where: { form: { courseId: world.course.id } },
    orderBy: { version: "asc" },
  });

describe("a course's evaluation forms before the first save", () => {
  it("shows both kinds with the bank's default questions as version 0, and stores nothing", async () => {
    const { world, api } = await setUp();
    const response = await api.list(world.representative.id);
    expect(response.statusCode).toBe(200);
    const { courseId, forms } = response.json();
    expect(courseId).toBe(world.course.id);
    expect(forms.map((form: { kind: string }) => form.kind)).toEqual(["COURSE_EVALUATION", "PARTICIPANT_BENEFIT"]);
    for (const form of forms) {
      expect(form).toEqual({
        kind: form.kind,
        questions: defaultQuestions(form.kind),
        version: 0,
        updatedAt: null,
        signatures: [],
        signedVersion: null,
        lastEdit: null,
        // Nothing saved is nothing to sign: the defaults become a version when saved.
        abilities: { canEdit: true, canSign: false, hasSigned: false },
      });
    }
    expect(await t.db.evaluationForm.count({ where: { courseId: world.course.id } })).toBe(0);
  });

  it("is read by the course's readers, who may not edit; other units and anonymous people find nothing", async () => {
    const { world, api } = await setUp();
    for (const reader of [world.unitLeader, world.reader]) {
      const response = await api.list(reader.id);
      expect(response.statusCode).toBe(200);
      expect(response.json().forms[0].abilities).toEqual({ canEdit: false, canSign: false, hasSigned: false });
    }
    expect((await api.list(world.stranger.id)).statusCode).toBe(404);
    expect((await api.list(null)).statusCode).toBe(401);
    const missing = formsClient(t.app, t.db, "0193f5d2-7c1a-7000-8000-00000000dead");
    expect((await missing.list(world.professional.id)).statusCode).toBe(404);
  });
});

describe("saving a form", () => {
  it("makes the form from version 0, then raises the version with each save, each revision attributed", async () => {
    const { world, api } = await setUp();
    const first = await api.save(
      world.representative.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Første"),
      0,
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({
      kind: "COURSE_EVALUATION",
      version: 1,
      lastEdit: {
        authorId: world.representative.id,
        authorName: world.representative.name,
        authorRole: "USER_REPRESENTATIVE",
      },
      abilities: { canEdit: true, canSign: true, hasSigned: false },
    });
    expect(first.json().questions[0].text.nb).toBe("Første");
    expect(first.json().updatedAt).not.toBeNull();

    const second = await api.save(
      world.professional.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Andre"),
      1,
    );
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      version: 2,
      lastEdit: { authorId: world.professional.id, authorRole: "PROFESSIONAL" },
    });

    // The other kind is a form of its own, still at its defaults.
    const forms = (await api.list(world.reader.id)).json().forms;
    expect(forms[0]).toMatchObject({ version: 2 });
    expect(forms[1]).toMatchObject({ kind: "PARTICIPANT_BENEFIT", version: 0, lastEdit: null });

    const revisions = await revisionsOf(world);
    expect(revisions.map((r) => [r.version, r.authorId, r.authorRole])).toEqual([
      [1, world.representative.id, "USER_REPRESENTATIVE"],
      [2, world.professional.id, "PROFESSIONAL"],
    ]);
    const audits = await t.db.auditEvent.findMany({
      where: { action: "evaluation-form.updated", objectId: revisions[0]?.formId },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => [a.actorId, a.data])).toEqual([
      [
        world.representative.id,
        expect.objectContaining({ courseId: world.course.id, kind: "COURSE_EVALUATION", version: 1 }),
      ],
      [world.professional.id, expect.objectContaining({ version: 2 })],
    ]);
    expect(audits[0]?.unitIds).toEqual([world.unit.id]);
  });

  it("lists the revisions newest first and shows each one's questions", async () => {
    const { world, api } = await setUp();
    await api.save(world.representative.id, "PARTICIPANT_BENEFIT", editedQuestions("PARTICIPANT_BENEFIT", "En"), 0);
    await api.save(world.professional.id, "PARTICIPANT_BENEFIT", editedQuestions("PARTICIPANT_BENEFIT", "To"), 1);
    await api.save(world.evaluator.id, "PARTICIPANT_BENEFIT", editedQuestions("PARTICIPANT_BENEFIT", "Tre"), 2);

    const list = await api.revisions(world.unitLeader.id, "PARTICIPANT_BENEFIT", "?limit=2");
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      items: [
        {
          version: 3,
          authorId: world.evaluator.id,
          authorName: world.evaluator.name,
          authorRole: "EVALUATOR",
          coSigned: false,
        },
        { version: 2, authorId: world.professional.id, authorRole: "PROFESSIONAL", coSigned: false },
      ],
      nextCursor: "2",
    });
    const rest = await api.revisions(world.unitLeader.id, "PARTICIPANT_BENEFIT", "?limit=2&cursor=2");
    expect(rest.json()).toMatchObject({ items: [{ version: 1, authorRole: "USER_REPRESENTATIVE" }], nextCursor: null });

    const one = await api.revisions(world.representative.id, "PARTICIPANT_BENEFIT", "/1");
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ version: 1, authorId: world.representative.id, coSigned: false });
    expect(one.json().questions[0].text.nb).toBe("En");
    expect((await api.revisions(world.representative.id, "PARTICIPANT_BENEFIT", "/4")).statusCode).toBe(404);
    expect((await api.revisions(world.stranger.id, "PARTICIPANT_BENEFIT", "/1")).statusCode).toBe(404);
    // A kind never saved has no history yet.
    expect((await api.revisions(world.representative.id, "COURSE_EVALUATION")).json()).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it("refuses a stale If-Match with the stored form (for a merge) and keeps it; no If-Match is 428", async () => {
    const { world, api } = await setUp();
    await api.save(world.representative.id, "COURSE_EVALUATION", editedQuestions("COURSE_EVALUATION", "Lagret"), 0);
    const stale = await api.save(
      world.professional.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Samtidig"),
      0,
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: "precondition_failed",
      current: {
        kind: "COURSE_EVALUATION",
        version: 1,
        lastEdit: { authorId: world.representative.id, authorRole: "USER_REPRESENTATIVE" },
      },
    });
    expect(stale.json().current.questions[0].text.nb).toBe("Lagret");
    const ahead = await api.save(
      world.professional.id,
      "PARTICIPANT_BENEFIT",
      defaultQuestions("PARTICIPANT_BENEFIT"),
      3,
    );
    expect(ahead.statusCode).toBe(412);
    expect(ahead.json().current).toMatchObject({ kind: "PARTICIPANT_BENEFIT", version: 0 });

    const missing = await api.save(
      world.professional.id,
      "COURSE_EVALUATION",
      defaultQuestions("COURSE_EVALUATION"),
      null,
    );
    expect(missing.statusCode).toBe(428);
    expect(await formRow(world, "COURSE_EVALUATION")).toMatchObject({ version: 1 });
    expect(await formRow(world, "PARTICIPANT_BENEFIT")).toBeNull();
    expect(await revisionsOf(world)).toHaveLength(1);
  });

  it("answers a save of the stored questions without a new version, revision or audit row", async () => {
    const { world, api } = await setUp();
    const questions = editedQuestions("COURSE_EVALUATION", "Samme");
    await api.save(world.representative.id, "COURSE_EVALUATION", questions, 0);
    // Sent in another key order, and without the defaults filled in: still the same questions.
    const reordered = questions.map(({ required: _required, background, ...rest }) =>
      background ? { background, ...rest } : Object.fromEntries(Object.entries(rest).reverse()),
    );
    const same = await api.save(world.professional.id, "COURSE_EVALUATION", reordered, 1);
    expect(same.statusCode).toBe(200);
    expect(same.headers.etag).toBe('"1"');
    expect(same.json().lastEdit.authorId).toBe(world.representative.id);
    expect(await revisionsOf(world)).toHaveLength(1);
    expect(
      await t.db.auditEvent.count({ where: { action: "evaluation-form.updated", actorId: world.professional.id } }),
    ).toBe(0);
  });

  it("accepts exactly one of ten concurrent saves on the same version, and of two concurrent first saves", async () => {
    const { world, api } = await setUp();
    const first = await Promise.all(
      [world.representative, world.professional].map((person, i) =>
        api.save(person.id, "COURSE_EVALUATION", editedQuestions("COURSE_EVALUATION", `Først ${i}`), 0),
      ),
    );
    expect(first.map((response) => response.statusCode).sort()).toEqual([200, 412]);

    const people = [world.representative, world.professional, world.evaluator, world.coordinator];
    const race = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.save(
          people[i % people.length]?.id ?? "",
          "COURSE_EVALUATION",
          editedQuestions("COURSE_EVALUATION", `Runde ${i}`),
          1,
        ),
      ),
    );
    const statuses = race.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(9);
    const winner = race.find((response) => response.statusCode === 200)?.json();
    const stored = await formRow(world, "COURSE_EVALUATION");
    expect(stored?.version).toBe(2);
    expect(stored?.questions).toEqual(winner.questions);
    expect((await revisionsOf(world)).map((r) => r.version)).toEqual([1, 2]);
  });

  it("names each bad question by its field and code, and saves nothing", async () => {
    const { world, api } = await setUp();
    const [scale, choice] = [defaultQuestions("COURSE_EVALUATION")[0], defaultQuestions("COURSE_EVALUATION")[2]];
    if (!scale || !choice) throw new Error("no default questions");
    const errorsOf = async (questions: unknown[]) => {
      const response = await api.save(world.professional.id, "COURSE_EVALUATION", questions, 0);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("validation_failed");
      // A shared schema's own check travels as zod's message (decision 0020): the web app shows it.
      return (response.json().errors as { field: string; code: string; message: string }[]).map(
        (error) => `${error.field}:${error.code === "custom" ? error.message : error.code}`,
      );
    };
    expect(await errorsOf([scale, { ...choice, options: choice.options.slice(0, 1) }])).toEqual([
      "questions.1.options:too_few_options",
    ]);
    expect(await errorsOf([{ ...scale, options: choice.options }])).toEqual([
      "questions.0.options:options_not_allowed",
    ]);
    expect(await errorsOf([scale, { ...scale, id: "other", background: true }])).toEqual([
      "questions.1.background:background_single_choice",
    ]);
    expect(await errorsOf([scale, scale])).toEqual(["questions.1.id:duplicate_entry"]);
    expect(await errorsOf([{ ...scale, id: "Ikke Gyldig" }])).toEqual(["questions.0.id:invalid_format"]);
    expect(await errorsOf([{ ...scale, text: { ...scale.text, en: " " } }])).toEqual(["questions.0.text.en:too_small"]);
    expect(await errorsOf(Array.from({ length: 41 }, (_, i) => ({ ...scale, id: `q-${i}` })))).toEqual([
      "questions:too_big",
    ]);
    expect(await formRow(world, "COURSE_EVALUATION")).toBeNull();

    const raw = await api.save(world.professional.id, "COURSE_EVALUATION", [scale, { ...choice, options: [] }], 0);
    expect(raw.json().errors).toEqual([{ field: "questions.1.options", code: "custom", message: "too_few_options" }]);
  });
});

describe("who edits a form", () => {
  it("gives a user representative exactly the rights and answers of a professional", async () => {
    const { world, api } = await setUp();
    const byRepresentative = await api.save(
      world.representative.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Bruker"),
      0,
    );
    const byProfessional = await api.save(
      world.professional.id,
      "PARTICIPANT_BENEFIT",
      editedQuestions("PARTICIPANT_BENEFIT", "Fag"),
      0,
    );
    for (const response of [byRepresentative, byProfessional]) {
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        version: 1,
        abilities: { canEdit: true, canSign: true, hasSigned: false },
      });
    }
    // Each edits what the other wrote.
    expect(
      (await api.save(world.professional.id, "COURSE_EVALUATION", editedQuestions("COURSE_EVALUATION", "Fag"), 1))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await api.save(
          world.representative.id,
          "PARTICIPANT_BENEFIT",
          editedQuestions("PARTICIPANT_BENEFIT", "Bruker"),
          1,
        )
      ).statusCode,
    ).toBe(200);
  });

  it("lets an evaluator in the group and the owner's coordinator edit, each attributed in their acting role", async () => {
    const { world, api } = await setUp();
    const byEvaluator = await api.save(
      world.evaluator.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Evaluator"),
      0,
    );
    expect(byEvaluator.statusCode).toBe(200);
    expect(byEvaluator.json().abilities).toEqual({ canEdit: true, canSign: false, hasSigned: false });
    const byCoordinator = await api.save(
      world.coordinator.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "Koordinator"),
      1,
    );
    expect(byCoordinator.statusCode).toBe(200);
    expect((await revisionsOf(world)).map((r) => r.authorRole)).toEqual(["EVALUATOR", "COORDINATOR"]);
  });

  it("forbids the unit leader and readers outside the group, hides the course from others, and changes nothing", async () => {
    const { world, api } = await setUp();
    const questions = editedQuestions("COURSE_EVALUATION", "Ikke lov");
    for (const reader of [world.unitLeader, world.reader]) {
      const refused = await api.save(reader.id, "COURSE_EVALUATION", questions, 0);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe("forbidden");
    }
    expect((await api.save(world.stranger.id, "COURSE_EVALUATION", questions, 0)).statusCode).toBe(404);
    // Access comes before the version: a stranger without If-Match learns nothing either.
    expect((await api.save(world.stranger.id, "COURSE_EVALUATION", questions, null)).statusCode).toBe(404);
    expect(await t.db.evaluationForm.count({ where: { courseId: world.course.id } })).toBe(0);
    expect(
      await t.db.auditEvent.count({
        where: { action: "evaluation-form.updated", data: { path: ["courseId"], equals: world.course.id } },
      }),
    ).toBe(0);
  });
});
