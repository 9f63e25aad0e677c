import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/** The owner units' public contact details, for questions before signing up. */
export function CatalogueContact({ run }: { run: CatalogueRunDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading id={headingId} level={2} data-size="sm">
        {t("catalogue.contact.heading")}
      </Heading>
      <ul className="catalogue-contact">
        {run.owners.map((unit) => (
          <li key={unit.id}>
            <strong>{unit.name}</strong>
            {unit.municipality ? `, ${unit.municipality}` : ""}
            {unit.contactEmail ? (
              <Paragraph>
                {t("catalogue.contact.email")} <Link href={`mailto:${unit.contactEmail}`}>{unit.contactEmail}</Link>
              </Paragraph>
            ) : null}
            {unit.contactPhone ? (
              <Paragraph>
                {t("catalogue.contact.phone")}{" "}
                <Link href={`tel:${unit.contactPhone.replace(/[^+\d]/g, "")}`}>{unit.contactPhone}</Link>
              </Paragraph>
            ) : null}
            {!unit.contactEmail && !unit.contactPhone ? <Paragraph>{t("catalogue.contact.none")}</Paragraph> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
