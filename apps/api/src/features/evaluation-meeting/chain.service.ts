import type { Viewer } from "@sidestilt/domain/access";
import { minimumGroupSize } from "@sidestilt/domain/evaluation-collection.schema";
import type { EvaluationChain } from "@sidestilt/domain/evaluation-meeting.schema";
import type { Db } from "../../db/prisma.ts";
import { loadCourseForReading } from "../../lib/course-access.ts";

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Every run of the course with its evaluation and the changes it passed on, in one query. */
export async function getEvaluationChain(db: Db, viewer: Viewer, courseId: string): Promise<EvaluationChain> {
  await loadCourseForReading(db, viewer, courseId);
  const runs = await db.courseRun.findMany({
    where: { courseId },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsOn: true,
      phase: true,
      evaluationCollections: {
        orderBy: { kind: "asc" },
        select: { id: true, kind: true, status: true, _count: { select: { answers: true } } },
      },
      evaluationMeeting: { select: { id: true } },
      revisionProposals: { select: { status: true, appliedToRunId: true } },
      appliedProposals: { select: { runId: true } },
    },
  });
  return {
    courseId,
    runs: runs.map((run) => ({
      runId: run.id,
      startsOn: run.startsOn.toISOString().slice(0, 10),
      phase: run.phase,
      collections: run.evaluationCollections.map((collection) => ({
        collectionId: collection.id,
        kind: collection.kind,
        status: collection.status,
        resultsAvailable: collection.status === "CLOSED" && collection._count.answers >= minimumGroupSize,
      })),
      meetingRecorded: run.evaluationMeeting !== null,
      proposals: {
        proposed: run.revisionProposals.filter((proposal) => proposal.status === "PROPOSED").length,
        accepted: run.revisionProposals.filter((proposal) => proposal.status === "ACCEPTED").length,
        rejected: run.revisionProposals.filter((proposal) => proposal.status === "REJECTED").length,
      },
      carriedInto: unique(run.revisionProposals.flatMap((proposal) => proposal.appliedToRunId ?? [])),
      takenFrom: unique(run.appliedProposals.map((proposal) => proposal.runId)),
    })),
  };
}
