import type { EvaluationFormKind, Question } from "@sidestilt/domain/evaluation-form.schema";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import type { Db } from "../../db/prisma.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { createPerson, type createTestApp, createUnit, headersOf } from "../../test/fixtures.ts";

type App = Awaited<ReturnType<typeof createTestApp>>["app"];

// A hospital unit's course whose working group is a user representative (from a user organisation),
// a professional and an evaluator, written directly (the working-group routes belong to another
// feature); plus the people around it who may read but not edit, and one who may not even read.

export async function createFormsWorld(db: Db) {
  const unit = await createUnit(db);
  const organisation = await createUnit(db, { kind: "USER_ORGANISATION" });
  const person = (unitId: string, role: Role) => createPerson(db, { memberships: [{ unitId, role }] });
  const coordinator = await person(unit.id, "COORDINATOR");
  const professional = await person(unit.id, "PROFESSIONAL");
  const evaluator = await person(unit.id, "EVALUATOR");
  const representative = await person(organisation.id, "USER_REPRESENTATIVE");
  // Readers of the course outside the working group.
  const reader = await person(unit.id, "PROFESSIONAL");
  const unitLeader = await person(unit.id, "UNIT_LEADER");
  const otherUnit = await createUnit(db);
  const stranger = await person(otherUnit.id, "COORDINATOR");
  const course = await db.course.create({
    data: {
      title: "Lære å leve med KOLS",
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "REFERRAL",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: representative.id, role: "USER_REPRESENTATIVE" },
          { personId: professional.id, role: "PROFESSIONAL", profession: "Sykepleier" },
          { personId: evaluator.id, role: "EVALUATOR" },
        ],
      },
    },
    select: { id: true },
  });
  return { unit, coordinator, professional, evaluator, representative, reader, unitLeader, stranger, course };
}

export type FormsWorld = Awaited<ReturnType<typeof createFormsWorld>>;

/** Requests on one course's forms, as a person (or anonymously with `null`). */
export function formsClient(app: App, db: Db, courseId: string) {
  const base = `/api/courses/${courseId}/evaluation-forms`;
  const headers = async (personId: string | null, version?: number | null) => ({
    ...(personId ? await headersOf(db, personId) : {}),
    ...(version === undefined || version === null ? {} : { "if-match": `"${version}"` }),
  });
  return {
    base,
    list: async (personId: string | null) => app.inject({ method: "GET", url: base, headers: await headers(personId) }),
    save: async (personId: string, kind: EvaluationFormKind, questions: unknown, version: number | null) =>
      app.inject({
        method: "PUT",
        url: `${base}/${kind}`,
        headers: await headers(personId, version),
        payload: { questions },
      }),
    sign: async (personId: string, kind: EvaluationFormKind, version: number | null) =>
      app.inject({ method: "POST", url: `${base}/${kind}/signatures`, headers: await headers(personId, version) }),
    withdraw: async (personId: string, kind: EvaluationFormKind) =>
      app.inject({ method: "DELETE", url: `${base}/${kind}/signatures/mine`, headers: await headers(personId) }),
    revisions: async (personId: string, kind: EvaluationFormKind, path = "") =>
      app.inject({ method: "GET", url: `${base}/${kind}/revisions${path}`, headers: await headers(personId) }),
  };
}

/** The default course evaluation with one question's text changed: an edit a working group might make. */
export function editedQuestions(kind: EvaluationFormKind, nb: string): Question[] {
  const questions = defaultQuestions(kind);
  const [first] = questions;
  if (first) first.text = { ...first.text, nb };
  return questions;
}
