import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { type RunDates, sessionFieldErrors } from "@sidestilt/domain/programme";
import {
  type ProgrammeSession,
  programmeSessionSchema,
  type SessionChanges,
  sessionChangesSchema,
} from "@sidestilt/domain/programme.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../lib/api-error.ts";
import { type FormIssue, issueMessage, validateForm } from "../../lib/form-issues.ts";
import { formatDate, formatSessionDate } from "../../lib/format.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { ConflictNotice, type SavedFact } from "./conflict-notice.tsx";
import { useCreateSession } from "./create-session.ts";
import { useUpdateSession } from "./update-session.ts";

const fields = ["date", "startsAt", "endsAt", "place", "videoLink"] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, string>;

function valuesOf(session: ProgrammeSession | undefined, runDates: RunDates): Values {
  if (!session) return { date: runDates.startsOn, startsAt: "", endsAt: "", place: "", videoLink: "" };
  return {
    date: session.date,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    place: session.place ?? "",
    videoLink: session.videoLink ?? "",
  };
}

function inputOf(values: Values): Record<keyof SessionChanges, string | null> {
  return {
    date: values.date,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    place: values.place.trim() === "" ? null : values.place.trim(),
    videoLink: values.videoLink.trim() === "" ? null : values.videoLink.trim(),
  };
}

type Props = {
  runId: string;
  runDates: RunDates;
  /** The session to edit with its number in the programme; none to add one. */
  editing?: { session: ProgrammeSession; number: number };
  onSaved: (message: string) => void;
  onCancel: () => void;
};

/**
 * Adds or edits a session (samling): date within the run, start and end time, place and/or video link.
 * Checked before sending with the server's schema and the domain's `sessionFieldErrors` (ends after it
 * starts, lies within the run). An edit sends the session's version as If-Match; on 412 the input stays
 * and the saved session is shown beside it.
 */
