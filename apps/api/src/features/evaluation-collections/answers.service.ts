import type { EvaluationAccess, ParticipantForm, SubmitAnswers } from "@sidestilt/domain/evaluation-collection.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { Db, Tx } from "../../db/prisma.ts";
import { sha256 } from "../../lib/tokens.ts";
import { collectionQuestions, storeAnswers } from "./answer-store.ts";

// The participant's side: no sign-in and no cookie. A personal link's token admits one answer; the
// anonymous link's code admits anyone, and the page's random submission id makes a retry the same
// answer. Both are consumed in evaluation_token, which is linked to no answer.

type OpenCollection = { id: string; formRevisionId: string; runId: string; kind: ParticipantForm["kind"] };

const collectionFields = { id: true, formRevisionId: true, runId: true, kind: true, status: true } as const;

async function collectionOf(db: Pick<Tx, "evaluationCollection" | "evaluationToken">, access: EvaluationAccess) {
  if ("token" in access) {
    const token = await db.evaluationToken.findUnique({
      where: { tokenHash: sha256(access.token) },
      select: { used: true, collection: { select: collectionFields } },
    });
    if (!token) throw new DomainError("evaluation_link_invalid");
    if (token.used) throw new DomainError("evaluation_token_used");
    return token.collection;
  }
  const collection = await db.evaluationCollection.findUnique({
    where: { linkCode: access.code },
    select: collectionFields,
  });
  if (!collection) throw new DomainError("evaluation_link_invalid");
  return collection;
}

function assertOpen<T extends { status: "OPEN" | "CLOSED" }>(collection: T): T {
  if (collection.status === "CLOSED") throw new DomainError("collection_closed");
  return collection;
}

/** The questions to answer, and the course they are about. */
export async function participantForm(db: Db, access: EvaluationAccess): Promise<ParticipantForm> {
  const collection = assertOpen(await collectionOf(db, access));
  const [questions, run] = await Promise.all([
    collectionQuestions(db, collection.formRevisionId),
    db.courseRun.findUniqueOrThrow({
      where: { id: collection.runId },
      select: { course: { select: { title: true } } },
    }),
  ]);
  return { courseTitle: run.course.title, kind: collection.kind, questions };
}

/** Consumes the token (or records the submission id) and stores the answers, or neither. */
async function admit(tx: Tx, input: SubmitAnswers): Promise<OpenCollection | "already-received"> {
  const collection = await collectionOf(tx, input);
  // Shares the collection's row lock with other answers; closing waits until this answer is in.
  await tx.$queryRaw`SELECT id FROM evaluation_collection WHERE id = ${collection.id}::uuid FOR SHARE`;
  const current = assertOpen(
    await tx.evaluationCollection.findUniqueOrThrow({ where: { id: collection.id }, select: collectionFields }),
  );
  if ("token" in input) {
    const consumed = await tx.evaluationToken.updateMany({
      where: { tokenHash: sha256(input.token), used: false },
      data: { used: true },
    });
    if (consumed.count === 0) throw new DomainError("evaluation_token_used");
    return current;
  }
  const recorded = await tx.evaluationToken.createMany({
    data: [{ tokenHash: sha256(`submission:${input.submissionId}`), collectionId: current.id, used: true }],
    skipDuplicates: true,
  });
  return recorded.count === 0 ? "already-received" : current;
}

export async function submitAnswers(db: Db, input: SubmitAnswers): Promise<{ received: true }> {
  await db.$transaction(async (tx) => {
    const admitted = await admit(tx, input);
    if (admitted !== "already-received") await storeAnswers(tx, admitted, input.answers);
  });
  return { received: true };
}
