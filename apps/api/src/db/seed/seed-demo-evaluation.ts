import {
  type AnswerSet,
  type EvaluationFormKind,
  evaluationFormKinds,
  likertLevels,
  type Question,
} from "@sidestilt/domain/evaluation-form.schema";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import type { Role } from "../../generated/prisma/enums.ts";
import { randomToken } from "../../lib/tokens.ts";
import type { Tx } from "../prisma.ts";

// The demo's evaluations, as the working groups would have left them: every course whose run is under
// way or being evaluated has both forms, co-signed on version 1. "Startkurs diabetes type 2" has a
// closed course evaluation with eleven answers (so its results, breakdowns and export show), a meeting
// record and two proposals for the next run; "Hjerterehabilitering" is collecting, with three answers
// so far (shown as "fewer than five"). Answers are drawn from a seeded generator: the same every time.

const freeTexts = [
  "Mer tid til å snakke sammen i gruppene.",
  "Det var godt å høre erfaringene til brukerrepresentanten.",
  "Kostholdsdelen kunne vært kortere.",
  "Fint å møte andre i samme situasjon.",
  "Lunsjen var for kort.",
  "Jeg skulle ønske det var et oppfølgingsmøte etter noen måneder.",
];

/** A small deterministic generator (a linear congruential one): demo answers only, nothing secret. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function demoAnswer(questions: readonly Question[], random: () => number): AnswerSet {
  const answers: AnswerSet = {};
  for (const question of questions) {
    if (!question.required && random() < 0.15) continue;
    switch (question.type) {
      case "SCALE_0_10":
        answers[question.id] = 5 + Math.floor(random() * 6);
        break;
      case "LIKERT":
        answers[question.id] = likertLevels[1 + Math.floor(random() * 3)] ?? 4;
        break;
      case "SINGLE_CHOICE":
        answers[question.id] = question.options[Math.floor(random() * question.options.length)]?.id ?? "";
        break;
      case "MULTIPLE_CHOICE": {
        const ticked = question.options.filter(() => random() < 0.4).map((option) => option.id);
        if (ticked.length > 0) answers[question.id] = ticked;
        break;
      }
      case "FREE_TEXT":
        if (random() < 0.6) answers[question.id] = freeTexts[Math.floor(random() * freeTexts.length)] ?? "";
        break;
    }
  }
  return answers;
}

type Member = { personId: string; role: Role };

/** Both forms of the course, saved by its professional and signed by a user representative and a professional. */
async function seedSignedForms(tx: Tx, courseId: string, group: readonly Member[]) {
  const professional = group.find((member) => member.role === "PROFESSIONAL");
  const userRepresentative = group.find((member) => member.role === "USER_REPRESENTATIVE");
  if (!professional || !userRepresentative) return new Map<EvaluationFormKind, string>();
  const revisions = new Map<EvaluationFormKind, string>();
  for (const kind of evaluationFormKinds) {
    const questions = defaultQuestions(kind);
    const form = await tx.evaluationForm.create({
      data: {
        courseId,
        kind,
        questions,
        signatures: { create: [professional, userRepresentative].map((member) => ({ ...member, version: 1 })) },
        revisions: {
          create: [{ version: 1, questions, authorId: professional.personId, authorRole: professional.role }],
        },
      },
      select: { revisions: { select: { id: true } } },
    });
    revisions.set(kind, form.revisions[0]?.id ?? "");
  }
  return revisions;
}

async function seedCollection(
  tx: Tx,
  run: { id: string },
  formRevisionId: string,
  options: { answers: number; closed: boolean; seed: number },
) {
  const revision = await tx.evaluationFormRevision.findUniqueOrThrow({ where: { id: formRevisionId } });
  const questions = revision.questions as Question[];
  const random = seededRandom(options.seed);
  await tx.evaluationCollection.create({
    data: {
      runId: run.id,
      kind: "COURSE_EVALUATION",
      formRevisionId,
      linkCode: randomToken(),
      status: options.closed ? "CLOSED" : "OPEN",
      closedAt: options.closed ? new Date() : null,
      answers: {
        create: Array.from({ length: options.answers }, () => ({ answers: demoAnswer(questions, random) })),
      },
    },
  });
}

/** Evaluations for the demo courses; runs are looked up by course title and phase. */
export async function seedDemoEvaluations(tx: Tx): Promise<void> {
  const courses = await tx.course.findMany({
    where: { runs: { some: { phase: { in: ["RUNNING", "EVALUATION"] } } } },
    select: {
      id: true,
      title: true,
      workingGroup: { where: { removedAt: null }, select: { personId: true, role: true } },
      runs: { select: { id: true, phase: true, startsOn: true }, orderBy: { startsOn: "asc" } },
    },
  });
  for (const course of courses) {
    const revisions = await seedSignedForms(tx, course.id, course.workingGroup);
    const courseEvaluation = revisions.get("COURSE_EVALUATION");
    if (!courseEvaluation) continue;
    const evaluated = course.runs.find((run) => run.phase === "EVALUATION");
    const running = course.runs.find((run) => run.phase === "RUNNING");
    if (evaluated) {
      await seedCollection(tx, evaluated, courseEvaluation, { answers: 11, closed: true, seed: 11 });
      await seedMeeting(tx, evaluated.id, course.workingGroup);
    }
    if (running) await seedCollection(tx, running, courseEvaluation, { answers: 3, closed: false, seed: 3 });
  }
}

async function seedMeeting(tx: Tx, runId: string, group: readonly Member[]) {
  const userRepresentative = group.find((member) => member.role === "USER_REPRESENTATIVE");
  const professional = group.find((member) => member.role === "PROFESSIONAL");
  if (!userRepresentative || !professional) return;
  await tx.evaluationMeeting.create({
    data: {
      runId,
      whatWorked: "Erfaringsdelingen i små grupper, og at brukerrepresentanten var med hele dagen.",
      whatToChange: "Mer tid til spørsmål etter kostholdsforedraget; kortere dager.",
      collaboration:
        "Vi planla sammen og delte på innleggene. Brukerrepresentanten ønsker å være med på evalueringen av svarene neste gang også.",
      updatedById: userRepresentative.personId,
      updatedByRole: userRepresentative.role,
    },
  });
  await tx.revisionProposal.createMany({
    data: [
      {
        runId,
        elementKind: "METHODS",
        finding: "Deltakerne ønsket mer tid til å dele erfaringer.",
        proposedText:
          "Foredrag veksler med samtale i små grupper. Hver bolk avsluttes med 15 minutter til spørsmål og erfaringsdeling.",
        status: "ACCEPTED",
        authorId: userRepresentative.personId,
        authorRole: userRepresentative.role,
        decidedById: professional.personId,
        decidedByRole: professional.role,
        decidedAt: new Date(),
      },
      {
        runId,
        elementKind: "FRAME",
        finding: "Dagene ble lange for flere.",
        proposedText: "To dager, 09.00–14.30, med lunsj på 45 minutter.",
        status: "PROPOSED",
        authorId: professional.personId,
        authorRole: professional.role,
      },
    ],
  });
}
