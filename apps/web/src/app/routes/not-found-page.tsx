import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { paths } from "../../lib/config/paths.ts";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageHeading title={t("notFound.title")} />
      <Paragraph>{t("notFound.body")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.home}>{t("notFound.home")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
