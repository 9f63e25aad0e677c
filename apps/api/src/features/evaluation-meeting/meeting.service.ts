import type { Viewer } from "@sidestilt/domain/access";
import type {
  EvaluationMeeting,
  EvaluationMeetingInput,
  RevisionProposal,
} from "@sidestilt/domain/evaluation-meeting.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { loadRunForChange, loadRunForReading } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";

// The evaluation meeting of a run: one record per run that the working group writes together, and the
// revision proposals that come out of it. Every member edits with the same rights.

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

type Reader = Pick<Db, "evaluationMeeting" | "revisionProposal" | "person" | "courseRun">;

async function namesOf(db: Reader, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const people = await db.person.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(people.map((person) => [person.id, person.name]));
}

/** The run's proposals, oldest first, with their authors' and deciders' names. */
export async function proposalsOf(db: Reader, runId: string): Promise<RevisionProposal[]> {
  const rows = await db.revisionProposal.findMany({
    where: { runId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { appliedToRun: { select: { id: true, startsOn: true } } },
  });
  const names = await namesOf(
    db,
    rows.flatMap((row) => [row.authorId, row.decidedById]),
  );
  return rows.map((row) => ({
    id: row.id,
    elementKind: row.elementKind,
    finding: row.finding,
    proposedText: row.proposedText,
    status: row.status,
    author: { id: row.authorId, name: names.get(row.authorId) ?? "", role: row.authorRole },
    createdAt: row.createdAt.toISOString(),
    decidedBy:
      row.decidedById && row.decidedByRole
        ? { id: row.decidedById, name: names.get(row.decidedById) ?? "", role: row.decidedByRole }
        : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    appliedTo: row.appliedToRun ? { runId: row.appliedToRun.id, startsOn: isoDate(row.appliedToRun.startsOn) } : null,
    version: row.version,
  }));
}

export async function getEvaluationMeeting(db: Db, viewer: Viewer, runId: string): Promise<EvaluationMeeting> {
  const { context, abilities } = await loadRunForReading(db, viewer, runId);
  const run = await db.courseRun.findUniqueOrThrow({ where: { id: runId }, select: { startsOn: true } });
  const [meeting, proposals, nextRuns] = await Promise.all([
    db.evaluationMeeting.findUnique({ where: { runId } }),
    proposalsOf(db, runId),
    db.courseRun.findMany({
      where: { courseId: context.courseId, phase: "PLANNING", startsOn: { gt: run.startsOn }, id: { not: runId } },
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      select: { id: true, startsOn: true },
    }),
  ]);
  const editorName = meeting?.updatedById ? (await namesOf(db, [meeting.updatedById])).get(meeting.updatedById) : null;
  return {
    runId,
    courseId: context.courseId,
    phase: context.phase,
    heldOn: meeting?.heldOn ? isoDate(meeting.heldOn) : null,
    whatWorked: meeting?.whatWorked ?? "",
    whatToChange: meeting?.whatToChange ?? "",
    collaboration: meeting?.collaboration ?? "",
    version: meeting?.version ?? 0,
    lastEdit:
      meeting?.updatedById && meeting.updatedByRole
        ? { name: editorName ?? "", role: meeting.updatedByRole, at: meeting.updatedAt.toISOString() }
        : null,
    proposals,
    nextRuns: nextRuns.map((next) => ({ runId: next.id, startsOn: isoDate(next.startsOn) })),
    abilities: { canEdit: abilities.canEdit },
  };
}

/** Saves the meeting's record (If-Match; version 0 creates it). Unchanged text changes nothing. */
export async function saveEvaluationMeeting(
  db: Db,
  viewer: Viewer,
  runId: string,
  ifMatch: () => number,
  input: EvaluationMeetingInput,
): Promise<EvaluationMeeting> {
  await db.$transaction(async (tx: Tx) => {
    const context = await loadRunForChange(tx, viewer, runId);
    const stored = await tx.evaluationMeeting.findUnique({ where: { runId } });
    assertVersion(stored?.version ?? 0, ifMatch(), stored ? { ...stored } : undefined);
    const data = {
      heldOn: input.heldOn ? new Date(input.heldOn) : null,
      whatWorked: input.whatWorked,
      whatToChange: input.whatToChange,
      collaboration: input.collaboration,
    };
    const unchanged =
      stored &&
      (stored.heldOn ? isoDate(stored.heldOn) : null) === input.heldOn &&
      stored.whatWorked === input.whatWorked &&
      stored.whatToChange === input.whatToChange &&
      stored.collaboration === input.collaboration;
    if (unchanged) return;
    const authorship = { updatedById: viewer.personId, updatedByRole: context.actingRole, updatedAt: new Date() };
    await tx.evaluationMeeting.upsert({
      where: { runId },
      create: { runId, ...data, ...authorship },
      update: { ...data, ...authorship, version: { increment: 1 } },
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: "evaluation-meeting.saved",
      objectType: "run",
      objectId: runId,
      unitIds: context.ownerUnitIds,
    });
  });
  return getEvaluationMeeting(db, viewer, runId);
}
