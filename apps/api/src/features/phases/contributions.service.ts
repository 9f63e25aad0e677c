import { courseAbilities, type Viewer } from "@sidestilt/domain/access";
import { type ContributionCount, contributionBalance } from "@sidestilt/domain/contribution";
import { seededPlanVersion } from "@sidestilt/domain/plan.schema";
import { DomainError } from "@sidestilt/domain/problem";
import type { ContributionBalance } from "@sidestilt/domain/sign-off.schema";
import type { Db } from "../../db/prisma.ts";
import { courseAccessFacts } from "../../lib/object-access.ts";

// The contribution balance of a course over all its runs: one grouped count per source table, in one
// query whatever the size of the course. Edits are plan revisions (restores included: restoring is a
// choice someone made) after the seeded starting text: `seededPlanVersion` was copied from a template
// or the latest signed plan when the run was created, not written by its creator. Decisions are
// recorded plan decisions, programme items count for whoever added them, and presentations for each
// presenter of an item, in the phase the item was added in.

export async function getContributionBalance(db: Db, viewer: Viewer, courseId: string): Promise<ContributionBalance> {
  const facts = await courseAccessFacts(db, courseId);
  if (!facts || !courseAbilities(viewer, facts).canView) throw new DomainError("not_found");
  const rows = await db.$queryRaw<ContributionCount[]>`
    SELECT 'edits' AS kind, r.author_role::text AS role, r.phase::text AS phase, count(*)::int AS count
      FROM plan_revision r
      JOIN plan_element e ON e.id = r.element_id
      JOIN course_run run ON run.id = e.run_id
      WHERE run.course_id = ${courseId}::uuid AND r.version > ${seededPlanVersion}
      GROUP BY r.author_role, r.phase
    UNION ALL
    SELECT 'decisions', d.author_role::text, d.phase::text, count(*)::int
      FROM plan_decision d
      JOIN plan_element e ON e.id = d.element_id
      JOIN course_run run ON run.id = e.run_id
      WHERE run.course_id = ${courseId}::uuid
      GROUP BY d.author_role, d.phase
    UNION ALL
    SELECT 'programmeItems', i.created_role::text, i.phase::text, count(*)::int
      FROM programme_item i
      JOIN programme_session s ON s.id = i.session_id
      JOIN course_run run ON run.id = s.run_id
      WHERE run.course_id = ${courseId}::uuid
      GROUP BY i.created_role, i.phase
    UNION ALL
    SELECT 'presentations', p.role::text, i.phase::text, count(*)::int
      FROM item_presenter p
      JOIN programme_item i ON i.id = p.item_id
      JOIN programme_session s ON s.id = i.session_id
      JOIN course_run run ON run.id = s.run_id
      WHERE run.course_id = ${courseId}::uuid
      GROUP BY p.role, i.phase`;
  return contributionBalance(rows);
}
