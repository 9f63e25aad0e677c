import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/ui/form-error-summary.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
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
  const wrongPassword =
    error instanceof ApiError &&
    (error.code === "invalid_credentials" || (error.problem.errors ?? []).some((issue) => issue.field === "password"));
  const label = t("twoFactor.password");
  const message = empty
    ? t("fieldErrors.too_small", { field: label })
    : wrongPassword
      ? t("profile.password.wrongPassword")
      : undefined;
  const showAlert = error !== null && message === undefined;

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
      {message ? (
        <FormErrorSummary
          key={attempt}
          heading={t("signIn.errorSummaryHeading")}
          items={[{ fieldId: "totp-disable-password", message }]}
        />
      ) : null}
      {showAlert ? (
        <Alert key={attempt} data-color="danger" role="alert">
          <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
        </Alert>
      ) : null}
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
