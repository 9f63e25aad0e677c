import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useFocusOnMount } from "../../lib/use-focus-on-mount.ts";

/** The thanks once the answers are in; focus moves to its heading, which replaces the form. */
export function EvaluationDone() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert data-color="success" className="stack evaluation-notice">
      <Heading ref={headingRef} level={2} data-size="sm" tabIndex={-1} className="section-heading">
        {t("evaluationAnswer.done.heading")}
      </Heading>
      <Paragraph>{t("evaluationAnswer.done.anonymous")}</Paragraph>
      <Paragraph>{t("evaluationAnswer.done.next")}</Paragraph>
    </Alert>
  );
}
