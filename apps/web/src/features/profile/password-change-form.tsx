import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { NewPasswordFields } from "../../components/ui/new-password-fields.tsx";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues, type FormIssue } from "../../lib/form-issues.ts";
import { checkNewPassword, newPasswordMessage } from "../../lib/new-password.ts";
import { useChangePassword } from "./change-password.ts";

const fields = { current: "currentPassword", new: "newPassword", repeat: "repeatNewPassword" } as const;
const formFields: readonly string[] = Object.values(fields);

export function PasswordChangeForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = change.error;
  const issues = (clientIssues.length > 0 ? clientIssues : apiFieldIssues(error)).filter((issue) =>
    formFields.includes(issue.field),
  );
  const labels: Record<string, string> = {
    [fields.current]: t("profile.password.current"),
    [fields.new]: t("profile.password.new"),
    [fields.repeat]: t("profile.password.repeat"),
  };
  const messageFor = (field: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    const label = labels[field] ?? field;
    return field === fields.current
      ? fieldErrorMessage(t, issue.code, label)
      : newPasswordMessage(t, issue.code, label);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get(fields.current) ?? "");
    const newPassword = String(form.get(fields.new) ?? "");
    const repeat = String(form.get(fields.repeat) ?? "");
    setAttempt((count) => count + 1);
    const found: FormIssue[] = currentPassword === "" ? [{ field: fields.current, code: "too_small" }] : [];
    found.push(...checkNewPassword(newPassword, repeat, { password: fields.new, repeat: fields.repeat }));
    if (found.length > 0) {
      change.reset();
      setClientIssues(found);
      return;
    }
    setClientIssues([]);
    // Passwords do not stay in the fields once changed.
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => formElement.reset() });
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit} aria-labelledby="profile-password-heading">
      <Heading id="profile-password-heading" level={2} data-size="sm">
        {t("profile.password.heading")}
      </Heading>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={issues.map((issue) => ({ fieldId: issue.field, message: messageFor(issue.field) ?? "" }))}
        error={error}
      />
      <Textfield
        id={fields.current}
        name={fields.current}
        type="password"
        label={labels[fields.current]}
        autoComplete="current-password"
        required
        error={messageFor(fields.current)}
      />
      <NewPasswordFields
        names={{ password: fields.new, repeat: fields.repeat }}
        labels={{ password: labels[fields.new], repeat: labels[fields.repeat] }}
        errorFor={messageFor}
      />
      <div role="status" className="account-status">
        {change.isSuccess ? <Paragraph>{t("profile.password.changed")}</Paragraph> : null}
      </div>
      <div>
        <Button type="submit" loading={change.isPending}>
          {change.isPending ? t("profile.password.submitting") : t("profile.password.submit")}
        </Button>
      </div>
    </form>
  );
}
