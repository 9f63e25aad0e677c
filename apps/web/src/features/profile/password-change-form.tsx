import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { FieldError } from "@sidestilt/domain/problem";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { NewPasswordFields } from "../../components/ui/new-password-fields.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { checkNewPassword, newPasswordMessage } from "../../lib/new-password.ts";
import { useChangePassword } from "./change-password.ts";

type FieldIssue = Pick<FieldError, "field" | "code">;
const fields = { current: "currentPassword", new: "newPassword", repeat: "repeatNewPassword" } as const;
const formFields: readonly string[] = Object.values(fields);

export function PasswordChangeForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = change.error;
  const serverIssues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const issues = (clientIssues.length > 0 ? clientIssues : serverIssues).filter((issue) =>
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
    if (issue.code === "wrong_password") return t("profile.password.wrongPassword");
    return field === fields.current
      ? fieldErrorMessage(t, issue.code, label)
      : newPasswordMessage(t, issue.code, label);
  };
  const showAlert = error !== null && issues.length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get(fields.current) ?? "");
    const newPassword = String(form.get(fields.new) ?? "");
    const repeat = String(form.get(fields.repeat) ?? "");
    setAttempt((count) => count + 1);
    const found: FieldIssue[] = currentPassword === "" ? [{ field: fields.current, code: "too_small" }] : [];
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
      {issues.length > 0 ? (
        <FormErrorSummary
          key={attempt}
          heading={t("signIn.errorSummaryHeading")}
          items={issues.map((issue) => ({ fieldId: issue.field, message: messageFor(issue.field) ?? "" }))}
        />
      ) : null}
      {showAlert ? (
        <Alert key={attempt} data-color="danger" role="alert">
          <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
        </Alert>
      ) : null}
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
