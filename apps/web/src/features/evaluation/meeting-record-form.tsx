import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type EvaluationMeeting, evaluationMeetingInputSchema } from "@sidestilt/domain/evaluation-meeting.schema";
import { type FormEvent, useState } from "react";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { issueMessage, validateForm } from "../../lib/form-issues.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { MeetingConflict } from "./meeting-conflict.tsx";
import { type MeetingValues, meetingInputOf, meetingTextFields, meetingValuesOf } from "./meeting-values.ts";
import { type StoredMeeting, storedMeetingOf, useSaveMeeting } from "./save-meeting.ts";

type Props = { runId: string; meeting: EvaluationMeeting };

const fieldId = (field: keyof MeetingValues) => `meeting-${field}`;
const fields = ["heldOn", ...meetingTextFields] as const;

/**
 * The meeting's record, written together: the date and three open questions. Saved with the version the
 * person started from; if someone else saved first, their text is shown beside the person's own and
 * nothing typed is lost.
 */
export function MeetingRecordForm({ runId, meeting }: Props) {
  const { t, language } = useEvaluationLanguage();
  const save = useSaveMeeting();
  // The person's draft, and the version it was started from (the If-Match of the next save).
  const [values, setValues] = useState<MeetingValues>(() => meetingValuesOf(meeting));
  const [baseVersion, setBaseVersion] = useState(meeting.version);
  const [saved, setSaved] = useState(false);
  // What was stored when a save met someone else's (kept while the person decides, and while
  // "keep mine" is being saved, so that the choice stays on screen).
  const [stored, setStored] = useState<StoredMeeting | null>(null);
  // A conflict explains itself below the form; any other failure is explained at the form's top.
  const otherError = storedMeetingOf(save.error) ? null : save.error;
  const form = useFormIssues(fields, otherError);
  const label = (field: keyof MeetingValues) => t(`evaluation.meeting.fields.${field}`);
  const messageFor = (field: keyof MeetingValues) => {
    const issue = form.issueFor(field);
    return issue ? issueMessage(t, issue, label(field)) : undefined;
  };

  function send(version: number) {
    if (save.isPending) return;
    setSaved(false);
    const result = validateForm(evaluationMeetingInputSchema, meetingInputOf(values));
    form.submitted(result.ok ? [] : result.issues);
    if (!result.ok) return;
    save.mutate(
      { runId, version, input: result.data },
      {
        onSuccess: (meetingNow) => {
          const resolved = stored !== null;
          setValues(meetingValuesOf(meetingNow));
          setBaseVersion(meetingNow.version);
          setStored(null);
          setSaved(true);
          // The conflict's buttons are gone: keep the keyboard in the record.
          if (resolved) requestAnimationFrame(() => document.getElementById("meeting-record-heading")?.focus());
        },
        onError: (error) => {
          const current = storedMeetingOf(error);
          if (current) setStored(current);
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(baseVersion);
  }

  const change = (field: keyof MeetingValues) => (event: { target: { value: string } }) => {
    setValues((draft) => ({ ...draft, [field]: event.target.value }));
    setSaved(false);
  };

  return (
    <section className="stack" aria-labelledby="meeting-record-heading">
      <Heading id="meeting-record-heading" level={3} data-size="sm" tabIndex={-1} className="section-heading">
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
      <form className="stack" noValidate onSubmit={handleSubmit}>
        <FormProblems
          attempt={form.attempt}
          heading={t("evaluation.meeting.errorSummaryHeading")}
          items={form.issues.map((issue) => ({
            fieldId: fieldId(issue.field as keyof MeetingValues),
            message: messageFor(issue.field as keyof MeetingValues) ?? "",
          }))}
          error={otherError}
          errorLead={t("evaluation.meeting.saveError")}
          errorNote={t("evaluation.meeting.keptNote")}
        />
        <Textfield
          id={fieldId("heldOn")}
          type="date"
          label={label("heldOn")}
          value={values.heldOn}
          onChange={change("heldOn")}
          error={messageFor("heldOn")}
        />
        {meetingTextFields.map((field) => (
          <Textfield
            key={field}
            id={fieldId(field)}
            label={label(field)}
            description={t(`evaluation.meeting.help.${field}`)}
            multiline
            rows={5}
            value={values[field]}
            onChange={change(field)}
            error={messageFor(field)}
          />
        ))}
        <div role="status" className="evaluation-status">
          {saved ? <Paragraph>{t("evaluation.meeting.saved")}</Paragraph> : null}
        </div>
        {stored ? null : (
          <div>
            <Button type="submit" loading={save.isPending}>
              {save.isPending ? t("evaluation.meeting.saving") : t("evaluation.meeting.save")}
            </Button>
          </div>
        )}
      </form>
      {stored ? (
        <MeetingConflict
          stored={meetingValuesOf(stored)}
          typed={values}
          lastEdit={meeting.lastEdit}
          keeping={save.isPending}
          onKeepMine={() => send(stored.version)}
          onTakeTheirs={() => {
            setValues(meetingValuesOf(stored));
            setBaseVersion(stored.version);
            setStored(null);
            save.reset();
            requestAnimationFrame(() => document.getElementById(fieldId("whatWorked"))?.focus());
          }}
        />
      ) : null}
    </section>
  );
}
