import type { Question } from "@sidestilt/domain/evaluation-form.schema";
import type { Db } from "../../db/prisma.ts";
import { evaluationInvitationLink } from "../../lib/links.ts";
import { createPerson, createUnit, testConfig, unique } from "../../test/fixtures.ts";

// Test data for evaluation: a run under way with confirmed participants, and a course evaluation form
// whose version 1 both a user representative and a professional signed. Written directly; the forms'
// own API is tested in features/evaluation-forms.

const text = (value: string) => ({ nb: value, nn: value, en: value });

export const testQuestions: Question[] = [
  {
    id: "role",
    type: "SINGLE_CHOICE",
    text: text("Status/rolle"),
    options: [
      { id: "patient", label: text("Pasient") },
      { id: "relative", label: text("Pårørende") },
    ],
    required: false,
    background: true,
    bankKey: null,
  },
  {
    id: "benefit",
    type: "SCALE_0_10",
    text: text("Nytte"),
    options: [],
    required: true,
    background: false,
    bankKey: null,
  },
  {
    id: "relevance",
    type: "LIKERT",
    text: text("Relevans"),
    options: [],
    required: false,
    background: false,
    bankKey: null,
  },
  {
    id: "change",
    type: "FREE_TEXT",
    text: text("Hva bør endres?"),
    options: [],
    required: false,
    background: false,
    bankKey: null,
  },
];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A course of its own unit, with a professional and a user representative in its working group, and one run. */
async function createCourseWithRun(db: Db, phase: "READY" | "RUNNING") {
  const unit = await createUnit(db);
  const member = (role: "PROFESSIONAL" | "USER_REPRESENTATIVE" | "UNIT_LEADER") =>
    createPerson(db, { memberships: [{ unitId: unit.id, role }] });
  const professional = await member("PROFESSIONAL");
  const userRepresentative = await member("USER_REPRESENTATIVE");
  const unitLeader = await member("UNIT_LEADER");
  const stranger = await createPerson(db, {
    memberships: [{ unitId: (await createUnit(db)).id, role: "COORDINATOR" }],
  });
  const title = unique("Mestringskurs for pårørende");
  const startsIn = phase === "RUNNING" ? -1 : 10;
  const course = await db.course.create({
    data: {
      title,
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: professional.id, role: "PROFESSIONAL" },
          { personId: userRepresentative.id, role: "USER_REPRESENTATIVE" },
        ],
      },
      runs: {
        create: [{ startsOn: new Date(day(startsIn)), endsOn: new Date(day(startsIn + 7)), capacity: 15, phase }],
      },
    },
    include: { runs: true },
  });
  const runId = course.runs[0]?.id ?? "";
  return { unit, professional, userRepresentative, unitLeader, stranger, course, title, runId };
}

export async function createEvaluationWorld(
  db: Db,
  options: { phase?: "READY" | "RUNNING"; participants?: number; signed?: boolean } = {},
) {
  const world = await createCourseWithRun(db, options.phase ?? "RUNNING");
  const emails = Array.from({ length: options.participants ?? 12 }, () => `${unique("deltaker")}@test.example`);
  await db.registration.createMany({
    data: emails.map((email, index) => ({
      runId: world.runId,
      name: `Deltaker ${index + 1}`,
      email,
      participantRole: "PATIENT" as const,
      source: "DIRECT" as const,
      status: "CONFIRMED" as const,
      manageTokenHash: unique("hash"),
    })),
  });
  const form = await db.evaluationForm.create({
    data: {
      courseId: world.course.id,
      kind: "COURSE_EVALUATION",
      questions: testQuestions,
      revisions: {
        create: [{ version: 1, questions: testQuestions, authorId: world.professional.id, authorRole: "PROFESSIONAL" }],
      },
      signatures:
        options.signed === false
          ? undefined
          : {
              create: [
                { personId: world.professional.id, role: "PROFESSIONAL", version: 1 },
                { personId: world.userRepresentative.id, role: "USER_REPRESENTATIVE", version: 1 },
              ],
            },
    },
  });
  return { ...world, emails, form };
}

/** The single-use token in the evaluation invitation queued for an address. */
export async function evaluationTokenFor(db: Db, recipient: string): Promise<string> {
  const message = await db.outboxMessage.findFirst({ where: { recipient, kind: "EVALUATION_INVITATION" } });
  const url = (message?.data as { answerUrl?: string } | undefined)?.answerUrl ?? "";
  const prefix = evaluationInvitationLink(testConfig.PUBLIC_URL ?? "", "");
  if (!url.startsWith(prefix)) throw new Error(`no evaluation link for ${recipient}`);
  return url.slice(prefix.length);
}
