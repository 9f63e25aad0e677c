import {
  type EvaluationCollection,
  invitedWarningBelow,
  minimumGroupSize,
  shownCount,
} from "@sidestilt/domain/evaluation-collection.schema";
import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { evaluationLink } from "../../lib/links.ts";

/** A collection row with what its view needs. */
export type CollectionRow = {
  id: string;
  kind: EvaluationFormKind;
  status: "OPEN" | "CLOSED";
  linkCode: string;
  invitedCount: number;
  openedAt: Date;
  closedAt: Date | null;
  version: number;
  formRevision: { version: number };
  _count: { answers: number };
};

export const collectionSelect = {
  id: true,
  kind: true,
  status: true,
  linkCode: true,
  invitedCount: true,
  openedAt: true,
  closedAt: true,
  version: true,
  formRevision: { select: { version: true } },
  _count: { select: { answers: true } },
} as const;

/** What the working group sees of a collection: counts only where they cannot single anyone out. */
export function toCollectionView(row: CollectionRow, origin: string): EvaluationCollection {
  const answers = row._count.answers;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    formVersion: row.formRevision.version,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    answers: shownCount(answers),
    invited: shownCount(row.invitedCount),
    fewInvited: row.invitedCount < invitedWarningBelow,
    link: evaluationLink(origin, row.linkCode),
    resultsAvailable: row.status === "CLOSED" && answers >= minimumGroupSize,
  };
}
