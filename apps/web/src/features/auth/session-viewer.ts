import type { Viewer } from "@sidestilt/domain/access";
import type { SessionView } from "@sidestilt/domain/auth.schema";

/** The signed-in person as the domain's access rules see them, to explain (never enforce) what they may do. */
export function viewerOf(session: SessionView): Viewer {
  return {
    personId: session.person.id,
    isSystemAdmin: session.person.isSystemAdmin,
    memberships: session.memberships,
  };
}
