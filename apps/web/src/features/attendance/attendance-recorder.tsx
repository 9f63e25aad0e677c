import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Attendance } from "@sidestilt/domain/attendance.schema";
import { isClosed } from "@sidestilt/domain/phase";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { formatSessionDate } from "../../lib/format.ts";
import { AttendanceFigures } from "./attendance-figures.tsx";
import { defaultSessionId, formatShortSessionDate } from "./attendance-format.ts";
import { AttendanceReadOnlyRow, AttendanceToggle } from "./attendance-toggle.tsx";
import { useAttendance } from "./get-attendance.ts";
import { liveAttendance } from "./live-attendance.ts";
import { usePendingTaps } from "./record-attendance.ts";

/** The course leaders' view: loads the list with names (only they may). */
export function AttendanceRecorder({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const attendance = useAttendance(runId, true);
  if (attendance.isPending) return <LoadingStatus label={t("attendance.loading")} />;
  if (!attendance.data) {
    return (
      <ErrorAlert
        heading={t("attendance.loadError")}
        error={attendance.error}
        onRetry={() => void attendance.refetch()}
        retryLabel={t("attendance.retry")}
        retrying={attendance.isFetching}
      />
    );
  }
  return <AttendanceSheet runId={runId} attendance={attendance.data} />;
}

/**
 * One session's list, phone first: pick the session (today's by default, else the latest before
 * today; kept in the URL), then one big row per confirmed participant, a running count, and the run's
 * figures below. Every tap is saved at once and counted at once.
 */
function AttendanceSheet({ runId, attendance }: { runId: string; attendance: Attendance }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const [params, setParams] = useSearchParams();
  const requested = params.get("session");
  const sessionId = attendance.sessions.some((session) => session.id === requested)
    ? requested
    : defaultSessionId(attendance.sessions, attendance.today);
  const pending = usePendingTaps(runId, sessionId ?? "");
  const live = liveAttendance(attendance, sessionId, pending);
  const index = attendance.sessions.findIndex((session) => session.id === sessionId);
  const session = live.summary.sessions[index];
  const presentCount = attendance.participants.filter((p) => live.presentOf(p.registrationId) === true).length;
  const recording = attendance.abilities.canRecord && session?.recordable === true;

  return (
    <>
      {!session ? (
        <div className="stack attendance-tight">
          <Heading level={3} data-size="xs">
            {t("attendance.empty.noSessionsHeading")}
          </Heading>
          <Paragraph>{t("attendance.empty.noSessions")}</Paragraph>
        </div>
      ) : (
        <div className="stack">
          <SelectField
            id="attendance-session"
            label={t("attendance.session.choose")}
            value={session.id}
            onChange={(event) => setParams({ session: event.target.value }, { replace: true })}
          >
            {attendance.sessions.map((option, optionIndex) => (
              <option key={option.id} value={option.id}>
                {t("attendance.session.option", {
                  number: optionIndex + 1,
                  date: formatShortSessionDate(option.date, language),
                })}
              </option>
            ))}
          </SelectField>
          <section className="stack attendance-tight" aria-labelledby="attendance-list-heading">
            <Heading id="attendance-list-heading" level={3} data-size="sm">
              {t("attendance.list.heading", { number: index + 1 })}
            </Heading>
            <Paragraph data-size="sm">
              {t("attendance.session.when", {
                date: formatSessionDate(session.date, language),
                from: session.startsAt,
                to: session.endsAt,
              })}
              {session.place ? ` · ${session.place}` : ""}
            </Paragraph>
            {recording ? (
              <Paragraph>{t("attendance.list.howTo")}</Paragraph>
            ) : (
              <Paragraph data-testid="attendance-read-only">
                {readOnlyReason(t, attendance, session.recordable)}
              </Paragraph>
            )}
            <p role="status" className="attendance-count" data-testid="attendance-count">
              {t("attendance.list.count", { present: presentCount, total: attendance.participants.length })}
            </p>
            {attendance.participants.length === 0 ? (
              <Paragraph>{t("attendance.empty.noParticipants")}</Paragraph>
            ) : (
              <ul className="attendance-list" aria-labelledby="attendance-list-heading">
                {attendance.participants.map((participant) =>
                  recording ? (
                    <AttendanceToggle
                      key={`${session.id}:${participant.registrationId}`}
                      runId={runId}
                      sessionId={session.id}
                      participant={participant}
                      present={live.presentOf(participant.registrationId)}
                    />
                  ) : (
                    <AttendanceReadOnlyRow
                      key={`${session.id}:${participant.registrationId}`}
                      participant={participant}
                      present={live.presentOf(participant.registrationId)}
                    />
                  ),
                )}
              </ul>
            )}
          </section>
        </div>
      )}
      <AttendanceFigures summary={live.summary} />
    </>
  );
}

/** Why the list cannot be changed: the run is closed, has not started, or the session is more than a day ahead. */
function readOnlyReason(t: TFunction, attendance: Attendance, sessionRecordable: boolean): string {
  if (isClosed(attendance.phase)) return t("attendance.readOnly.closed");
  return attendance.abilities.canRecord && !sessionRecordable
    ? t("attendance.readOnly.sessionAhead")
    : t("attendance.readOnly.notStarted");
}
