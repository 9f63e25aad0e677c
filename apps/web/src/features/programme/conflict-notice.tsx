import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

export type SavedFact = { label: string; value: string };

/**
 * A save answered 412: someone else changed the session or item first. The person's input stays in
 * the form; this says so and shows what is saved now (from the answer's `current`), so that saving
 * again replaces it knowingly.
 */
export function ConflictNotice({ saved }: { saved: readonly SavedFact[] | null }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" role="alert" className="stack programme-tight">
      <Heading level={4} data-size="xs">
        {t("programme.conflict.heading")}
      </Heading>
      <Paragraph>{t("programme.conflict.kept")}</Paragraph>
      {saved ? (
        <>
          <Paragraph>{t("programme.conflict.savedNow")}</Paragraph>
          <dl className="facts facts--compact">
            {saved.map((fact) => (
              <div key={fact.label} className="facts__item">
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <Paragraph>{t("programme.conflict.advice")}</Paragraph>
    </Alert>
  );
}
