import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { paths } from "../../lib/config/paths.ts";

/** For accounts that only sign in through an OpenID provider: there is no password to change, but one can be made. */
export function NoPasswordNote() {
  const { t } = useTranslation();
  return (
    <section className="stack account-tight" aria-labelledby="profile-password-heading">
      <Heading id="profile-password-heading" level={2} data-size="sm">
        {t("profile.password.heading")}
      </Heading>
      <Paragraph>{t("profile.password.noPassword")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.forgotPassword}>{t("profile.password.createPassword")}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
