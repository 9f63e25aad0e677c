import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationMeeting } from "@sidestilt/domain/evaluation-meeting.schema";
import { formatDate } from "../../lib/format.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { meetingTextFields } from "./meeting-values.ts";

/** The meeting's record for those who may read but not write it. */
export function MeetingRecordText({ meeting }: { meeting: EvaluationMeeting }) {
  const { t, language } = useEvaluationLanguage();
  return (
    <section className="stack" aria-labelledby="meeting-record-heading">
      <Heading id="meeting-record-heading" level={3} data-size="sm">
        {t("evaluation.meeting.recordHeading")}
      </Heading>
      <Paragraph data-size="sm">
        {meeting.lastEdit
          ? t("evaluation.meeting.lastEdit", {
              name: meeting.lastEdit.name,
              role: t(`plan.roleInText.${meeting.lastEdit.role}`),
              when: formatDateTime(meeting.lastEdit.at, language),
            })
          : t("evaluation.meeting.neverSaved")}
      </Paragraph>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t("evaluation.meeting.fields.heldOn")}</dt>
          <dd>{meeting.heldOn ? formatDate(meeting.heldOn, language) : t("evaluation.meeting.empty")}</dd>
        </div>
        {meetingTextFields.map((field) => (
          <div key={field} className="facts__item">
            <dt>{t(`evaluation.meeting.fields.${field}`)}</dt>
            <dd className="meeting-text">{meeting[field] || t("evaluation.meeting.empty")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
