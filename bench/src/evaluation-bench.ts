// Issue 6's benchmark: the results of a run with 10,000 answers (a stress case: courses have 8–15
// participants), computed by the product's own service (reading the answers from PostgreSQL and
// applying the rule of five) with an evaluator's view, so free text is included. Printed as the median
// and slowest of repeated computations; the baseline is the plain read of the same answers, so the
// figure shows what the rules cost on top of fetching the data.

import type { Viewer } from "@sidestilt/domain/access";
import { defaultQuestions } from "@sidestilt/domain/evaluation-question-bank";
import { createPrisma } from "../../apps/api/src/db/prisma.ts";
import { getResults } from "../../apps/api/src/features/evaluation-collections/results.service.ts";
import type { BenchDatabase } from "./database.ts";

export type EvaluationFigures = {
  answers: number;
  questions: number;
  readMedianMs: number;
  resultsMedianMs: number;
  resultsSlowestMs: number;
  breakdownMedianMs: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(repeat: number, action: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const started = performance.now();
    await action();
    times.push(performance.now() - started);
  }
  return times;
}

/** A course with its unit, an evaluator in the working group, a co-signed form and a closed collection. */
async function seedCollection(db: ReturnType<typeof createPrisma>, answers: number) {
  const unit = await db.unit.create({ data: { name: "Bench LMS", kind: "HOSPITAL_LMS", region: "Helse Nord" } });
  const evaluator = await db.person.create({
    data: {
      email: "evaluator@bench.example",
      name: "Bench Evaluator",
      memberships: { create: [{ unitId: unit.id, role: "EVALUATOR" }] },
    },
  });
  const questions = defaultQuestions("COURSE_EVALUATION");
  const course = await db.course.create({
    data: {
      title: "Bench course",
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "DIRECT",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: { create: [{ personId: evaluator.id, role: "EVALUATOR" }] },
      runs: {
        create: [
          { startsOn: new Date("2026-01-05"), endsOn: new Date("2026-01-06"), capacity: 15, phase: "EVALUATION" },
        ],
      },
      evaluationForms: {
        create: [
          {
            kind: "COURSE_EVALUATION",
            questions,
            revisions: { create: [{ version: 1, questions, authorId: evaluator.id, authorRole: "EVALUATOR" }] },
          },
        ],
      },
    },
    include: { runs: true, evaluationForms: { include: { revisions: true } } },
  });
  const runId = course.runs[0]?.id ?? "";
  const revisionId = course.evaluationForms[0]?.revisions[0]?.id ?? "";
  const collection = await db.evaluationCollection.create({
    data: { runId, kind: "COURSE_EVALUATION", formRevisionId: revisionId, linkCode: "bench", status: "CLOSED" },
  });
  // Answers vary with their number: every scale value, option and Likert level occurs.
  const rows = Array.from({ length: answers }, (_, n) => {
    const answer: Record<string, string | number> = {};
    for (const [q, question] of questions.entries()) {
      if ((n + q) % 11 === 0 && !question.required) continue;
      if (question.type === "SCALE_0_10") answer[question.id] = (n * 7 + q) % 11;
      else if (question.type === "LIKERT") answer[question.id] = 1 + ((n + q) % 4);
      else if (question.type === "SINGLE_CHOICE")
        answer[question.id] = question.options[(n + q) % question.options.length]?.id ?? "";
      else if (question.type === "FREE_TEXT") answer[question.id] = `Svar nummer ${n} på spørsmål ${q}`;
    }
    return { collectionId: collection.id, answers: answer };
  });
  for (let start = 0; start < rows.length; start += 1_000) {
    await db.evaluationAnswer.createMany({ data: rows.slice(start, start + 1_000) });
  }
  const viewer: Viewer = {
    personId: evaluator.id,
    isSystemAdmin: false,
    memberships: [{ unitId: unit.id, role: "EVALUATOR" }],
  };
  const background = questions.find((question) => question.background)?.id;
  return { collectionId: collection.id, viewer, questions: questions.length, background };
}

export async function benchEvaluationResults(database: BenchDatabase, answers = 10_000): Promise<EvaluationFigures> {
  const db = createPrisma(database.url, { maxConnections: 2 });
  try {
    const { collectionId, viewer, questions, background } = await seedCollection(db, answers);
    const read = () => db.evaluationAnswer.findMany({ where: { collectionId }, select: { answers: true } });
    const results = () => getResults(db, viewer, collectionId, undefined);
    const breakdown = () => getResults(db, viewer, collectionId, background);
    await timed(3, results); // warm-up: JIT and PostgreSQL's caches
    const readTimes = await timed(15, read);
    const resultTimes = await timed(15, results);
    const breakdownTimes = await timed(15, breakdown);
    return {
      answers,
      questions,
      readMedianMs: median(readTimes),
      resultsMedianMs: median(resultTimes),
      resultsSlowestMs: Math.max(...resultTimes),
      breakdownMedianMs: median(breakdownTimes),
    };
  } finally {
    await db.$disconnect();
  }
}
