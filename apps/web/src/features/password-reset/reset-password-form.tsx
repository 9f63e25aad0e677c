import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { NewPasswordFields } from "../../components/ui/new-password-fields.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { paths } from "../../lib/config/paths.ts";
import { apiFieldIssues, type FormIssue } from "../../lib/form-issues.ts";
import { checkNewPassword, newPasswordMessage } from "../../lib/new-password.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useCompletePasswordReset } from "./complete-password-reset.ts";

const fields = { password: "password", repeat: "repeatPassword" } as const;

/** A new password (typed twice) for the account whose reset link holds `token`. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const complete = useCompletePasswordReset();
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  if (complete.isSuccess) return <PasswordChanged />;

  const error = complete.error;
  const issues = (clientIssues.length > 0 ? clientIssues : apiFieldIssues(error)).filter(
    (issue) => issue.field === fields.password || issue.field === fields.repeat,
  );
  const labels: Record<string, string> = {
    [fields.password]: t("passwordReset.newPassword"),
    [fields.repeat]: t("passwordReset.repeatPassword"),
  };
  const messageFor = (field: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? newPasswordMessage(t, issue.code, labels[field] ?? field) : undefined;
  };
  const linkInvalid = error instanceof ApiError && error.code === "reset_link_invalid";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (complete.isPending) return;
    const form = new FormData(event.currentTarget);
    const password = String(form.get(fields.password) ?? "");
    const repeat = String(form.get(fields.repeat) ?? "");
    setAttempt((count) => count + 1);
    const found = checkNewPassword(password, repeat, fields);
    if (found.length > 0) {
      complete.reset();
      setClientIssues(found);
      return;
    }
    setClientIssues([]);
    complete.mutate({ token, password });
  }

  if (linkInvalid) return <ResetLinkInvalid focusAction />;

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={issues.map((issue) => ({ fieldId: issue.field, message: messageFor(issue.field) ?? "" }))}
        error={error}
      />
      <NewPasswordFields
        names={{ password: fields.password, repeat: fields.repeat }}
        labels={{ password: labels[fields.password], repeat: labels[fields.repeat] }}
        errorFor={messageFor}
      />
      <div>
        <Button type="submit" loading={complete.isPending}>
          {complete.isPending ? t("passwordReset.saving") : t("passwordReset.save")}
        </Button>
      </div>
    </form>
  );
}

function PasswordChanged() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert data-color="success" className="stack account-tight">
      <Heading ref={headingRef} level={2} data-size="xs" tabIndex={-1} className="account-focus-target">
        {t("passwordReset.doneHeading")}
      </Heading>
      <Paragraph>{t("passwordReset.done")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.signIn}>{t("passwordReset.signIn")}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}

/** The link expired, was used, or never existed; the only way on is a new link. */
export function ResetLinkInvalid({
  reason = "invalid",
  focusAction = false,
}: {
  reason?: "invalid" | "missing";
  /** When this replaces the form that had focus: put focus on the way on. */
  focusAction?: boolean;
}) {
  const { t } = useTranslation();
  const actionRef = useFocusOnMount<HTMLAnchorElement>(focusAction);
  return (
    <Alert data-color="danger" role="alert" className="stack account-tight">
      <Paragraph>{reason === "missing" ? t("passwordReset.missingToken") : t("errors.reset_link_invalid")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink ref={actionRef} to={paths.forgotPassword}>
            {t("passwordReset.requestNewLink")}
          </RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
