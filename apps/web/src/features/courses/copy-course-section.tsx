import { Button, Checkbox, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type CourseCopyInput, type CourseDetail, courseCopySchema } from "@sidestilt/domain/course.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { courseHref, runHref } from "../../lib/config/paths.ts";
import type { FormIssue } from "../../lib/form-issues.ts";
import { ChoiceGroup } from "./choice-group.tsx";
import { useCopyCourse } from "./copy-course.ts";
import {
  apiIssuesOf,
  emptyRunValues,
  type RunField,
  type RunValues,
  runFields,
  runInputOf,
  validateWith,
} from "./course-form-values.ts";
import { courseIssueMessage } from "./course-issue-message.ts";
import { RunFields, runFieldId } from "./run-fields.tsx";

const idPrefix = "course-copy";
const titleId = `${idPrefix}-title`;
const ownerId = (unitId: string) => `${idPrefix}-owner-${unitId}`;

/** The form's fields in the order they are shown: the error summary lists issues in this order. */
const fieldOrder = ["title", "ownerUnitIds", ...runFields.map((field) => `firstRun.${field}`)] as const;

/** A unit the viewer coordinates, which may own the copy. */
export type CopyOwnerOption = { id: string; name: string };

type Props = { course: CourseDetail; owners: readonly CopyOwnerOption[] };

/**
 * "Kopier kurset", for coordinators: a new course for their unit(s) with this course's facts and, with a
 * first run, its latest signed plan. The working group, runs and history stay with this course.
 */
export function CopyCourseSection({ course, owners }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const copy = useCopyCourse(course.id);
  const [title, setTitle] = useState(() => t("courseCopy.defaultTitle", { title: course.title }));
  const [ownerIds, setOwnerIds] = useState<string[]>(() => (owners.length === 1 && owners[0] ? [owners[0].id] : []));
  const [withRun, setWithRun] = useState(false);
  const [run, setRun] = useState<RunValues>(emptyRunValues);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const known = new Set<string>(fieldOrder);
  const issues = (clientIssues.length > 0 ? clientIssues : apiIssuesOf(copy.error))
    .filter((issue) => known.has(issue.field))
    .sort((a, b) => fieldOrder.indexOf(a.field as never) - fieldOrder.indexOf(b.field as never));
  const errorFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? courseIssueMessage(t, issue) : undefined;
  };

  function fieldIdOf(field: string) {
    if (field === "ownerUnitIds") return ownerId(owners[0]?.id ?? "");
    if (field.startsWith("firstRun."))
      return runFieldId(`${idPrefix}-run`, field.slice("firstRun.".length) as RunField);
    return titleId;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (copy.isPending) return;
    setAttempt((count) => count + 1);
    const input: CourseCopyInput = {
      title,
      ownerUnitIds: ownerIds,
      ...(withRun ? { firstRun: runInputOf(run) } : {}),
    };
    const result = validateWith(courseCopySchema, input, (field) => {
      if (field === "title") return title.trim() === "";
      if (field.startsWith("firstRun.")) {
        const name = field.slice("firstRun.".length);
        return (name === "startsOn" || name === "endsOn" || name === "capacity") && run[name].trim() === "";
      }
      return false;
    });
    setClientIssues(result.ok ? [] : result.issues);
    if (!result.ok) {
      copy.reset();
      return;
    }
    copy.mutate(result.data, {
      onSuccess: (created) => {
        const firstRun = created.data.runs[0];
        void navigate(firstRun ? runHref(firstRun.id) : courseHref(created.data.id));
      },
    });
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("courseCopy.heading")}
      </Heading>
      <Paragraph>{t("courseCopy.intro")}</Paragraph>
      <form className="stack course-form" noValidate onSubmit={handleSubmit}>
        <FormProblems
          attempt={attempt}
          heading={t("courseForm.errorSummaryHeading")}
          items={issues.map((issue) => ({ fieldId: fieldIdOf(issue.field), message: courseIssueMessage(t, issue) }))}
          error={copy.error}
          errorLead={t("courseCopy.saveError")}
        />
        <Textfield
          id={titleId}
          label={t("courseCopy.titleLabel")}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          error={errorFor("title")}
        />
        <ChoiceGroup
          legend={t("courseCopy.owners.legend")}
          description={t("courseCopy.owners.help")}
          error={errorFor("ownerUnitIds")}
        >
          {owners.map((owner) => (
            <Checkbox
              key={owner.id}
              id={ownerId(owner.id)}
              value={owner.id}
              label={owner.name}
              checked={ownerIds.includes(owner.id)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...ownerIds, owner.id]
                  : ownerIds.filter((candidate) => candidate !== owner.id);
                // In the order of the options, so the request does not depend on the order of clicks.
                setOwnerIds(owners.map((option) => option.id).filter((candidate) => next.includes(candidate)));
              }}
            />
          ))}
        </ChoiceGroup>
        <Checkbox
          id={`${idPrefix}-withRun`}
          label={t("courseCopy.run.add")}
          description={t("courseCopy.run.help")}
          checked={withRun}
          onChange={(event) => setWithRun(event.target.checked)}
        />
        {withRun ? (
          <RunFields
            idPrefix={`${idPrefix}-run`}
            values={run}
            onChange={(patch) => setRun((draft) => ({ ...draft, ...patch }))}
            errorFor={(field) => errorFor(`firstRun.${field}`)}
          />
        ) : null}
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={copy.isPending}>
            {copy.isPending ? t("courseCopy.submitting") : t("courseCopy.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
