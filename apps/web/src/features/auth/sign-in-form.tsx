import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { useSignIn } from "./sign-in.ts";
import { type FieldIssue, type SignInField, signInFields, validateSignIn } from "./validate-sign-in.ts";

type Props = { onSignedIn: (session: SessionView) => void };

function isSignInField(field: string): field is SignInField {
  return (signInFields as readonly string[]).includes(field);
}

export function SignInForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  // Client-side issues of the last submit (UI state); server issues are read from the mutation's error.
  const [clientIssues, setClientIssues] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);

  const error = signIn.error;
  const serverIssues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const issues = (clientIssues.length > 0 ? clientIssues : serverIssues).filter((issue) => isSignInField(issue.field));
  const labels: Record<SignInField, string> = { email: t("signIn.email"), password: t("signIn.password") };
  const messageFor = (field: SignInField): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? fieldErrorMessage(t, issue.code, labels[field]) : undefined;
  };
  const showAlert = error !== null && issues.length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const result = validateSignIn({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setAttempt((count) => count + 1);
    if (!result.ok) {
      signIn.reset();
      setClientIssues(result.issues);
      return;
    }
    setClientIssues([]);
    signIn.mutate(result.data, { onSuccess: onSignedIn });
  }

  return (
    <form className="stack sign-in-form" noValidate onSubmit={handleSubmit}>
      {issues.length > 0 ? (
        <FormErrorSummary
          key={attempt}
          heading={t("signIn.errorSummaryHeading")}
          items={issues.map((issue) => ({
            fieldId: issue.field,
            message: messageFor(issue.field as SignInField) ?? "",
          }))}
        />
      ) : null}
      {showAlert ? (
        <Alert key={attempt} data-color="danger" role="alert">
          <Paragraph>{signInErrorMessage(error, t)}</Paragraph>
        </Alert>
      ) : null}
      <Textfield
        id="email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
        error={messageFor("email")}
      />
      <Textfield
        id="password"
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={messageFor("password")}
      />
      <div>
        <Button type="submit" loading={signIn.isPending}>
          {signIn.isPending ? t("signIn.submitting") : t("signIn.submit")}
        </Button>
      </div>
    </form>
  );
}

function signInErrorMessage(error: unknown, t: ReturnType<typeof useTranslation>["t"]): string {
  if (error instanceof ApiError && error.code === "too_many_requests" && error.retryAfterSeconds !== null) {
    return t("signIn.tooManyAttempts", { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  return t(`errors.${errorKeyOf(error)}`);
}
