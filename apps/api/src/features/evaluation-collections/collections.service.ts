import type { Viewer } from "@sidestilt/domain/access";
import { type RunEvaluation, shownCount } from "@sidestilt/domain/evaluation-collection.schema";
import { type AnswerSet, type EvaluationFormKind, evaluationFormKinds } from "@sidestilt/domain/evaluation-form.schema";
import { DomainError } from "@sidestilt/domain/problem";
import QRCode from "qrcode";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { evaluationInvitationLink, evaluationLink } from "../../lib/links.ts";
import { loadRunForChange, loadRunForReading } from "../../lib/run-access.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { enqueueMessage } from "../notifications/outbox.ts";
import { storeAnswers } from "./answer-store.ts";
import { collectionSelect, toCollectionView } from "./collection-view.ts";
import { signedFormRevisions } from "./signed-form.ts";

// The working group's side of collecting answers: open a collection for the co-signed form, email
// single-use links, type in paper forms, close. Anyone in the working group (user representatives
// too: they evaluate as equals) and the owner units' coordinators may do each of these.

/** A run collects answers once it is under way (the last session is where the paper forms are handed out). */
const collectingPhases = new Set(["RUNNING", "EVALUATION"]);

export async function getRunEvaluation(db: Db, viewer: Viewer, runId: string, origin: string): Promise<RunEvaluation> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  const [course, collections, signed] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: context.courseId }, select: { title: true } }),
    db.evaluationCollection.findMany({ where: { runId }, select: collectionSelect, orderBy: { kind: "asc" } }),
    signedFormRevisions(db, context.courseId, context.workingGroup),
  ]);
  return {
    runId,
    courseId: context.courseId,
    courseTitle: course.title,
    phase: context.phase,
    forms: evaluationFormKinds.map((kind) => ({ kind, signedVersion: signed.get(kind)?.version ?? null })),
    collections: collections.map((row) => toCollectionView(row, origin)),
    abilities: { canManage: abilities.canEdit },
  };
}

export async function openCollection(db: Db, viewer: Viewer, runId: string, kind: EvaluationFormKind, origin: string) {
  return db.$transaction(async (tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    if (!collectingPhases.has(context.phase)) throw new DomainError("run_not_started");
    const revision = (await signedFormRevisions(tx, context.courseId, context.workingGroup)).get(kind);
    if (!revision) throw new DomainError("evaluation_form_unsigned");
    const existing = await tx.evaluationCollection.findUnique({ where: { runId_kind: { runId, kind } } });
    if (existing) throw new DomainError("collection_exists");
    const created = await tx.evaluationCollection.create({
      data: { runId, kind, formRevisionId: revision.id, linkCode: randomToken() },
      select: collectionSelect,
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-collection.open",
      objectType: "evaluation_collection",
      objectId: created.id,
      unitIds: context.ownerUnitIds,
      data: { runId, kind, formVersion: revision.version },
    });
    return toCollectionView(created, origin);
  });
}

/** A collection the viewer may manage, its run locked; a closed collection takes no more answers. */
async function loadCollectionForChange(tx: Tx, viewer: Viewer, collectionId: string) {
  const collection = await tx.evaluationCollection.findUnique({
    where: { id: collectionId },
    select: { id: true, runId: true, status: true, version: true },
  });
  if (!collection) throw new DomainError("not_found");
  const context = await loadRunForChange(tx, viewer, collection.runId);
  const locked = await tx.evaluationCollection.findUniqueOrThrow({
    where: { id: collectionId },
    select: { id: true, runId: true, status: true, version: true, formRevisionId: true },
  });
  return { collection: locked, context };
}

/**
 * Emails a single-use link to every confirmed participant with an email address who has not had one
 * for this collection. The token's row names only the collection: which participant got which token is
 * in the queued email alone (purged 30 days after sending), and which answer a token gave, nowhere.
 */
export async function inviteParticipants(db: Db, viewer: Viewer, collectionId: string, origin: string) {
  return db.$transaction(async (tx) => {
    const { collection, context } = await loadCollectionForChange(tx, viewer, collectionId);
    if (collection.status === "CLOSED") throw new DomainError("collection_closed");
    const [course, participants] = await Promise.all([
      tx.course.findUniqueOrThrow({ where: { id: context.courseId }, select: { title: true } }),
      tx.registration.findMany({
        where: { runId: collection.runId, status: "CONFIRMED", email: { not: null } },
        select: { id: true, name: true, email: true, locale: true },
        orderBy: { id: "asc" },
      }),
    ]);
    let newlyInvited = 0;
    for (const participant of participants) {
      if (!participant.email) continue;
      const token = randomToken();
      const queued = await enqueueMessage(tx, {
        recipient: participant.email,
        locale: participant.locale,
        kind: "EVALUATION_INVITATION",
        data: { name: participant.name, courseTitle: course.title, answerUrl: evaluationInvitationLink(origin, token) },
        dedupeKey: `evaluation:${collection.id}:${participant.id}`,
      });
      if (!queued) continue;
      await tx.evaluationToken.create({ data: { tokenHash: sha256(token), collectionId: collection.id } });
      newlyInvited += 1;
    }
    const updated = await tx.evaluationCollection.update({
      where: { id: collection.id },
      data: { invitedCount: { increment: newlyInvited } },
      select: collectionSelect,
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-collection.invite",
      objectType: "evaluation_collection",
      objectId: collection.id,
      unitIds: context.ownerUnitIds,
    });
    return { newlyInvited: shownCount(newlyInvited), collection: toCollectionView(updated, origin) };
  });
}

export async function closeCollection(
  db: Db,
  viewer: Viewer,
  collectionId: string,
  expectedVersion: () => number,
  origin: string,
) {
  return db.$transaction(async (tx) => {
    const { collection, context } = await loadCollectionForChange(tx, viewer, collectionId);
    assertVersion(collection.version, expectedVersion());
    if (collection.status === "CLOSED") throw new DomainError("collection_closed");
    const closed = await tx.evaluationCollection.update({
      where: { id: collection.id },
      data: { status: "CLOSED", closedAt: new Date(), version: { increment: 1 } },
      select: collectionSelect,
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-collection.close",
      objectType: "evaluation_collection",
      objectId: collection.id,
      unitIds: context.ownerUnitIds,
    });
    return toCollectionView(closed, origin);
  });
}

/**
 * A paper form typed in by the working group: stored exactly like an answer given online, so that
 * nothing tells them apart. The audit trail records that someone typed one in, not which answer.
 */
export async function addPaperAnswer(db: Db, viewer: Viewer, collectionId: string, answers: AnswerSet) {
  await db.$transaction(async (tx) => {
    const { collection, context } = await loadCollectionForChange(tx, viewer, collectionId);
    if (collection.status === "CLOSED") throw new DomainError("collection_closed");
    await storeAnswers(tx, collection, answers);
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-collection.paper-answer",
      objectType: "evaluation_collection",
      objectId: collection.id,
      unitIds: context.ownerUnitIds,
    });
  });
  return { received: true as const };
}

/** The anonymous link as a QR code (SVG) for the printed handout; for those who may see the run. */
export async function collectionQrCode(db: Db, viewer: Viewer, collectionId: string, origin: string): Promise<string> {
  const collection = await db.evaluationCollection.findUnique({
    where: { id: collectionId },
    select: { runId: true, linkCode: true },
  });
  if (!collection) throw new DomainError("not_found");
  await loadRunForReading(db, viewer, collection.runId);
  return QRCode.toString(evaluationLink(origin, collection.linkCode), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
  });
}
