import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** The reasons the API gives when a sign-in through the OpenID provider comes back without a session. */
export const oidcErrorCodes = ["failed", "no_account", "email_unverified", "cancelled"] as const;
export type OidcErrorCode = (typeof oidcErrorCodes)[number];

/** Reads `?oidcError=`; an unknown value is treated as a plain failure rather than ignored. */
export function oidcErrorOf(value: string | null): OidcErrorCode | null {
  if (value === null) return null;
  return (oidcErrorCodes as readonly string[]).includes(value) ? (value as OidcErrorCode) : "failed";
}

export function OidcErrorAlert({ code, providerName }: { code: OidcErrorCode; providerName: string }) {
  const { t } = useTranslation();
  return (
    <Alert data-color={code === "cancelled" ? "warning" : "danger"} role="alert" className="error-alert">
      <Heading level={2} data-size="xs">
        {t("signIn.oidcErrorHeading", { name: providerName })}
      </Heading>
      <Paragraph>{t(`signIn.oidcErrors.${code}`, { name: providerName })}</Paragraph>
    </Alert>
  );
}
