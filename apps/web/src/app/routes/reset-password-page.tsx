import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ResetLinkInvalid, ResetPasswordForm } from "../../features/password-reset/reset-password-form.tsx";
import { tokenFromHash } from "../../lib/url-fragment.ts";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = tokenFromHash(useLocation().hash);
  return (
    <div className="stack narrow">
      <PageHeading title={t("passwordReset.resetTitle")} />
      {token ? (
        <>
          <Paragraph>{t("passwordReset.resetIntro")}</Paragraph>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <ResetLinkInvalid reason="missing" />
      )}
    </div>
  );
}
