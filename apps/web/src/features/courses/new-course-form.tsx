import { Button, Checkbox, Heading, Paragraph } from "@digdir/designsystemet-react";
import { type NewCourseInput, newCourseSchema } from "@sidestilt/domain/course.schema";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import type { Language } from "../../i18n/languages.ts";
import { courseHref, runHref } from "../../lib/config/paths.ts";
import type { FormIssue } from "../../lib/form-issues.ts";
import { CourseFields, courseFieldId } from "./course-fields.tsx";
import {
  apiIssuesOf,
  type CourseField,
  type CourseValues,
  courseFields,
  courseInputOf,
  courseValuesOf,
  emptyCourseValues,
  emptyRunValues,
  mergeUntouched,
  type RunField,
  type RunValues,
  runFields,
  runInputOf,
  validateWith,
} from "./course-form-values.ts";
import { courseIssueMessage } from "./course-issue-message.ts";
import { useCreateCourse } from "./create-course.ts";
import { type CourseTemplateSummary, useCourseTemplates } from "./get-course-templates.ts";
import { type OwnerOption, OwnerUnitChoice, ownerOptionId } from "./owner-unit-choice.tsx";
import { RunFields, runFieldId } from "./run-fields.tsx";
import { TemplateChoice, templateOptionId } from "./template-choice.tsx";

const idPrefix = "new-course";

/** The form's fields in the order they are shown: the error summary lists issues in this order. */
const fieldOrder = [
  "templateKey",
  ...courseFields,
  "ownerUnitIds",
  ...runFields.map((field) => `firstRun.${field}`),
] as const;

function fieldIdOf(field: string, templates: readonly CourseTemplateSummary[], owners: readonly OwnerOption[]) {
  if (field === "templateKey") return templateOptionId(idPrefix, templates[0]?.key ?? "");
  if (field === "ownerUnitIds") return ownerOptionId(idPrefix, owners[0]?.id ?? "");
  if (field.startsWith("firstRun.")) return runFieldId(`${idPrefix}-run`, field.slice("firstRun.".length) as RunField);
  return courseFieldId(idPrefix, field as CourseField);
}

function valuesOfTemplate(template: CourseTemplateSummary, language: Language): CourseValues {
  return courseValuesOf({ title: template.titles[language], ...template.fields });
}

type Props = {
  language: Language;
  /** The viewer's coordinated units and their partner units. */
  owners: readonly OwnerOption[];
  partnersPending: boolean;
  partnersFailed: boolean;
};

/**
 * A new course: a template fills in the facts (fields the person already changed keep their text when
 * another template is chosen), then the owner units and, optionally, a first run. The check before
 * sending uses the schema the API uses; the API's own field errors land beside the same fields.
 */
