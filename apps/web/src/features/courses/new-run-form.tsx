import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { RunDetail } from "@sidestilt/domain/course.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import type { FormIssue } from "../../lib/form-issues.ts";
import {
  apiIssuesOf,
  emptyRunValues,
  type RunField,
  type RunValues,
  runFields,
  validateRun,
} from "./course-form-values.ts";
import { courseIssueMessage } from "./course-issue-message.ts";
import { useCreateRun } from "./create-run.ts";
import { RunFields, runFieldId } from "./run-fields.tsx";

export const newRunIdPrefix = "new-run";

type Props = {
  courseId: string;
  /** The dates of the run whose plan the new run copies (the latest), or null when there is none. */
  copiedFrom: string | null;
  onCreated: (run: RunDetail) => void;
  onCancel: () => void;
};

/** "Ny gjennomføring": dates, place and capacity; the plan is copied from the latest run. */
export function NewRunForm({ courseId, copiedFrom, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const create = useCreateRun();
  const [values, setValues] = useState<RunValues>(emptyRunValues);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const known = new Set<string>(runFields);
  const issues = (clientIssues.length > 0 ? clientIssues : apiIssuesOf(create.error)).filter((issue) =>
    known.has(issue.field),
  );
  const errorFor = (field: RunField) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? courseIssueMessage(t, issue) : undefined;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setAttempt((count) => count + 1);
    const result = validateRun(values);
    setClientIssues(result.ok ? [] : result.issues);
    if (!result.ok) return;
    create.mutate({ courseId, input: result.data }, { onSuccess: onCreated });
  }

  return (
    <form className="stack course-form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="xs">
        {t("coursePage.runs.formHeading")}
      </Heading>
      <Paragraph>
        {copiedFrom ? t("coursePage.runs.planCopied", { dates: copiedFrom }) : t("coursePage.runs.planEmpty")}
      </Paragraph>
      <FormProblems
        attempt={attempt}
        heading={t("courseForm.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: runFieldId(newRunIdPrefix, issue.field as RunField),
          message: courseIssueMessage(t, issue),
        }))}
        error={create.error}
        errorLead={t("coursePage.runs.saveError")}
      />
      <RunFields
        idPrefix={newRunIdPrefix}
        values={values}
        onChange={(patch) => setValues((draft) => ({ ...draft, ...patch }))}
        errorFor={errorFor}
      />
      <div className="button-row">
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? t("coursePage.runs.creating") : t("coursePage.runs.create")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("coursePage.runs.cancel")}
        </Button>
      </div>
    </form>
  );
}
