import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { EnrolmentSummary } from "@sidestilt/domain/registration.schema";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

/** The sign-up state of the run today, in words. */
function signupStateText(t: TFunction, state: EnrolmentSummary["signupState"]): string {
  switch (state.state) {
    case "open":
      return t("registrations.counts.state.open", { count: state.seatsLeft });
    case "waiting_list":
      return t("registrations.counts.state.waiting_list");
    case "referral":
      return t("registrations.counts.state.referral");
    case "closed":
      return t(`registrations.counts.state.closed.${state.reason}`);
  }
}

/** Seats taken, offered and the waiting list in numbers: what everyone who sees the run may know. */
export function EnrolmentCounts({ summary }: { summary: EnrolmentSummary }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="enrolment-counts-heading">
      <Heading id="enrolment-counts-heading" level={2} data-size="sm">
        {t("registrations.counts.heading")}
      </Heading>
      <dl className="enrolment-counts">
        <div>
          <dt>{t("registrations.counts.confirmed")}</dt>
          <dd>{t("registrations.counts.ofCapacity", { taken: summary.confirmed, capacity: summary.capacity })}</dd>
        </div>
        <div>
          <dt>{t("registrations.counts.offered")}</dt>
          <dd>{summary.offered}</dd>
        </div>
        <div>
          <dt>{t("registrations.counts.waiting")}</dt>
          <dd>{summary.waiting}</dd>
        </div>
      </dl>
      <Paragraph>{signupStateText(t, summary.signupState)}</Paragraph>
    </section>
  );
}
