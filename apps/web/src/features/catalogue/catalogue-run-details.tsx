import { Paragraph, Tag } from "@digdir/designsystemet-react";
import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";
import { formatList } from "../../lib/format.ts";
import { CatalogueContact } from "./catalogue-contact.tsx";
import {
  audienceText,
  feeText,
  formatDateRange,
  languageName,
  placeText,
  signupColor,
  signupText,
  unitNames,
} from "./catalogue-format.ts";
import { CatalogueJoin } from "./catalogue-join.tsx";
import { CatalogueProgramme } from "./catalogue-programme.tsx";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="course-card__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The public course page's content below its heading. */
export function CatalogueRunDetails({ run, language }: { run: CatalogueRunDetail; language: Language }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {run.summary ? <Paragraph data-size="lg">{run.summary}</Paragraph> : null}
      <dl className="course-card__facts catalogue-facts">
        <Fact label={t("catalogue.facts.dates")}>
          <time dateTime={run.startsOn}>{formatDateRange(run.startsOn, run.endsOn, language)}</time>
        </Fact>
        <Fact label={t("catalogue.facts.place")}>{placeText(t, run)}</Fact>
        <Fact label={t("catalogue.facts.audience")}>{audienceText(t, run)}</Fact>
        <Fact label={t("catalogue.facts.diagnosis")}>{run.diagnosis ?? t("catalogue.facts.noDiagnosis")}</Fact>
        <Fact label={t("catalogue.facts.languages")}>
          {formatList(
            run.languages.map((code) => languageName(t, code)),
            language,
          )}
        </Fact>
        <Fact label={t("catalogue.facts.units")}>{unitNames(run, language)}</Fact>
        <Fact label={t("catalogue.facts.fee")}>{feeText(t, run.feeNok, language)}</Fact>
        <Fact label={t("catalogue.facts.capacity")}>{t("catalogue.facts.seats", { count: run.capacity })}</Fact>
        <Fact label={t("catalogue.facts.signup")}>
          <Tag data-color={signupColor(run.signup)}>{signupText(t, run.signup)}</Tag>
        </Fact>
      </dl>
      <CatalogueJoin run={run} language={language} />
      <CatalogueProgramme run={run} language={language} />
      <CatalogueContact run={run} />
    </div>
  );
}
