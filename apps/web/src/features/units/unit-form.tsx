import { Button, Textfield } from "@digdir/designsystemet-react";
import { unitKindSchema } from "@sidestilt/domain/roles";
import { type UnitChanges, unitInputSchema } from "@sidestilt/domain/unit.schema";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { type FormIssue, issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";

export const unitFields = ["kind", "name", "region", "municipality", "contactEmail", "contactPhone"] as const;
export type UnitField = (typeof unitFields)[number];
export type UnitFormValues = Record<UnitField, string>;

export const emptyUnitValues: UnitFormValues = {
  kind: "",
  name: "",
  region: "",
  municipality: "",
  contactEmail: "",
  contactPhone: "",
};

type Props = {
  idPrefix: string;
  initial?: UnitFormValues;
  /** Only a system administrator changes a unit's kind (the server refuses anyone else). */
  kindLocked?: boolean;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The last failed attempt's error: field issues go beside the fields, anything else in an alert. */
  error: unknown;
  errorHeading: string;
  onSubmit: (input: UnitChanges, values: UnitFormValues) => void;
  /** Shown above the fields (e.g. a conflict notice). */
  notice?: ReactNode;
  /** Extra buttons beside the submit button (e.g. cancel). */
  actions?: ReactNode;
  /** False where the caller explains the error itself (e.g. a conflict). */
  showErrorAlert?: boolean;
};

/** The facts of a unit, for creating and editing it, checked with the schema the server uses. */
export function UnitForm(props: Props) {
  const { idPrefix, kindLocked = false, pending, error } = props;
  const initial = props.initial ?? emptyUnitValues;
  const { t } = useTranslation();
  const form = useFormIssues(unitFields, error);
  const id = (field: UnitField) => `${idPrefix}-${field}`;
  const labels: Record<UnitField, string> = {
    kind: t("units.fields.kind"),
    name: t("units.fields.name"),
    region: t("units.fields.region"),
    municipality: t("units.fields.municipality"),
    contactEmail: t("units.fields.contactEmail"),
    contactPhone: t("units.fields.contactPhone"),
  };
  const message = (issue: FormIssue) => issueMessage(t, issue, labels[issue.field as UnitField]);
  const errorFor = (field: UnitField) => {
    const issue = form.issueFor(field);
    return issue ? message(issue) : undefined;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      unitFields.map((field) => [field, String(data.get(field) ?? "")]),
    ) as UnitFormValues;
    if (kindLocked) values.kind = initial.kind;
    const result = validateForm(unitInputSchema, values);
    form.submitted(result.ok ? [] : result.issues);
    if (result.ok) props.onSubmit(result.data, values);
  }

  return (
    <form className="stack narrow" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={form.attempt}
        heading={t("units.errorSummaryHeading")}
        items={form.issues.map((issue) => ({ fieldId: id(issue.field as UnitField), message: message(issue) }))}
        error={(props.showErrorAlert ?? true) ? error : null}
        errorLead={props.errorHeading}
      />
      {props.notice}
      <SelectField
        id={id("kind")}
        name="kind"
        label={labels.kind}
        description={kindLocked ? t("units.fields.kindLocked") : undefined}
        defaultValue={initial.kind}
        disabled={kindLocked}
        required
        error={errorFor("kind")}
      >
        <option value="">{t("units.fields.chooseKind")}</option>
        {unitKindSchema.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`enums.unitKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={id("name")}
        name="name"
        label={labels.name}
        defaultValue={initial.name}
        required
        error={errorFor("name")}
      />
      <Textfield
        id={id("region")}
        name="region"
        label={labels.region}
        defaultValue={initial.region}
        required
        error={errorFor("region")}
      />
      <Textfield
        id={id("municipality")}
        name="municipality"
        label={labels.municipality}
        defaultValue={initial.municipality}
        error={errorFor("municipality")}
      />
      <Textfield
        id={id("contactEmail")}
        name="contactEmail"
        type="email"
        label={labels.contactEmail}
        defaultValue={initial.contactEmail}
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        error={errorFor("contactEmail")}
      />
      <Textfield
        id={id("contactPhone")}
        name="contactPhone"
        type="tel"
        label={labels.contactPhone}
        defaultValue={initial.contactPhone}
        error={errorFor("contactPhone")}
      />
      <div className="button-row">
        <Button type="submit" loading={pending}>
          {pending ? props.pendingLabel : props.submitLabel}
        </Button>
        {props.actions}
      </div>
    </form>
  );
}
