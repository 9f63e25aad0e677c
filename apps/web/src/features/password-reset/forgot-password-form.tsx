import { Alert, Button, Heading, Link, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { passwordResetRequestSchema, passwordResetValidMinutes } from "@sidestilt/domain/account.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { paths } from "../../lib/config/paths.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues, validateForm } from "../../lib/form-issues.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useRequestPasswordReset } from "./request-password-reset.ts";

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [clientIssue, setClientIssue] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  if (request.isSuccess) return <ResetLinkSent />;

  const error = request.error;
  const serverIssue = apiFieldIssues(error).find((issue) => issue.field === "email")?.code ?? null;
  const issue = clientIssue ?? serverIssue;
  const label = t("passwordReset.email");
  const message = issue ? fieldErrorMessage(t, issue, label) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setAttempt((count) => count + 1);
    const parsed = validateForm(passwordResetRequestSchema, { email });
    if (!parsed.ok) {
      request.reset();
      setClientIssue(parsed.issues[0]?.code ?? "invalid_email");
      return;
    }
    setClientIssue(null);
    request.mutate(parsed.data.email);
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={message ? [{ fieldId: "email", message }] : []}
        error={error}
      />
      <Textfield
        id="email"
        name="email"
        type="email"
        label={label}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        error={message}
      />
      <div>
        <Button type="submit" loading={request.isPending}>
          {request.isPending ? t("passwordReset.sending") : t("passwordReset.send")}
        </Button>
      </div>
    </form>
  );
}

/** The same answer whether or not the account exists: the page must not reveal who has an account. */
function ResetLinkSent() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert data-color="success" className="stack account-tight">
      <Heading ref={headingRef} level={2} data-size="xs" tabIndex={-1} className="account-focus-target">
        {t("passwordReset.sentHeading")}
      </Heading>
      <Paragraph>{t("passwordReset.sent", { minutes: passwordResetValidMinutes })}</Paragraph>
      <Paragraph>{t("passwordReset.sentHelp")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.signIn}>{t("passwordReset.backToSignIn")}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