export function SessionForm({ runId, runDates, editing, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const create = useCreateSession();
  const update = useUpdateSession();
  const mutation = editing ? update : create;
  const [values, setValues] = useState(() => valuesOf(editing?.session, runDates));
  const [baseVersion, setBaseVersion] = useState(editing?.session.version ?? 0);
  const { issues, attempt, issueFor, submitted } = useFormIssues(fields, mutation.error);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const idPrefix = editing ? `session-${editing.session.id}` : "new-session";
  const fieldId = (field: Field) => `${idPrefix}-${field}`;
  const headingId = `${idPrefix}-form-heading`;

  const error = mutation.error;
  const conflict = error instanceof ApiError && error.code === "precondition_failed";
  const savedNow = conflict ? programmeSessionSchema.safeParse(error.problem.current).data : undefined;

  const range = { from: formatDate(runDates.startsOn, language), to: formatDate(runDates.endsOn, language) };
  const labels: Record<Field, string> = {
    date: t("programme.sessionForm.date"),
    startsAt: t("programme.sessionForm.startsAt"),
    endsAt: t("programme.sessionForm.endsAt"),
    place: t("programme.sessionForm.place"),
    videoLink: t("programme.sessionForm.videoLink"),
  };
  const messageFor = (field: Field): string | undefined => {
    const issue = issueFor(field);
    if (!issue) return undefined;
    const own: Partial<Record<string, string>> = {
      outside_run: t("programme.sessionForm.errors.outsideRun", range),
      before_start: t("programme.sessionForm.errors.beforeStart"),
    };
    if (field === "date" && issue.code !== "too_small" && !own[issue.code])
      return t("programme.sessionForm.errors.date");
    if ((field === "startsAt" || field === "endsAt") && issue.code !== "too_small" && !own[issue.code]) {
      return t("programme.sessionForm.errors.time");
    }
    if (field === "videoLink" && issue.code !== "too_big") return t("programme.sessionForm.errors.videoLink");
    return issueMessage(t, issue, labels[field], own);
  };

  const savedFacts = (session: ProgrammeSession): SavedFact[] => [
    { label: labels.date, value: formatSessionDate(session.date, language) },
    {
      label: t("programme.sessionForm.hours"),
      value: t("programme.session.hours", { from: session.startsAt, to: session.endsAt }),
    },
    { label: t("programme.session.place"), value: session.place ?? t("programme.session.none") },
    { label: t("programme.session.videoLink"), value: session.videoLink ?? t("programme.session.none") },
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    // After a conflict the saved version has been shown: the next save replaces it knowingly.
    const version = conflict ? (savedNow?.version ?? editing?.session.version ?? baseVersion) : baseVersion;
    setBaseVersion(version);
    const input = inputOf(values);
    const checked = validateForm(sessionChangesSchema, input);
    // Everything at once: the schema's issues, then the domain's rules for the fields the schema passed.
    const found: FormIssue[] = checked.ok ? [] : [...checked.issues];
    for (const { field, code } of sessionFieldErrors(values, runDates)) {
      if (!found.some((issue) => issue.field === field)) found.push({ field, code });
    }
    found.sort((a, b) => fields.indexOf(a.field as Field) - fields.indexOf(b.field as Field));
    submitted(found);
    if (!checked.ok || found.length > 0) {
      // A conflict stays in view (what is saved now) until the person saves again.
      if (!conflict) mutation.reset();
      return;
    }
    if (editing) {
      update.mutate(
        { runId, sessionId: editing.session.id, version, input: checked.data },
        { onSuccess: () => onSaved(t("programme.sessionForm.saved", { number: editing.number })) },
      );
    } else {
      create.mutate(
        { runId, input: checked.data },
        {
          onSuccess: (session) =>
            onSaved(t("programme.sessionForm.added", { date: formatSessionDate(session.date, language) })),
        },
      );
    }
  }

  const field = (
    name: Field,
    type: "date" | "time" | "text" | "url",
    extra: { description?: string; autoComplete?: string; min?: string; max?: string } = {},
  ) => (
    <Textfield
      id={fieldId(name)}
      name={name}
      type={type}
      label={labels[name]}
      description={extra.description}
      value={values[name]}
      onChange={(event) => setValues((draft) => ({ ...draft, [name]: event.target.value }))}
      required={name === "date" || name === "startsAt" || name === "endsAt"}
      autoComplete={extra.autoComplete ?? "off"}
      min={extra.min}
      max={extra.max}
      error={messageFor(name)}
    />
  );

  return (
    <form className="stack programme-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      <Heading ref={headingRef} id={headingId} level={4} data-size="xs" tabIndex={-1} className="section-heading">
        {editing
          ? t("programme.sessionForm.editHeading", { number: editing.number })
          : t("programme.sessionForm.addHeading")}
      </Heading>
      <FormProblems
        attempt={attempt}
        heading={t("programme.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: fieldId(issue.field as Field),
          message: messageFor(issue.field as Field) ?? "",
        }))}
        error={conflict ? null : error}
      />
      {conflict ? <ConflictNotice key={attempt} saved={savedNow ? savedFacts(savedNow) : null} /> : null}
      {field("date", "date", {
        description: t("programme.sessionForm.dateDescription", range),
        min: runDates.startsOn,
        max: runDates.endsOn,
      })}
      <div className="programme-form__times">
        {field("startsAt", "time", { description: t("programme.sessionForm.timeDescription") })}
        {field("endsAt", "time", { description: t("programme.sessionForm.timeDescription") })}
      </div>
      {field("place", "text", { description: t("programme.sessionForm.placeDescription") })}
      {field("videoLink", "url", { description: t("programme.sessionForm.videoLinkDescription"), autoComplete: "url" })}
      <div className="button-row">
        <Button type="submit" loading={mutation.isPending}>
          {mutation.isPending
            ? t("programme.sessionForm.saving")
            : conflict
              ? t("programme.saveAnyway")
              : editing
                ? t("programme.sessionForm.save")
                : t("programme.sessionForm.add")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("programme.cancel")}
        </Button>
      </div>
    </form>
  );
}
