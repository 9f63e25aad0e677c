import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { AttendanceSummary } from "@sidestilt/domain/attendance.schema";
import { fundingRule } from "@sidestilt/domain/enrolment";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { formatDuration } from "../../lib/format.ts";
import { formatRate, sessionLabel } from "./attendance-format.ts";

type Props = { summary: AttendanceSummary };

/**
 * The run's attendance in figures, the hospitals' funding check in words (at least 7 teaching hours
 * and at least 80 % attendance, each answered yes or no with the run's own figure), and each
 * session's count. No names: user representatives see this and only this.
 */
export function AttendanceFigures({ summary }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const { funding } = summary;
  const counted = summary.sessions.filter((session) => session.counted).length;
  const requiredHours = fundingRule.minTeachingMinutes / 60;
  const requiredRate = formatRate(fundingRule.minAttendanceRate, language);
  const answer = (yes: boolean) => (yes ? t("attendance.funding.yes") : t("attendance.funding.no"));

  return (
    <section
      className="stack attendance-tight"
      aria-labelledby="attendance-figures-heading"
      data-testid="attendance-figures"
    >
      <Heading id="attendance-figures-heading" level={3} data-size="sm">
        {t("attendance.figures.heading")}
      </Heading>
      <Paragraph data-testid="attendance-rate">
        {summary.rate === null
          ? t("attendance.figures.noRate")
          : t("attendance.figures.rate", {
              rate: formatRate(summary.rate, language),
              present: summary.present,
              expected: summary.expected,
              count: counted,
            })}
      </Paragraph>
      <Alert data-color={funding.met ? "success" : "warning"} data-testid="attendance-funding">
        <Heading level={4} data-size="xs">
          {funding.met ? t("attendance.funding.met") : t("attendance.funding.notMet")}
        </Heading>
        <ul className="attendance-funding">
          <li>
            {t("attendance.funding.hours", {
              required: requiredHours,
              answer: answer(funding.enoughHours),
              actual: formatDuration(t, funding.teachingMinutes),
            })}
          </li>
          <li>
            {funding.attendanceRate === null
              ? t("attendance.funding.rateUnknown", { required: requiredRate, answer: answer(false) })
              : t("attendance.funding.rate", {
                  required: requiredRate,
                  answer: answer(funding.enoughAttendance),
                  actual: formatRate(funding.attendanceRate, language),
                })}
          </li>
        </ul>
        <Paragraph data-size="sm">
          {t("attendance.funding.explained", { hours: requiredHours, rate: requiredRate })}
        </Paragraph>
      </Alert>
      <Heading level={4} data-size="xs" id="attendance-sessions-heading">
        {t("attendance.figures.perSession")}
      </Heading>
      {summary.sessions.length === 0 ? (
        <Paragraph>{t("attendance.figures.noSessions")}</Paragraph>
      ) : (
        <ul className="attendance-sessions" aria-labelledby="attendance-sessions-heading">
          {summary.sessions.map((session, index) => (
            <li key={session.id}>
              {sessionLabel(t, session, index + 1, language)}:{" "}
              <strong>
                {!session.counted
                  ? session.date === summary.today
                    ? t("attendance.figures.today")
                    : t("attendance.figures.notHeld")
                  : session.recorded === 0
                    ? t("attendance.figures.notRecorded")
                    : t("attendance.figures.sessionCount", {
                        present: session.present,
                        total: summary.participantCount,
                      })}
              </strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
