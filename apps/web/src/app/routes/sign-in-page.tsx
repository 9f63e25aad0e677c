import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { SignInForm } from "../../features/auth/sign-in-form.tsx";
import { paths, safeReturnTo } from "../../lib/config/paths.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const sessionExpired = searchParams.get("reason") === "session_expired";
  const returnTo = safeReturnTo(searchParams.get("returnTo")) ?? paths.courses;

  return (
    <div className="stack narrow">
      <PageHeading title={t("signIn.title")} />
      {sessionExpired ? (
        <Alert data-color="warning">
          <Paragraph>{t("signIn.sessionExpired")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("signIn.intro")}</Paragraph>
      <SignInForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
    </div>
  );
}
