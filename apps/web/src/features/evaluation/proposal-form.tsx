import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { revisionProposalInputSchema } from "@sidestilt/domain/evaluation-meeting.schema";
import { type PlanElementKind, planElementKinds } from "@sidestilt/domain/plan.schema";
import { type FormEvent, useState } from "react";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { useAddProposal } from "./add-proposal.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";

type Values = { elementKind: PlanElementKind | ""; finding: string; proposedText: string };
const fields = ["elementKind", "finding", "proposedText"] as const;
type Field = (typeof fields)[number];
const empty: Values = { elementKind: "", finding: "", proposedText: "" };
const fieldId = (field: Field) => `proposal-${field}`;

/**
 * A new revision proposal: which plan element to change, what the evaluation found, and the element's
 * whole new text as the next run's plan should read. Anyone in the working group may propose.
 */
export function ProposalForm({ runId }: { runId: string }) {
  const { t } = useEvaluationLanguage();
  const add = useAddProposal();
  const [values, setValues] = useState<Values>(empty);
  const [added, setAdded] = useState(false);
  const form = useFormIssues(fields, add.error);
  const label = (field: Field) => t(`evaluation.proposals.fields.${field}`);
  const messageFor = (field: Field) => {
    const issue = form.issueFor(field);
    if (!issue) return undefined;
    if (field === "elementKind") return t("evaluation.proposals.chooseElement");
    return issueMessage(t, issue, label(field));
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    setAdded(false);
    const result = validateForm(revisionProposalInputSchema, values);
    form.submitted(result.ok ? [] : result.issues);
    if (!result.ok) return;
    add.mutate(
      { runId, input: result.data },
      {
        onSuccess: () => {
          setValues(empty);
          setAdded(true);
        },
      },
    );
  }

  const change = (field: Field) => (event: { target: { value: string } }) => {
    setValues((draft) => ({ ...draft, [field]: event.target.value }));
    setAdded(false);
  };

  return (
    <form className="stack proposal-form" noValidate onSubmit={handleSubmit} aria-labelledby="proposal-form-heading">
      <Heading id="proposal-form-heading" level={4} data-size="xs">
        {t("evaluation.proposals.formHeading")}
      </Heading>
      <FormProblems
        attempt={form.attempt}
        heading={t("evaluation.meeting.errorSummaryHeading")}
        items={form.issues.map((issue) => ({
          fieldId: fieldId(issue.field as Field),
          message: messageFor(issue.field as Field) ?? "",
        }))}
        error={add.error}
        errorLead={t("evaluation.proposals.addError")}
      />
      <SelectField
        id={fieldId("elementKind")}
        label={label("elementKind")}
        value={values.elementKind}
        onChange={change("elementKind")}
        error={messageFor("elementKind")}
      >
        <option value="">{t("evaluation.proposals.chooseElementOption")}</option>
        {planElementKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`plan.elements.${kind}.name`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={fieldId("finding")}
        label={label("finding")}
        description={t("evaluation.proposals.findingHelp")}
        multiline
        rows={3}
        value={values.finding}
        onChange={change("finding")}
        error={messageFor("finding")}
      />
      <Textfield
        id={fieldId("proposedText")}
        label={label("proposedText")}
        description={t("evaluation.proposals.proposedTextHelp")}
        multiline
        rows={5}
        value={values.proposedText}
        onChange={change("proposedText")}
        error={messageFor("proposedText")}
      />
      <div role="status" className="evaluation-status">
        {added ? <Paragraph>{t("evaluation.proposals.added")}</Paragraph> : null}
      </div>
      <div>
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {add.isPending ? t("evaluation.proposals.adding") : t("evaluation.proposals.add")}
        </Button>
      </div>
    </form>
  );
}
