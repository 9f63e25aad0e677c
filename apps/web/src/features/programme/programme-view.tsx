import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { RunDates } from "@sidestilt/domain/programme";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { runProgrammePrintHref } from "../../lib/config/paths.ts";
import { usePresenterCandidates } from "./get-presenter-candidates.ts";
import { programmeCalendarHref, useProgramme } from "./get-programme.ts";
import { ProgrammeTotals } from "./programme-totals.tsx";
import { SessionCard } from "./session-card.tsx";
import { SessionForm } from "./session-form.tsx";
import { useReturnFocus } from "./use-return-focus.ts";

type Props = { runId: string; courseId: string; runDates: RunDates };

/**
 * The programme tab: the run's sessions with their items, warnings and teaching time, the total and
 * the funding check, the calendar file and the printable programme. Those who may edit the run
 * (`abilities.canEdit`) add, change, move and delete sessions and items here.
 */
export function ProgrammeView({ runId, courseId, runDates }: Props) {
  const { t } = useTranslation();
  const programme = useProgramme(runId);
  const canEdit = programme.data?.abilities.canEdit ?? false;
  const candidates = usePresenterCandidates(courseId, canEdit);
  const [addingSession, setAddingSession] = useState(false);
  const [status, setStatus] = useState("");
  useReturnFocus(addingSession, () => document.getElementById("add-session-button"));

  return (
    <section className="stack" aria-labelledby="programme-heading">
      <Heading id="programme-heading" level={2} data-size="md">
        {t("programme.heading")}
      </Heading>
      <Paragraph>{t("programme.intro")}</Paragraph>
      <ul className="programme-links print-hidden">
        <li>
          <Link href={programmeCalendarHref(runId)} download>
            {t("programme.links.calendar")}
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={runProgrammePrintHref(runId)}>{t("programme.links.print")}</RouterLink>
          </Link>
        </li>
      </ul>
      <div role="status" className="programme-status">
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>
      {programme.isPending ? (
        <LoadingStatus label={t("programme.loading")} />
      ) : !programme.data ? (
        <ErrorAlert
          heading={t("programme.loadError")}
          error={programme.error}
          onRetry={() => void programme.refetch()}
          retryLabel={t("programme.retry")}
          retrying={programme.isFetching}
        />
      ) : (
        <>
          <ProgrammeTotals programme={programme.data} />
          {programme.data.sessions.length === 0 ? (
            <div className="stack programme-tight">
              <Heading level={3} data-size="xs">
                {t("programme.empty.heading")}
              </Heading>
              <Paragraph>{canEdit ? t("programme.empty.canEdit") : t("programme.empty.readOnly")}</Paragraph>
            </div>
          ) : (
            <ol className="programme-sessions" aria-label={t("programme.sessionsLabel")}>
              {programme.data.sessions.map((session, index) => (
                <li key={session.id}>
                  <SessionCard
                    runId={runId}
                    runDates={runDates}
                    session={session}
                    number={index + 1}
                    canEdit={canEdit}
                    candidates={candidates.data}
                    candidatesError={candidates.error}
                    announce={setStatus}
                  />
                </li>
              ))}
            </ol>
          )}
          {canEdit ? (
            addingSession ? (
              <SessionForm
                runId={runId}
                runDates={runDates}
                onSaved={(message) => {
                  setAddingSession(false);
                  setStatus(message);
                }}
                onCancel={() => setAddingSession(false)}
              />
            ) : (
              <div>
                <Button id="add-session-button" type="button" onClick={() => setAddingSession(true)}>
                  {t("programme.addSession")}
                </Button>
              </div>
            )
          ) : (
            <Paragraph data-size="sm">{t("programme.readOnly")}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
