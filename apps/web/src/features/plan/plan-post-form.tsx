import { Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import type { ZodType } from "zod";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { usePlanLabels } from "./plan-labels.ts";

type Props<F extends string> = {
  id: string;
  /** The body's one field, as the API names it. */
  field: F;
  schema: ZodType<Record<F, string>>;
  label: string;
  description?: string;
  submitLabel: string;
  pendingLabel: string;
  /** What failed, said before the error's own message. */
  errorHeading: string;
  doneMessage: string;
  pending: boolean;
  error: unknown;
  /** Sends the checked value; `done` empties the field once the server accepted it. */
  onSubmit: (value: string, done: () => void) => void;
};

/**
 * One text field and a button, checked with the schema the server uses: the comment and decision
 * forms of an element's discussion. Errors beside the field and in a summary; the text stays in the
 * field until the server has accepted it.
 */
export function PlanPostForm<F extends string>(props: Props<F>) {
  const { t } = usePlanLabels();
  const [value, setValue] = useState("");
  const [done, setDone] = useState(false);
  const form = useFormIssues([props.field], props.error);
  const issue = form.issueFor(props.field);
  const fieldError = issue ? issueMessage(t, issue, props.label) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (props.pending) return;
    setDone(false);
    const result = validateForm(props.schema, { [props.field]: value });
    form.submitted(result.ok ? [] : result.issues);
    if (!result.ok) return;
    props.onSubmit(result.data[props.field], () => {
      setValue("");
      setDone(true);
    });
  }

  return (
    <form className="stack plan-tight" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={form.attempt}
        heading={t("plan.errorSummaryHeading")}
        items={fieldError ? [{ fieldId: props.id, message: fieldError }] : []}
        error={props.error}
        errorLead={props.errorHeading}
      />
      <Textfield
        id={props.id}
        name={props.field}
        label={props.label}
        description={props.description}
        multiline
        rows={3}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setDone(false);
        }}
        error={fieldError}
      />
      <div role="status">{done ? <Paragraph data-size="sm">{props.doneMessage}</Paragraph> : null}</div>
      <div>
        <Button type="submit" variant="secondary" loading={props.pending}>
          {props.pending ? props.pendingLabel : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
