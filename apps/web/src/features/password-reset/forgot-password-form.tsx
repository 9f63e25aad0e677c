import { Alert, Button, Heading, Link, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { passwordResetRequestSchema, passwordResetValidMinutes } from "@sidestilt/domain/account.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { paths } from "../../lib/config/paths.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useRequestPasswordReset } from "./request-password-reset.ts";

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [clientIssue, setClientIssue] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  if (request.isSuccess) return <ResetLinkSent />;

  const error = request.error;
  const serverIssue =
    error instanceof ApiError ? (error.problem.errors?.find((issue) => issue.field === "email")?.code ?? null) : null;
  const issue = clientIssue ?? serverIssue;
  const label = t("passwordReset.email");
  const message = issue ? fieldErrorMessage(t, issue, label) : undefined;
  const showAlert = error !== null && issue === null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setAttempt((count) => count + 1);
    const parsed = passwordResetRequestSchema.safeParse({ email });
    if (!parsed.success) {
      request.reset();
      setClientIssue(email.trim() === "" ? "too_small" : "invalid_format");
      return;
    }
    setClientIssue(null);
    request.mutate(parsed.data.email);
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      {message ? (
        <FormErrorSummary
          key={attempt}
          heading={t("signIn.errorSummaryHeading")}
          items={[{ fieldId: "email", message }]}
        />
      ) : null}
      {showAlert ? (
        <Alert key={attempt} data-color="danger" role="alert">
          <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
        </Alert>
      ) : null}
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
