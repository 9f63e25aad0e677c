import { Button, Textfield } from "@digdir/designsystemet-react";
import { invitationInputSchema } from "@sidestilt/domain/invitation.schema";
import type { Role } from "@sidestilt/domain/roles";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { RoleFields, roleValues } from "../../components/ui/role-fields.tsx";
import { SelectField } from "../../components/ui/select-field.tsx";
import { isLanguage, languageNames, languages } from "../../i18n/languages.ts";
import { type FormIssue, issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { type CreatedInvitation, useCreateInvitation } from "./create-invitation.ts";

const fields = ["email", "name", "role", "profession", "representsId", "locale"] as const;
type Field = (typeof fields)[number];

type Props = {
  unitId: string;
  userOrganisations: readonly { id: string; name: string }[];
  onCreated: (created: CreatedInvitation) => void;
};

/** "Inviter en person": who, in which role, and the language of the invitation. */
export function InvitationForm({ unitId, userOrganisations, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation();
  const [role, setRole] = useState<Role | "">("");
  const form = useFormIssues(fields, create.error);
  const id = (field: Field) => `invite-${field}`;
  const labels: Record<Field, string> = {
    email: t("invitations.form.email"),
    name: t("invitations.form.name"),
    role: t("people.roleFields.role"),
    profession: t("people.roleFields.profession"),
    representsId: t("people.roleFields.represents"),
    locale: t("invitations.form.locale"),
  };
  const message = (issue: FormIssue) => issueMessage(t, issue, labels[issue.field as Field]);
  const errorFor = (field: Field) => {
    const issue = form.issueFor(field);
    return issue ? message(issue) : undefined;
  };
  const uiLanguage = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const values = {
      email: String(data.get("email") ?? ""),
      name: String(data.get("name") ?? ""),
      locale: String(data.get("locale") ?? ""),
      ...roleValues(data, role),
    };
    const result = validateForm(invitationInputSchema, values);
    form.submitted(result.ok ? [] : result.issues);
    if (result.ok) create.mutate({ unitId, input: result.data }, { onSuccess: onCreated });
  }

  return (
    <form className="stack narrow" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={form.attempt}
        heading={t("invitations.form.errorSummaryHeading")}
        items={form.issues.map((issue) => ({ fieldId: id(issue.field as Field), message: message(issue) }))}
        error={create.error}
        errorLead={t("invitations.form.error")}
      />
      <Textfield
        id={id("email")}
        name="email"
        type="email"
        label={labels.email}
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        required
        error={errorFor("email")}
      />
      <Textfield
        id={id("name")}
        name="name"
        label={labels.name}
        description={t("invitations.form.nameHelp")}
        autoComplete="off"
        required
        error={errorFor("name")}
      />
      <RoleFields
        idPrefix="invite"
        role={role}
        onRoleChange={setRole}
        userOrganisations={userOrganisations}
        errors={{ role: errorFor("role"), profession: errorFor("profession"), representsId: errorFor("representsId") }}
      />
      <SelectField
        id={id("locale")}
        name="locale"
        label={labels.locale}
        description={t("invitations.form.localeHelp")}
        defaultValue={uiLanguage}
        error={errorFor("locale")}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" loading={create.isPending}>
          {create.isPending ? t("invitations.form.submitting") : t("invitations.form.submit")}
        </Button>
      </div>
    </form>
  );
}
