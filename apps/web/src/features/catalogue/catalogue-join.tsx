import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import type { Language } from "../../i18n/languages.ts";
import { catalogueSignUpHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { unitNames } from "./catalogue-format.ts";

/**
 * "Slik melder du deg på": for a direct run, a prominent link to the sign-up form while a seat or the
 * waiting list is open; for a referral run, who to ask for a referral; otherwise why it is closed.
 */
export function CatalogueJoin({ run, language }: { run: CatalogueRunDetail; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  const deadline = formatDate(run.lastSignupDay, language);
  const { signup } = run;
  return (
    <section aria-labelledby={headingId} className="stack catalogue-join" data-testid="catalogue-join">
      <Heading id={headingId} level={2} data-size="sm">
        {t("catalogue.join.heading")}
      </Heading>
      {signup.state === "referral" ? (
        <>
          <Paragraph>{t("catalogue.join.referral", { units: unitNames(run, language) })}</Paragraph>
          <Paragraph>{t("catalogue.join.referralHelp")}</Paragraph>
        </>
      ) : signup.state === "open" || signup.state === "waiting_list" ? (
        <>
          <Paragraph>
            {signup.state === "open"
              ? t("catalogue.join.open", { count: signup.seatsLeft })
              : t("catalogue.join.waitingList")}
          </Paragraph>
          <Paragraph>{t("catalogue.join.deadline", { date: deadline })}</Paragraph>
          <div>
            <Button asChild data-size="lg">
              <RouterLink to={catalogueSignUpHref(run.runId)}>
                {signup.state === "open" ? t("catalogue.join.signUp") : t("catalogue.join.joinWaitingList")}
              </RouterLink>
            </Button>
          </div>
        </>
      ) : (
        <>
          <Paragraph>{t(`catalogue.join.closed.${signup.reason}`)}</Paragraph>
          <Paragraph>{t("catalogue.join.closedHelp")}</Paragraph>
        </>
      )}
    </section>
  );
}
