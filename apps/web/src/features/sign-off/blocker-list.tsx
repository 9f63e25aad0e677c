import { Link } from "@digdir/designsystemet-react";
import type { RunPhase } from "@sidestilt/domain/phase";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";

export type Blocker = SignOff["steps"][number]["blockers"][number];

type Props = {
  blockers: readonly Blocker[];
  target: RunPhase;
  /** The course page, where the working group is managed. */
  courseHref: string;
};

/**
 * Why a step cannot be taken yet, each blocker code (phase.ts `transitionBlockers`, computed by the
 * server) in words: a missing signature by role, a working group without one of the roles (with the
 * way to the course page, where the group is), or a step that is not possible from this phase.
 */
export function BlockerList({ blockers, target, courseHref }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="sign-off-blockers">
      {blockers.map((blocker) => {
        switch (blocker.code) {
          case "signature_missing":
            return (
              <li key={`${blocker.code}-${blocker.missingRole}`}>
                {t(`signOff.blockers.signatureMissing.${blocker.missingRole}`)}
              </li>
            );
          case "working_group_incomplete":
            return (
              <li key={`${blocker.code}-${blocker.missingRole}`}>
                {t(`signOff.blockers.workingGroupIncomplete.${blocker.missingRole}`)}{" "}
                <Link asChild>
                  <RouterLink to={courseHref}>{t("signOff.blockers.toCourse")}</RouterLink>
                </Link>
              </li>
            );
          case "transition_not_allowed":
            return (
              <li key={blocker.code}>{t("signOff.blockers.notAllowed", { phase: t(`enums.phase.${target}`) })}</li>
            );
        }
        return null;
      })}
    </ul>
  );
}
