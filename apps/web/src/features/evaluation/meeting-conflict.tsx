import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationMeeting } from "@sidestilt/domain/evaluation-meeting.schema";
import { formatDate } from "../../lib/format.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { differingFields, type MeetingValues } from "./meeting-values.ts";

type Props = {
  stored: MeetingValues;
  typed: MeetingValues;
  /** Who saved last, once the meeting has been fetched again. */
  lastEdit: EvaluationMeeting["lastEdit"];
  keeping: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * Someone else saved the meeting's record while the person wrote. What they typed stays in the form;
 * each field that differs is shown here with the stored text beside it, and the person chooses: keep
 * their own text (saved over the other) or take the stored one. Focus starts on the heading.
 */
export function MeetingConflict({ stored, typed, lastEdit, keeping, onKeepMine, onTakeTheirs }: Props) {
  const { t, language } = useEvaluationLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const fields = differingFields(stored, typed);
  const show = (field: keyof MeetingValues, value: string) =>
    value === "" ? t("evaluation.meeting.empty") : field === "heldOn" ? formatDate(value, language) : value;

  return (
    <section className="meeting-conflict stack" aria-labelledby="meeting-conflict-heading">
      <Heading
        ref={heading}
        id="meeting-conflict-heading"
        level={3}
        data-size="xs"
        tabIndex={-1}
        className="section-heading"
      >
        {t("evaluation.meeting.conflict.heading")}
      </Heading>
      <Paragraph>
        {lastEdit
          ? t("evaluation.meeting.conflict.who", {
              name: lastEdit.name,
              role: t(`plan.roleInText.${lastEdit.role}`),
              when: formatDateTime(lastEdit.at, language),
            })
          : t("evaluation.meeting.conflict.whoUnknown")}{" "}
        {t("evaluation.meeting.conflict.kept")}
      </Paragraph>
      {fields.length === 0 ? <Paragraph>{t("evaluation.meeting.conflict.same")}</Paragraph> : null}
      {fields.map((field) => (
        <div key={field} className="stack evaluation-tight">
          <Heading level={4} data-size="2xs">
            {t(`evaluation.meeting.fields.${field}`)}
          </Heading>
          <div className="meeting-conflict__texts">
            <div>
              <Paragraph data-size="sm" className="meeting-conflict__label">
                {t("evaluation.meeting.conflict.stored")}
              </Paragraph>
              <Paragraph className="meeting-text">{show(field, stored[field])}</Paragraph>
            </div>
            <div>
              <Paragraph data-size="sm" className="meeting-conflict__label">
                {t("evaluation.meeting.conflict.yours")}
              </Paragraph>
              <Paragraph className="meeting-text">{show(field, typed[field])}</Paragraph>
            </div>
          </div>
        </div>
      ))}
      <div className="button-row">
        <Button
          type="button"
          loading={keeping}
          onClick={() => {
            if (!keeping) onKeepMine();
          }}
        >
          {keeping ? t("evaluation.meeting.saving") : t("evaluation.meeting.conflict.keepMine")}
        </Button>
        <Button type="button" variant="secondary" disabled={keeping} onClick={onTakeTheirs}>
          {t("evaluation.meeting.conflict.takeTheirs")}
        </Button>
      </div>
    </section>
  );
}
