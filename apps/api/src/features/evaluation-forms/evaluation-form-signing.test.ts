import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../test/fixtures.ts";
import { createFormsWorld, editedQuestions, formsClient } from "./evaluation-forms-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A course whose course evaluation has been saved once (version 1) by its user representative. */
async function savedForm() {
  const world = await createFormsWorld(t.db);
  const api = formsClient(t.app, t.db, world.course.id);
  const saved = await api.save(
    world.representative.id,
    "COURSE_EVALUATION",
    editedQuestions("COURSE_EVALUATION", "v1"),
    0,
  );
  expect(saved.statusCode).toBe(200);
  const courseForm = async (personId: string) =>
    (await api.list(personId)).json().forms.find((form: { kind: string }) => form.kind === "COURSE_EVALUATION");
  return { world, api, courseForm };
}

const signaturesOf = (courseId: string) =>
  t.db.evaluationFormSignature.findMany({ where: { form: { courseId } }, orderBy: { signedAt: "asc" } });

describe("co-signing a form version", () => {
  it("makes a version signed once a user representative and a professional of the group both signed it", async () => {
    const { world, api, courseForm } = await savedForm();
    const byRepresentative = await api.sign(world.representative.id, "COURSE_EVALUATION", 1);
    expect(byRepresentative.statusCode).toBe(201);
    expect(byRepresentative.headers.etag).toBe('"1"');
    expect(byRepresentative.json()).toMatchObject({
      version: 1,
      signedVersion: null,
      signatures: [{ personId: world.representative.id, name: world.representative.name, role: "USER_REPRESENTATIVE" }],
      abilities: { canEdit: true, canSign: false, hasSigned: true },
    });
    // The professional still may sign; one role alone does not make a signed version.
    expect((await courseForm(world.professional.id)).abilities).toEqual({
      canEdit: true,
      canSign: true,
      hasSigned: false,
    });

    const byProfessional = await api.sign(world.professional.id, "COURSE_EVALUATION", 1);
    expect(byProfessional.statusCode).toBe(201);
    expect(byProfessional.json()).toMatchObject({ version: 1, signedVersion: 1 });
    expect(byProfessional.json().signatures.map((s: { role: string }) => s.role)).toEqual([
      "USER_REPRESENTATIVE",
      "PROFESSIONAL",
    ]);
    // Every reader of the course sees it.
    expect(await courseForm(world.unitLeader.id)).toMatchObject({ signedVersion: 1 });

    // Signing the same version again changes nothing.
    const again = await api.sign(world.professional.id, "COURSE_EVALUATION", 1);
    expect(again.statusCode).toBe(200);
    expect(await signaturesOf(world.course.id)).toHaveLength(2);
    const audits = await t.db.auditEvent.findMany({
      where: { action: "evaluation-form.signed", data: { path: ["courseId"], equals: world.course.id } },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => [a.actorId, (a.data as { role: string }).role])).toEqual([
      [world.representative.id, "USER_REPRESENTATIVE"],
      [world.professional.id, "PROFESSIONAL"],
    ]);
    expect(audits[0]?.unitIds).toEqual([world.unit.id]);
  });

  it("keeps the signed version after an edit, while the new version has no signatures", async () => {
    const { world, api, courseForm } = await savedForm();
    await api.sign(world.representative.id, "COURSE_EVALUATION", 1);
    await api.sign(world.professional.id, "COURSE_EVALUATION", 1);
    const edited = await api.save(
      world.evaluator.id,
      "COURSE_EVALUATION",
      editedQuestions("COURSE_EVALUATION", "v2"),
      1,
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, signedVersion: 1, signatures: [] });
    expect((await courseForm(world.representative.id)).abilities).toEqual({
      canEdit: true,
      canSign: true,
      hasSigned: false,
    });
    const history = (await api.revisions(world.reader.id, "COURSE_EVALUATION")).json().items;
    expect(history.map((r: { version: number; coSigned: boolean }) => [r.version, r.coSigned])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect((await api.revisions(world.reader.id, "COURSE_EVALUATION", "/1")).json()).toMatchObject({ coSigned: true });

    // Both sign the new version: it becomes the signed one.
    await api.sign(world.professional.id, "COURSE_EVALUATION", 2);
    expect((await courseForm(world.reader.id)).signedVersion).toBe(1);
    await api.sign(world.representative.id, "COURSE_EVALUATION", 2);
    expect((await courseForm(world.reader.id)).signedVersion).toBe(2);
  });

  it("refuses a signature on a version that is no longer current, and signs nothing", async () => {
    const { world, api } = await savedForm();
    await api.save(world.professional.id, "COURSE_EVALUATION", editedQuestions("COURSE_EVALUATION", "v2"), 1);
    const stale = await api.sign(world.representative.id, "COURSE_EVALUATION", 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "signature_stale", current: { version: 2 } });
    expect(stale.json().current.questions[0].text.nb).toBe("v2");
    expect((await api.sign(world.representative.id, "COURSE_EVALUATION", null)).statusCode).toBe(428);
    expect(await signaturesOf(world.course.id)).toEqual([]);
  });

  it("cannot sign the defaults before they are saved", async () => {
    const { world, api } = await savedForm();
    const unsaved = await api.sign(world.representative.id, "PARTICIPANT_BENEFIT", 0);
    expect(unsaved.statusCode).toBe(409);
    expect(unsaved.json().code).toBe("conflict");
    expect(await signaturesOf(world.course.id)).toEqual([]);
  });

  it("lets a signer withdraw their own signature on the current version", async () => {
    const { world, api, courseForm } = await savedForm();
    await api.sign(world.representative.id, "COURSE_EVALUATION", 1);
    await api.sign(world.professional.id, "COURSE_EVALUATION", 1);
    const withdrawn = await api.withdraw(world.representative.id, "COURSE_EVALUATION");
    expect(withdrawn.statusCode).toBe(204);
    const form = await courseForm(world.representative.id);
    expect(form).toMatchObject({ signedVersion: null, abilities: { canSign: true, hasSigned: false } });
    expect(form.signatures.map((s: { personId: string }) => s.personId)).toEqual([world.professional.id]);
    expect(
      await t.db.auditEvent.count({
        where: { action: "evaluation-form.signature-withdrawn", actorId: world.representative.id },
      }),
    ).toBe(1);
    // Nothing left to withdraw, or no form at all: fine, and nothing is logged.
    expect((await api.withdraw(world.representative.id, "COURSE_EVALUATION")).statusCode).toBe(204);
    expect((await api.withdraw(world.representative.id, "PARTICIPANT_BENEFIT")).statusCode).toBe(204);
    expect(
      await t.db.auditEvent.count({
        where: { action: "evaluation-form.signature-withdrawn", actorId: world.representative.id },
      }),
    ).toBe(1);
  });

  it("lets only the group's user representatives and professionals sign", async () => {
    const { world, api } = await savedForm();
    for (const person of [world.coordinator, world.evaluator, world.unitLeader, world.reader]) {
      const refused = await api.sign(person.id, "COURSE_EVALUATION", 1);
      expect(refused.statusCode, person.name).toBe(403);
      expect(refused.json().code).toBe("forbidden");
    }
    expect((await api.sign(world.stranger.id, "COURSE_EVALUATION", 1)).statusCode).toBe(404);
    expect((await api.withdraw(world.unitLeader.id, "COURSE_EVALUATION")).statusCode).toBe(403);
    expect((await api.withdraw(world.stranger.id, "COURSE_EVALUATION")).statusCode).toBe(404);
    expect(await signaturesOf(world.course.id)).toEqual([]);
  });

  it("stops counting the signature of someone who left the group", async () => {
    const { world, api, courseForm } = await savedForm();
    await api.sign(world.representative.id, "COURSE_EVALUATION", 1);
    await api.sign(world.professional.id, "COURSE_EVALUATION", 1);
    await t.db.workingGroupMember.updateMany({
      where: { courseId: world.course.id, personId: world.professional.id },
      data: { removedAt: new Date() },
    });
    const form = await courseForm(world.representative.id);
    expect(form).toMatchObject({ version: 1, signedVersion: null });
    expect(form.signatures.map((s: { personId: string }) => s.personId)).toEqual([world.representative.id]);
  });
});
