import { Alert, Heading } from "@digdir/designsystemet-react";
import type { ProgrammeSession } from "@sidestilt/domain/programme.schema";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../lib/format.ts";
import { sessionLength } from "./programme-format.ts";

/**
 * What a session lacks by the Standard metode (the server's `sessionWarnings`): a user
 * representative's contribution, time for experience sharing, or room for its items. Each as a clear
 * message with what to do about it.
 */
export function SessionWarnings({ session, number }: { session: ProgrammeSession; number: number }) {
  const { t } = useTranslation();
  if (session.warnings.length === 0) return null;
  const planned = session.items.reduce((sum, item) => sum + item.minutes, 0);
  const advice = {
    no_user_representative_contribution: t("programme.warnings.advice.no_user_representative_contribution"),
    no_experience_sharing: t("programme.warnings.advice.no_experience_sharing"),
    items_exceed_session: t("programme.warnings.advice.items_exceed_session", {
      planned: formatDuration(t, planned),
      available: formatDuration(t, sessionLength(session)),
    }),
  };
  return (
    <Alert data-color="warning" className="programme-warnings" data-testid="session-warnings">
      <Heading level={4} data-size="xs">
        {t("programme.warnings.heading", { number })}
      </Heading>
      <ul>
        {session.warnings.map((code) => (
          <li key={code}>
            <strong>{t(`programme.warnings.${code}`)}.</strong> {advice[code]}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
