import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/** The right of access (GDPR art. 15 and 20): everything stored about the person, as a JSON download. */
export function DataExportSection() {
  const { t } = useTranslation();
  return (
    <section className="stack account-tight" aria-labelledby="profile-export-heading">
      <Heading id="profile-export-heading" level={2} data-size="sm">
        {t("profile.export.heading")}
      </Heading>
      <Paragraph>{t("profile.export.body")}</Paragraph>
      <div>
        {/* A plain link: the browser saves the attachment itself, and the request carries the session cookie. */}
        <Button asChild variant="secondary">
          <a href="/api/me/export" download>
            {t("profile.export.download")}
          </a>
        </Button>
      </div>
    </section>
  );
}
