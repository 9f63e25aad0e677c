import {
  type AnswerSet,
  answerIssues,
  normaliseAnswers,
  questionListSchema,
} from "@sidestilt/domain/evaluation-form.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Tx } from "../../db/prisma.ts";

/** The questions of the form version a collection asks. */
export async function collectionQuestions(tx: Pick<Tx, "evaluationFormRevision">, formRevisionId: string) {
  const revision = await tx.evaluationFormRevision.findUniqueOrThrow({
    where: { id: formRevisionId },
    select: { questions: true },
  });
  return questionListSchema.parse(revision.questions);
}

/**
 * Checks answers against the collection's questions and stores them: the row holds the answers and the
 * collection, nothing else (no time, address, device or token; see the EvaluationAnswer model). Invalid
 * answers are a 400 naming each question (`answers.<id>`), and nothing is stored.
 */
export async function storeAnswers(
  tx: Tx,
  collection: { id: string; formRevisionId: string },
  answers: AnswerSet,
): Promise<void> {
  const questions = await collectionQuestions(tx, collection.formRevisionId);
  const issues = answerIssues(questions, answers);
  if (issues.length > 0) {
    throw new DomainError(
      "validation_failed",
      "Some answers are missing or invalid",
      issues.map((issue) => ({ field: issue.field, code: issue.code, message: issue.code })),
    );
  }
  await tx.evaluationAnswer.create({
    data: { collectionId: collection.id, answers: normaliseAnswers(questions, answers) },
  });
}
