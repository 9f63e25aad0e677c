import { Button, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { fieldErrorMessage } from "../../lib/field-error-message.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useDisableTotp } from "./disable-totp.ts";

type Props = { onStart: () => void; onDisabled: () => void };

/** "Turn off" asks for the password first: someone at an unlocked computer must not weaken the account. */
export function TwoFactorTurnOff({ onStart, onDisabled }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const buttonRef = useFocusOnMount<HTMLButtonElement>(cancelled);

  if (open) {
    return (
      <DisableForm
        onDisabled={onDisabled}
        onCancel={() => {
          setCancelled(true);
          setOpen(false);
        }}
      />
    );
  }
  return (
    <div>
      <Button
        ref={buttonRef}
        type="button"
        variant="secondary"
        onClick={() => {
          onStart();
          setOpen(true);
        }}
      >
        {t("twoFactor.turnOff")}
      </Button>
    </div>
  );
}

function DisableForm({ onDisabled, onCancel }: { onDisabled: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const passwordRef = useFocusOnMount<HTMLInputElement>();
  const [empty, setEmpty] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const error = disable.error;
  const passwordIssue = apiFieldIssues(error).find((issue) => issue.field === "password");
  const label = t("twoFactor.password");
  const message = empty
    ? t("fieldErrors.too_small", { field: label })
    : passwordIssue
      ? fieldErrorMessage(t, passwordIssue.code, label)
      : error instanceof ApiError && error.code === "invalid_credentials"
        ? t("profile.password.wrongPassword")
        : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (disable.isPending) return;
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setAttempt((count) => count + 1);
    if (password === "") {
      disable.reset();
      setEmpty(true);
      return;
    }
    setEmpty(false);
    // Not `mutate`'s onSuccess: the refetched profile replaces this form, and callbacks of an unmounted
    // component's mutate never run. A failure is shown from `disable.error`.
    disable.mutateAsync(password).then(onDisabled, () => undefined);
  }

  return (
    <form className="stack" noValidate onSubmit={handleSubmit}>
      <FormProblems
        attempt={attempt}
        heading={t("signIn.errorSummaryHeading")}
        items={message ? [{ fieldId: "totp-disable-password", message }] : []}
        error={error}
      />
      <Textfield
        ref={passwordRef}
        id="totp-disable-password"
        name="password"
        type="password"
        label={label}
        description={t("twoFactor.disableIntro")}
        autoComplete="current-password"
        required
        error={message}
      />
      <div className="account-actions">
        <Button type="submit" loading={disable.isPending}>
          {disable.isPending ? t("twoFactor.disabling") : t("twoFactor.disable")}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t("twoFactor.cancel")}
        </Button>
      </div>
    </form>
  );
}
