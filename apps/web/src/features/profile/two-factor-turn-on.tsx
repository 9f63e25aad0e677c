import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { totpCodeSchema } from "@sidestilt/domain/account.schema";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormProblems } from "../../components/ui/form-problems.tsx";
import { OneTimeCodeField } from "../../components/ui/one-time-code-field.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { apiFieldIssues } from "../../lib/form-issues.ts";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";
import { useEnableTotp } from "./enable-totp.ts";
import { type TotpSetup, useSetUpTotp } from "./set-up-totp.ts";

type Props = { onStart: () => void; onEnabled: () => void };

/** "Turn on" asks the server for a secret, shows it as a QR code and as text, and confirms it with a code. */
export function TwoFactorTurnOn({ onStart, onEnabled }: Props) {
  const { t } = useTranslation();
  const setup = useSetUpTotp();
  const [cancelled, setCancelled] = useState(false);
  const buttonRef = useFocusOnMount<HTMLButtonElement>(cancelled);

  if (setup.data) {
    return (
      <SetupPanel
        setup={setup.data}
        onEnabled={onEnabled}
        onCancel={() => {
          setCancelled(true);
          setup.reset();
        }}
      />
    );
  }

  return (
    <div className="stack account-tight">
      {setup.isError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("twoFactor.setupError")}</Paragraph>
          <Paragraph>{t(`errors.${errorKeyOf(setup.error)}`)}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button
          ref={buttonRef}
          type="button"
          loading={setup.isPending}
          onClick={() => {
            if (setup.isPending) return;
            onStart();
            setup.mutate();
          }}
        >
          {setup.isPending ? t("twoFactor.starting") : t("twoFactor.turnOn")}
        </Button>
      </div>
    </div>
  );
}

type PanelProps = { setup: TotpSetup; onEnabled: () => void; onCancel: () => void };

function SetupPanel({ setup, onEnabled, onCancel }: PanelProps) {
  const { t } = useTranslation();
  const enable = useEnableTotp();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [clientIssue, setClientIssue] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const error = enable.error;
  // The server checks the code against the secret: any problem with it means it was not the app's.
  const serverIssue = apiFieldIssues(error).find((issue) => issue.field === "code")?.code ?? null;
  const message = clientIssue
    ? clientIssue === "too_small"
      ? t("twoFactor.codeRequired")
      : t("twoFactor.codeInvalid")
    : serverIssue
      ? t("twoFactor.codeWrong")
      : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (enable.isPending) return;
    const raw = String(new FormData(event.currentTarget).get("code") ?? "");
    setAttempt((count) => count + 1);
    const parsed = totpCodeSchema.safeParse(raw.replace(/\s/g, ""));
    if (!parsed.success) {
      enable.reset();
      setClientIssue(raw.trim() === "" ? "too_small" : "invalid_totp_code");
      return;
    }
    setClientIssue(null);
    // Not `mutate`'s onSuccess: the refetched profile may replace this panel first, and callbacks of
    // an unmounted component's mutate never run.
    enable.mutateAsync(parsed.data).then(onEnabled, () => undefined);
  }

  return (
    <div className="stack account-totp">
      <Heading ref={headingRef} level={3} data-size="xs" tabIndex={-1} className="account-focus-target">
        {t("twoFactor.setupHeading")}
      </Heading>
      <ol className="stack account-tight account-totp__steps">
        <li>
          <Paragraph>{t("twoFactor.setupStepScan")}</Paragraph>
          <img
            className="account-totp__qr"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
            alt={t("twoFactor.qrAlt")}
          />
        </li>
        <li>
          <Paragraph>{t("twoFactor.setupStepManual")}</Paragraph>
          <Paragraph>
            <code className="account-totp__secret">{setup.secret}</code>
          </Paragraph>
        </li>
        <li>
          <Paragraph>{t("twoFactor.setupStepCode")}</Paragraph>
        </li>
      </ol>
      <form className="stack" noValidate onSubmit={handleSubmit}>
        <FormProblems
          attempt={attempt}
          heading={t("signIn.errorSummaryHeading")}
          items={message ? [{ fieldId: "totp-code", message }] : []}
          error={error}
        />
        <OneTimeCodeField id="totp-code" name="code" description={t("twoFactor.codeDescription")} error={message} />
        <div className="account-actions">
          <Button type="submit" loading={enable.isPending}>
            {enable.isPending ? t("twoFactor.enabling") : t("twoFactor.enable")}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t("twoFactor.cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
