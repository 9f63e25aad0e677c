import { Alert, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useSignInOptions } from "../../features/auth/get-sign-in-options.ts";
import { OidcErrorAlert, oidcErrorOf } from "../../features/auth/oidc-error-alert.tsx";
import { OidcSignInLink } from "../../features/auth/oidc-sign-in-link.tsx";
import { SignInForm } from "../../features/auth/sign-in-form.tsx";
import { paths, safeReturnTo } from "../../lib/config/paths.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const options = useSignInOptions();
  const sessionExpired = searchParams.get("reason") === "session_expired";
  const oidcError = oidcErrorOf(searchParams.get("oidcError"));
  const returnTo = safeReturnTo(searchParams.get("returnTo")) ?? paths.courses;
  const oidc = options.data?.oidc ?? null;
  // The error names the provider; wait for the options (briefly) so that the alert is announced once, complete.
  const providerName = oidc?.displayName ?? t("signIn.oidcProviderFallback");

  return (
    <div className="stack narrow">
      <PageHeading title={t("signIn.title")} />
      {oidcError && !options.isPending ? <OidcErrorAlert code={oidcError} providerName={providerName} /> : null}
      {sessionExpired ? (
        <Alert data-color="warning">
          <Paragraph>{t("signIn.sessionExpired")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("signIn.intro")}</Paragraph>
      <SignInForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.forgotPassword}>{t("signIn.forgotPassword")}</RouterLink>
        </Link>
      </Paragraph>
      {oidc ? <OidcSignInLink providerName={oidc.displayName} returnTo={returnTo} /> : null}
    </div>
  );
}
