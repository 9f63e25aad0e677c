import { Button } from "@digdir/designsystemet-react";
import { type Membership, membershipInputSchema } from "@sidestilt/domain/person.schema";
import type { Role } from "@sidestilt/domain/roles";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { RoleFields, roleValues } from "../../components/ui/role-fields.tsx";
import { type FormIssue, issueMessage, validateForm } from "../../lib/form-issues.ts";
import { useFormIssues } from "../../lib/use-form-issues.ts";
import { useUpdateMembership } from "./update-membership.ts";

const fields = ["role", "profession", "representsId"] as const;
type Field = (typeof fields)[number];

type Props = {
  membership: Membership;
  userOrganisations: readonly { id: string; name: string }[];
  onDone: (saved: boolean) => void;
};

/** Changes one membership's role, profession or represented organisation. */
export function MembershipEditForm({ membership, userOrganisations, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMembership();
  const [role, setRole] = useState<Role | "">(membership.role);
  const form = useFormIssues(fields, update.error);
  const idPrefix = `membership-${membership.id}`;
  const labels: Record<Field, string> = {
    role: t("people.roleFields.role"),
    profession: t("people.roleFields.profession"),
    representsId: t("people.roleFields.represents"),
  };
  const message = (issue: FormIssue) => issueMessage(t, issue, labels[issue.field as Field]);
  const errorFor = (field: Field) => {
    const issue = form.issueFor(field);
    return issue ? message(issue) : undefined;
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const result = validateForm(membershipInputSchema, roleValues(new FormData(event.currentTarget), role));
    form.submitted(result.ok ? [] : result.issues);
    if (result.ok)
      update.mutate({ membershipId: membership.id, input: result.data }, { onSuccess: () => onDone(true) });
  }

  return (
    <form
      className="stack narrow"
      noValidate
      onSubmit={handleSubmit}
      aria-label={t("people.membership.editLabel", { unit: membership.unitName })}
    >
      <FormProblems
        attempt={form.attempt}
        heading={t("people.errorSummaryHeading")}
        items={form.issues.map((issue) => ({ fieldId: `${idPrefix}-${issue.field}`, message: message(issue) }))}
        error={update.error}
        errorLead={t("people.membership.error")}
      />
      <RoleFields
        idPrefix={idPrefix}
        role={role}
        onRoleChange={setRole}
        defaultProfession={membership.profession ?? ""}
        defaultRepresentsId={membership.represents?.id ?? ""}
        userOrganisations={userOrganisations}
        errors={{ role: errorFor("role"), profession: errorFor("profession"), representsId: errorFor("representsId") }}
      />
      <div className="button-row">
        <Button type="submit" loading={update.isPending}>
          {update.isPending ? t("people.membership.saving") : t("people.membership.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t("people.cancel")}
        </Button>
      </div>
    </form>
  );
}
