import { Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { CatalogueRun } from "@sidestilt/domain/catalogue.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation } from "react-router";
import type { Language } from "../../i18n/languages.ts";
import { catalogueRunHref } from "../../lib/config/paths.ts";
import {
  audienceText,
  feeText,
  formatDateRange,
  placeText,
  signupColor,
  signupText,
  unitNames,
} from "./catalogue-format.ts";

/** Where the course page's "back" link returns to: this search (see the run page). */
export type CatalogueLinkState = { catalogueSearch: string };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="course-card__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A run in the catalogue's list: its title links to the course page; the facts a visitor decides by. */
export function CatalogueRunCard({ run, language }: { run: CatalogueRun; language: Language }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const state: CatalogueLinkState = { catalogueSearch: search };
  return (
    <Card asChild data-color="neutral" className="course-card catalogue-card">
      <li data-testid="catalogue-card">
        <Heading level={2} data-size="sm">
          <Link asChild>
            <RouterLink to={catalogueRunHref(run.runId)} state={state}>
              {run.title}
            </RouterLink>
          </Link>
        </Heading>
        {run.summary ? <Paragraph>{run.summary}</Paragraph> : null}
        <dl className="course-card__facts">
          <Fact label={t("catalogue.facts.dates")}>
            <time dateTime={run.startsOn}>{formatDateRange(run.startsOn, run.endsOn, language)}</time>
          </Fact>
          <Fact label={t("catalogue.facts.place")}>{placeText(t, run)}</Fact>
          <Fact label={t("catalogue.facts.audience")}>{audienceText(t, run)}</Fact>
          {run.diagnosis ? <Fact label={t("catalogue.facts.diagnosis")}>{run.diagnosis}</Fact> : null}
          <Fact label={t("catalogue.facts.units")}>{unitNames(run, language)}</Fact>
          <Fact label={t("catalogue.facts.fee")}>{feeText(t, run.feeNok, language)}</Fact>
          <Fact label={t("catalogue.facts.signup")}>
            <Tag data-color={signupColor(run.signup)}>{signupText(t, run.signup)}</Tag>
          </Fact>
        </dl>
      </li>
    </Card>
  );
}