export function NewCourseForm({ language, owners, partnersPending, partnersFailed }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useCourseTemplates();
  const create = useCreateCourse();
  const headingIds = { template: useId(), facts: useId(), owners: useId(), run: useId() };
  const [templateKey, setTemplateKey] = useState("");
  const [values, setValues] = useState<CourseValues>(emptyCourseValues);
  // What the chosen template put in: a field still holding it was not changed by the person.
  const [templateValues, setTemplateValues] = useState<CourseValues>(emptyCourseValues);
  const coordinated = owners.filter((owner) => owner.coordinated);
  const [ownerIds, setOwnerIds] = useState<string[]>(() =>
    coordinated.length === 1 && coordinated[0] ? [coordinated[0].id] : [],
  );
  const [withRun, setWithRun] = useState(false);
  const [run, setRun] = useState<RunValues>(emptyRunValues);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const templateList = templates.data ?? [];
  const known = new Set<string>(fieldOrder);
  const issues = (clientIssues.length > 0 ? clientIssues : apiIssuesOf(create.error))
    .filter((issue) => known.has(issue.field))
    .sort((a, b) => fieldOrder.indexOf(a.field as never) - fieldOrder.indexOf(b.field as never));
  const errorFor = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? courseIssueMessage(t, issue) : undefined;
  };

  function chooseTemplate(template: CourseTemplateSummary) {
    const next = valuesOfTemplate(template, language);
    setValues((typed) => mergeUntouched(typed, templateValues, next));
    setTemplateValues(next);
    setTemplateKey(template.key);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setAttempt((count) => count + 1);
    const input: NewCourseInput = {
      ...courseInputOf(values),
      ownerUnitIds: ownerIds,
      ...(templateKey ? { templateKey: templateKey as NewCourseInput["templateKey"] } : {}),
      ...(withRun ? { firstRun: runInputOf(run) } : {}),
    };
    const result = validateWith(newCourseSchema, input, (field) => {
      if (field === "title") return values.title.trim() === "";
      if (field.startsWith("firstRun.")) {
        const name = field.slice("firstRun.".length);
        return (name === "startsOn" || name === "endsOn" || name === "capacity") && run[name].trim() === "";
      }
      return false;
    });
    const found = result.ok ? [] : [...result.issues];
    // The form's own rules: a diagnosis or the "diagnosis-independent" box, and one coordinated owner.
    if (!values.diagnosisIndependent && values.diagnosis.trim() === "" && !found.some((i) => i.field === "diagnosis")) {
      found.push({ field: "diagnosis", code: "diagnosis_required" });
    }
    if (ownerIds.length > 0 && !ownerIds.some((id) => coordinated.some((owner) => owner.id === id))) {
      found.push({ field: "ownerUnitIds", code: "owner_not_coordinated" });
    }
    setClientIssues(found);
    if (!result.ok || found.length > 0) {
      create.reset();
      return;
    }
    create.mutate(result.data, {
      onSuccess: (created) => {
        const firstRun = created.data.runs[0];
        void navigate(firstRun ? runHref(firstRun.id) : courseHref(created.data.id));
      },
    });
  }

  return (
    <form className="stack course-form" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("courseForm.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: fieldIdOf(issue.field, templateList, owners),
          message: courseIssueMessage(t, issue),
        }))}
        error={create.error}
        errorLead={t("courseForm.saveError")}
      />

      <section className="stack" aria-labelledby={headingIds.template}>
        <Heading id={headingIds.template} level={2} data-size="sm">
          {t("courseForm.template.heading")}
        </Heading>
        {templates.isPending ? (
          <LoadingStatus label={t("courseForm.template.loading")} />
        ) : templates.isError ? (
          <ErrorAlert
            heading={t("courseForm.template.loadError")}
            error={templates.error}
            onRetry={() => void templates.refetch()}
            retryLabel={t("courseForm.retry")}
            retrying={templates.isFetching}
          />
        ) : (
          <TemplateChoice
            idPrefix={idPrefix}
            templates={templateList}
            chosen={templateKey}
            language={language}
            onChoose={chooseTemplate}
            error={errorFor("templateKey")}
          />
        )}
      </section>

      <section className="stack" aria-labelledby={headingIds.facts}>
        <Heading id={headingIds.facts} level={2} data-size="sm">
          {t("courseForm.factsHeading")}
        </Heading>
        <CourseFields
          idPrefix={idPrefix}
          values={values}
          onChange={(patch) => setValues((draft) => ({ ...draft, ...patch }))}
          errorFor={errorFor}
        />
      </section>

      <section className="stack" aria-labelledby={headingIds.owners}>
        <Heading id={headingIds.owners} level={2} data-size="sm">
          {t("courseForm.owners.heading")}
        </Heading>
        <OwnerUnitChoice
          idPrefix={idPrefix}
          options={owners}
          chosen={ownerIds}
          onChange={setOwnerIds}
          error={errorFor("ownerUnitIds")}
          partnersPending={partnersPending}
          partnersFailed={partnersFailed}
        />
      </section>

      <section className="stack" aria-labelledby={headingIds.run}>
        <Heading id={headingIds.run} level={2} data-size="sm">
          {t("courseForm.run.heading")}
        </Heading>
        <Paragraph>{t("courseForm.run.help")}</Paragraph>
        <Checkbox
          id={`${idPrefix}-withRun`}
          label={t("courseForm.run.add")}
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
      </section>

      <div className="button-row">
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? t("courseForm.submitting") : t("courseForm.submit")}
        </Button>
      </div>
    </form>
  );
}
