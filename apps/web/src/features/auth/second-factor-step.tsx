import { Button } from "@digdir/designsystemet-react";
import { totpCodeSchema } from "@sidestilt/domain/account.schema";
import type { SessionView, SignInInput } from "@sidestilt/domain/auth.schema";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { OneTimeCodeField } from "../../components/ui/one-time-code-field.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { useSignIn } from "./sign-in.ts";
import { signInErrorMessage } from "./sign-in-error-message.ts";

type Props = {
  credentials: SignInInput;
  onSignedIn: (session: SessionView) => void;
  onRestart: () => void;
};

const codeField = "totpCode";

/** The second step of signing in: the six-digit code from the authenticator app. */
export function SecondFactorStep({ credentials, onSignedIn, onRestart }: Props) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [clientIssue, setClientIssue] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const codeRef = useRef<HTMLInputElement>(null);

  // The step replaces the password form: put the keyboard where the next thing to type goes.
  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  const error = signIn.error;
  const serverIssue =
    error instanceof ApiError
      ? error.code === "invalid_second_factor"
        ? "invalid_second_factor"
        : (apiFieldIssues(error).find((issue) => issue.field === codeField)?.code ?? null)
      : null;
  const issue = clientIssue ?? serverIssue;
  const message = issue ? codeMessage(issue) : undefined;

  function codeMessage(code: string): string {
    if (code === "invalid_second_factor") return t("errors.invalid_second_factor");
    if (code === "too_small") return t("twoFactor.codeRequired");
    return t("twoFactor.codeInvalid");
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const raw = String(new FormData(event.currentTarget).get(codeField) ?? "");
    setAttempt((count) => count + 1);
    const parsed = totpCodeSchema.safeParse(raw.replace(/\s/g, ""));
    if (!parsed.success) {
      signIn.reset();
      setClientIssue(raw.trim() === "" ? "too_small" : "invalid_totp_code");
      return;
    }
    setClientIssue(null);
    signIn.mutate({ ...credentials, totpCode: parsed.data }, { onSuccess: onSignedIn });
  }

  return (
    <form className="stack sign-in-form" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={message ? [{ fieldId: codeField, message }] : []}
        error={error}
        errorMessage={error ? signInErrorMessage(error, t) : undefined}
      />
      <OneTimeCodeField
        ref={codeRef}
        id={codeField}
        name={codeField}
        description={t("signIn.secondFactorIntro")}
        error={message}
      />
      <div className="account-actions">
        <Button type="submit" loading={signIn.isPending}>
          {signIn.isPending ? t("signIn.submitting") : t("signIn.secondFactorSubmit")}
        </Button>
        <Button type="button" variant="tertiary" onClick={onRestart}>
          {t("signIn.secondFactorRestart")}
        </Button>
      </div>
    </form>
  );
}
