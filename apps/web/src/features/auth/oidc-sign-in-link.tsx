import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { oidcStartHref } from "../../lib/config/paths.ts";

type Props = { providerName: string; returnTo: string };

/**
 * Signing in through the unit's OpenID provider (HelseID, ID-porten …). A plain link, not a button:
 * the API starts the flow with a redirect, so the browser must leave the app.
 */
export function OidcSignInLink({ providerName, returnTo }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack account-tight">
      <Paragraph>{t("signIn.oidcIntro", { name: providerName })}</Paragraph>
      <div>
        <Button asChild variant="secondary">
          <a href={oidcStartHref(returnTo)}>{t("signIn.oidcLink", { name: providerName })}</a>
        </Button>
      </div>
    </div>
  );
}
