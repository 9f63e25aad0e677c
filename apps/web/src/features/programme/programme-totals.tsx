import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { fundingTeachingMinutes } from "@sidestilt/domain/programme";
import type { Programme } from "@sidestilt/domain/programme.schema";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../lib/format.ts";

/**
 * The programme's teaching time in total (breaks do not count) and the hospitals' funding check:
 * at least 7 teaching hours (the domain's `fundingTeachingMinutes`), with what is missing.
 */
export function ProgrammeTotals({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const required = t("duration.hours", { count: fundingTeachingMinutes / 60 });
  return (
    <section
      className="stack programme-tight"
      aria-labelledby="programme-totals-heading"
      data-testid="programme-totals"
    >
      <Heading id="programme-totals-heading" level={3} data-size="xs">
        {t("programme.totals.heading")}
      </Heading>
      <Paragraph>
        {t("programme.totals.total", {
          count: programme.sessions.length,
          duration: formatDuration(t, programme.totalTeachingMinutes),
        })}{" "}
        {t("programme.totals.breaks")}
      </Paragraph>
      <Alert data-color={programme.fundingHoursMet ? "success" : "warning"} data-testid="funding-check">
        <Paragraph>
          {programme.fundingHoursMet
            ? t("programme.funding.met", { required })
            : t("programme.funding.short", {
                required,
                missing: formatDuration(t, fundingTeachingMinutes - programme.totalTeachingMinutes),
              })}
        </Paragraph>
      </Alert>
    </section>
  );
}
