import { Button, Textfield } from "@digdir/designsystemet-react";
import type { SessionView, SignInInput } from "@sidestilt/domain/auth.schema";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues, type FormIssue } from "../../lib/form-issues.ts";
import { SecondFactorStep } from "./second-factor-step.tsx";
import { useSignIn } from "./sign-in.ts";
import { signInErrorMessage } from "./sign-in-error-message.ts";
import { type SignInField, signInFields, validateSignIn } from "./validate-sign-in.ts";

type Props = { onSignedIn: (session: SessionView) => void };

function isSignInField(field: string): field is SignInField {
  return (signInFields as readonly string[]).includes(field);
}

/**
 * Email and password; for an account with two-step verification the API answers
 * `second_factor_required` and the form asks for the authenticator code, sending all three again.
 */
export function SignInForm({ onSignedIn }: Props) {
  // The credentials wait in memory for the code step only; starting again forgets the password.
  const [credentials, setCredentials] = useState<SignInInput | null>(null);
  const [restarted, setRestarted] = useState<string | null>(null);

  if (credentials) {
    return (
      <SecondFactorStep
        credentials={credentials}
        onSignedIn={onSignedIn}
        onRestart={() => {
          setRestarted(credentials.email);
          setCredentials(null);
        }}
      />
    );
  }
  return (
    <PasswordStep
      defaultEmail={restarted ?? undefined}
      focusOnMount={restarted !== null}
      onSignedIn={onSignedIn}
      onSecondFactor={setCredentials}
    />
  );
}

type PasswordStepProps = Props & {
  defaultEmail?: string;
  focusOnMount: boolean;
  onSecondFactor: (credentials: SignInInput) => void;
};

function PasswordStep({ onSignedIn, onSecondFactor, defaultEmail, focusOnMount }: PasswordStepProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  // Client-side issues of the last submit (UI state); server issues are read from the mutation's error.
  const [clientIssues, setClientIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusOnMount) emailRef.current?.focus();
  }, [focusOnMount]);

  const error = signIn.error;
  const issues = (clientIssues.length > 0 ? clientIssues : apiFieldIssues(error)).filter((issue) =>
    isSignInField(issue.field),
  );
  const labels: Record<SignInField, string> = { email: t("signIn.email"), password: t("signIn.password") };
  const messageFor = (field: SignInField): string | undefined => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? fieldErrorMessage(t, issue.code, labels[field]) : undefined;
  };

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
    signIn.mutate(result.data, {
      onSuccess: onSignedIn,
      onError: (failure) => {
        if (failure instanceof ApiError && failure.code === "second_factor_required") onSecondFactor(result.data);
      },
    });
  }

  return (
    <form className="stack sign-in-form" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={issues.map((issue) => ({
          fieldId: issue.field,
          message: messageFor(issue.field as SignInField) ?? "",
        }))}
        error={error}
        errorMessage={error ? signInErrorMessage(error, t) : undefined}
      />
      <Textfield
        ref={emailRef}
        id="email"
        name="email"
        type="email"
        label={labels.email}
        defaultValue={defaultEmail}
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
