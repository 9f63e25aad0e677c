import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ForgotPasswordForm } from "../../features/password-reset/forgot-password-form.tsx";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <div className="stack narrow">
      <PageHeading title={t("passwordReset.forgotTitle")} />
      <Paragraph>{t("passwordReset.forgotIntro")}</Paragraph>
      <ForgotPasswordForm />
    </div>
  );
}
