import { Alert, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { UNDERREPRESENTED_MIN_CONTRIBUTIONS, UNDERREPRESENTED_SHARE } from "@sidestilt/domain/contribution";
import { type Balance, contributionKinds } from "@sidestilt/domain/sign-off.schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { ScrollRegion } from "../../components/ui/scroll-region.tsx";
import { intlLocales, type Language } from "../../i18n/languages.ts";
import { useContributions } from "./get-contributions.ts";

function usePercent(language: Language) {
  const format = new Intl.NumberFormat([...intlLocales[language]], { style: "percent", maximumFractionDigits: 0 });
  return (share: number) => format.format(share);
}

function BalanceTable({ balance, caption, language }: { balance: Balance; caption: string; language: Language }) {
  const { t } = useTranslation();
  const captionId = useId();
  const percent = usePercent(language);
  const userRepresentatives = balance.groups.find((group) => group.group === "USER_REPRESENTATIVE");
  return (
    <div className="stack contribution-balance__phase" data-testid="contribution-phase">
      <ScrollRegion labelledBy={captionId}>
        <Table zebra className="contribution-table">
          <caption id={captionId}>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("coursePage.contributions.columns.role")}</Table.HeaderCell>
              {contributionKinds.map((kind) => (
                <Table.HeaderCell key={kind} scope="col" className="contribution-table__number">
                  {t(`coursePage.contributions.kinds.${kind}`)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="contribution-table__number">
                {t("coursePage.contributions.columns.total")}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="contribution-table__number">
                {t("coursePage.contributions.columns.share")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {balance.groups.map((group) => (
              <Table.Row key={group.group}>
                <Table.HeaderCell scope="row">{t(`coursePage.contributions.groups.${group.group}`)}</Table.HeaderCell>
                {contributionKinds.map((kind) => (
                  <Table.Cell key={kind} className="contribution-table__number">
                    {group.kinds[kind].count}
                  </Table.Cell>
                ))}
                <Table.Cell className="contribution-table__number">{group.count}</Table.Cell>
                <Table.Cell className="contribution-table__number">{percent(group.share)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {balance.userRepresentativesUnderrepresented ? (
        <Alert data-color="warning" className="stack">
          <Heading level={3} data-size="2xs">
            {t("coursePage.contributions.underrepresentedHeading")}
          </Heading>
          <Paragraph>
            {t("coursePage.contributions.underrepresented", {
              share: percent(userRepresentatives?.share ?? 0),
              threshold: percent(UNDERREPRESENTED_SHARE),
              min: UNDERREPRESENTED_MIN_CONTRIBUTIONS,
            })}
          </Paragraph>
          <Paragraph>{t("coursePage.contributions.underrepresentedAdvice")}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

/**
 * How much of the planning, the programme and the presenting came from each role, per phase, as
 * tables (readable by screen readers, unlike a chart), with the domain's under-representation flag
 * explained where it is raised.
 */
export function ContributionBalance({ courseId, language }: { courseId: string; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  const contributions = useContributions(courseId);
  const phases = contributions.data?.phases.filter((phase) => phase.total > 0) ?? [];

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("coursePage.contributions.heading")}
      </Heading>
      <Paragraph>{t("coursePage.contributions.intro")}</Paragraph>
      {contributions.isPending ? (
        <LoadingStatus label={t("coursePage.contributions.loading")} />
      ) : contributions.isError ? (
        <ErrorAlert
          heading={t("coursePage.contributions.loadError")}
          error={contributions.error}
          onRetry={() => void contributions.refetch()}
          retryLabel={t("coursePage.retry")}
          retrying={contributions.isFetching}
        />
      ) : phases.length === 0 ? (
        <Paragraph>{t("coursePage.contributions.empty")}</Paragraph>
      ) : (
        <>
          {phases.map((phase) => (
            <BalanceTable
              key={phase.phase}
              balance={phase}
              language={language}
              caption={t("coursePage.contributions.phaseCaption", {
                phase: t(`enums.phase.${phase.phase}`),
                count: phase.total,
              })}
            />
          ))}
          {phases.length > 1 ? (
            <BalanceTable
              balance={contributions.data.total}
              language={language}
              caption={t("coursePage.contributions.totalCaption", { count: contributions.data.total.total })}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
