import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

export function CourseListEmpty() {
  const { t } = useTranslation();
  return (
    <Card data-color="neutral" variant="tinted" className="stack">
      <Heading level={2} data-size="sm">
        {t("courses.emptyHeading")}
      </Heading>
      <Paragraph>{t("courses.emptyBody")}</Paragraph>
      <Paragraph>{t("courses.emptyHelp")}</Paragraph>
    </Card>
  );
}
