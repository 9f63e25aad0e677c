import { Button, Textfield } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { NewPasswordFields } from "../../components/ui/new-password-fields.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues, type FormIssue } from "../../lib/form-issues.ts";
import { checkNewPassword, newPasswordMessage } from "../../lib/new-password.ts";
import { useAcceptInvitation } from "./accept-invitation.ts";
import { InvitationProblem } from "./invitation-problem.tsx";

const fields = { name: "name", password: "password", repeat: "repeatPassword" } as const;
const formFields: readonly string[] = Object.values(fields);
const nameMaxLength = 200;

type Props = { token: string; defaultName: string; onAccepted: (session: SessionView) => void };

/** Accepting as a new person: the name others will see, and a password typed twice. */
export function NewAccountForm({ token, defaultName, onAccepted }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(onAccepted);
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = accept.error;
  const issues = (clientIssues.length > 0 ? clientIssues : apiFieldIssues(error)).filter((issue) =>
    formFields.includes(issue.field),
  );
  const labels: Record<string, string> = {
    [fields.name]: t("invitation.name"),
    [fields.password]: t("invitation.password"),
    [fields.repeat]: t("invitation.repeatPassword"),
  };
  const validationFailed = error instanceof ApiError && error.code === "validation_failed";
  const messageFor = (field: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    const label = labels[field] ?? field;
    return field === fields.name ? fieldErrorMessage(t, issue.code, label) : newPasswordMessage(t, issue.code, label);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get(fields.name) ?? "").trim();
    const password = String(form.get(fields.password) ?? "");
    const repeat = String(form.get(fields.repeat) ?? "");
    setAttempt((count) => count + 1);
    const found: FormIssue[] = [];
    if (name === "") found.push({ field: fields.name, code: "too_small" });
    else if (name.length > nameMaxLength) found.push({ field: fields.name, code: "too_big" });
    found.push(...checkNewPassword(password, repeat, { password: fields.password, repeat: fields.repeat }));
    if (found.length > 0) {
      accept.reset();
      setClientIssues(found);
      return;
    }
    setClientIssues([]);
    accept.mutate({ token, name, password });
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      {/* A refused invitation (expired, used, …) is explained with what to do next, below. */}
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={issues.map((issue) => ({ fieldId: issue.field, message: messageFor(issue.field) ?? "" }))}
        error={validationFailed ? error : null}
      />
      {error !== null && !validationFailed && issues.length === 0 ? (
        <InvitationProblem key={attempt} heading={t("invitation.acceptErrorHeading")} error={error} signedIn={false} />
      ) : null}
      <Textfield
        id={fields.name}
        name={fields.name}
        label={labels[fields.name]}
        description={t("invitation.nameDescription")}
        defaultValue={defaultName}
        autoComplete="name"
        required
        error={messageFor(fields.name)}
      />
      <NewPasswordFields
        names={{ password: fields.password, repeat: fields.repeat }}
        labels={{ password: labels[fields.password], repeat: labels[fields.repeat] }}
        errorFor={messageFor}
      />
      <div>
        <Button type="submit" loading={accept.isPending}>
          {accept.isPending ? t("invitation.accepting") : t("invitation.accept")}
        </Button>
      </div>
    </form>
  );
}
